package zmq4

import (
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// GetType returns the socket's type.
func (soc *Socket) GetType() (Type, error) {
	v, err := soc.getInt(iopt(zmq.TYPE))
	return Type(v), err
}

// GetRcvmore reports whether more parts of the message being received
// follow.
func (soc *Socket) GetRcvmore() (bool, error) {
	var v bool
	err := soc.call(func(s *zmq.Socket) (err error) { v, err = s.RcvMore(); return err })
	return v, err
}

// GetSndhwm returns the high water mark for outgoing messages.
func (soc *Socket) GetSndhwm() (int, error) { return soc.getInt(zmq.SNDHWM) }

// GetRcvhwm returns the high water mark for incoming messages.
func (soc *Socket) GetRcvhwm() (int, error) { return soc.getInt(zmq.RCVHWM) }

// GetAffinity returns the I/O thread affinity bit mask.
func (soc *Socket) GetAffinity() (uint64, error) { return soc.getUInt64(zmq.AFFINITY) }

// GetIdentity returns the socket's identity (routing id).
func (soc *Socket) GetIdentity() (string, error) { return soc.getString(zmq.IDENTITY) }

// GetRate returns the multicast data rate in kilobits per second.
func (soc *Socket) GetRate() (int, error) { return soc.getInt(iopt(zmq.RATE)) }

// GetRecoveryIvl returns the multicast recovery interval.
func (soc *Socket) GetRecoveryIvl() (time.Duration, error) {
	return soc.getDur(iopt(zmq.RECOVERY_IVL), false)
}

// GetSndbuf returns the kernel send buffer size.
func (soc *Socket) GetSndbuf() (int, error) { return soc.getInt(iopt(zmq.SNDBUF)) }

// GetRcvbuf returns the kernel receive buffer size.
func (soc *Socket) GetRcvbuf() (int, error) { return soc.getInt(iopt(zmq.RCVBUF)) }

// GetLinger returns the linger period; -1 is forever.
func (soc *Socket) GetLinger() (time.Duration, error) { return soc.getDur(zmq.LINGER, true) }

// GetReconnectIvl returns the reconnection interval; -1 is no
// reconnection.
func (soc *Socket) GetReconnectIvl() (time.Duration, error) {
	return soc.getDur(zmq.RECONNECT_IVL, true)
}

// GetReconnectIvlMax returns the longest reconnection interval.
func (soc *Socket) GetReconnectIvlMax() (time.Duration, error) {
	return soc.getDur(zmq.RECONNECT_IVL_MAX, false)
}

// GetBacklog returns the length of the queue of pending connections.
func (soc *Socket) GetBacklog() (int, error) { return soc.getInt(zmq.BACKLOG) }

// GetMaxmsgsize returns the largest message accepted; -1 is no limit.
func (soc *Socket) GetMaxmsgsize() (int64, error) { return soc.getInt64(zmq.MAXMSGSIZE) }

// GetMulticastHops returns the multicast time-to-live.
func (soc *Socket) GetMulticastHops() (int, error) { return soc.getInt(zmq.MULTICAST_HOPS) }

// GetRcvtimeo returns the receive timeout; -1 is forever.
func (soc *Socket) GetRcvtimeo() (time.Duration, error) { return soc.getDur(zmq.RCVTIMEO, true) }

// GetSndtimeo returns the send timeout; -1 is forever.
func (soc *Socket) GetSndtimeo() (time.Duration, error) { return soc.getDur(zmq.SNDTIMEO, true) }

// GetIpv6 reports whether the socket uses IPv6.
func (soc *Socket) GetIpv6() (bool, error) { return soc.getBool(zmq.IPV6) }

// GetImmediate reports whether messages are queued only on completed
// connections.
func (soc *Socket) GetImmediate() (bool, error) { return soc.getBool(zmq.IMMEDIATE) }

// GetFd is in socketget_unix.go and socketget_windows.go.

// GetEvents returns the socket's current poll state.
func (soc *Socket) GetEvents() (State, error) {
	v, err := soc.getInt(iopt(zmq.EVENTS))
	return State(v), err
}

// GetLastEndpoint returns the last endpoint bound or connected.
func (soc *Socket) GetLastEndpoint() (string, error) { return soc.getString(zmq.LAST_ENDPOINT) }

// GetTcpKeepalive returns the SO_KEEPALIVE override (-1: system default).
func (soc *Socket) GetTcpKeepalive() (int, error) { return soc.getInt(zmq.TCP_KEEPALIVE) }

// GetTcpKeepaliveIdle returns the TCP_KEEPIDLE override.
func (soc *Socket) GetTcpKeepaliveIdle() (int, error) { return soc.getInt(zmq.TCP_KEEPALIVE_IDLE) }

// GetTcpKeepaliveCnt returns the TCP_KEEPCNT override.
func (soc *Socket) GetTcpKeepaliveCnt() (int, error) { return soc.getInt(zmq.TCP_KEEPALIVE_CNT) }

// GetTcpKeepaliveIntvl returns the TCP_KEEPINTVL override.
func (soc *Socket) GetTcpKeepaliveIntvl() (int, error) {
	return soc.getInt(zmq.TCP_KEEPALIVE_INTVL)
}

// GetMechanism returns the socket's security mechanism.
func (soc *Socket) GetMechanism() (Mechanism, error) {
	v, err := soc.getInt(zmq.MECHANISM)
	return Mechanism(v), err
}

// GetPlainServer reports (1) whether the socket is a PLAIN server.
func (soc *Socket) GetPlainServer() (int, error) { return soc.getInt(zmq.PLAIN_SERVER) }

// GetPlainUsername returns the PLAIN user name.
func (soc *Socket) GetPlainUsername() (string, error) { return soc.getString(zmq.PLAIN_USERNAME) }

// GetPlainPassword returns the PLAIN password.
func (soc *Socket) GetPlainPassword() (string, error) { return soc.getString(zmq.PLAIN_PASSWORD) }

// GetCurvePublickeyRaw returns the CURVE public key as 32 bytes.
func (soc *Socket) GetCurvePublickeyRaw() (string, error) { return soc.rawKey(zmq.CURVE_PUBLICKEY) }

// GetCurvePublickeykeyZ85 returns the CURVE public key as Z85 text (the
// doubled "key" is pebbe/zmq4's name).
func (soc *Socket) GetCurvePublickeykeyZ85() (string, error) {
	return soc.getString(zmq.CURVE_PUBLICKEY)
}

// GetCurveSecretkeyRaw returns the CURVE secret key as 32 bytes.
func (soc *Socket) GetCurveSecretkeyRaw() (string, error) { return soc.rawKey(zmq.CURVE_SECRETKEY) }

// GetCurveSecretkeyZ85 returns the CURVE secret key as Z85 text.
func (soc *Socket) GetCurveSecretkeyZ85() (string, error) {
	return soc.getString(zmq.CURVE_SECRETKEY)
}

// GetCurveServerkeyRaw returns the CURVE server key as 32 bytes.
func (soc *Socket) GetCurveServerkeyRaw() (string, error) { return soc.rawKey(zmq.CURVE_SERVERKEY) }

// GetCurveServerkeyZ85 returns the CURVE server key as Z85 text.
func (soc *Socket) GetCurveServerkeyZ85() (string, error) {
	return soc.getString(zmq.CURVE_SERVERKEY)
}

// rawKey reads a CURVE key, which the core package reads as Z85, and
// decodes it.
func (soc *Socket) rawKey(opt zmq.StringSocketOption) (string, error) {
	z, err := soc.getString(opt)
	if err != nil {
		return "", err
	}
	b, err := zmq.Z85Decode(z)
	return string(b), errget(err)
}

// GetZapDomain returns the ZAP domain.
func (soc *Socket) GetZapDomain() (string, error) { return soc.getString(zmq.ZAP_DOMAIN) }

// GetTos returns the IP type-of-service (ZMQ_TOS, 4.1+).
func (soc *Socket) GetTos() (int, error) {
	return gated(func() (int, error) { return soc.getInt(zmq.TOS) })
}

// GetGssapiServer reports whether the socket is a GSSAPI server
// (ZMQ_GSSAPI_SERVER, 4.1+).
func (soc *Socket) GetGssapiServer() (bool, error) {
	return gated(func() (bool, error) { return soc.getBool(zmq.GSSAPI_SERVER) })
}

// GetGssapiPrincipal returns the GSSAPI principal (ZMQ_GSSAPI_PRINCIPAL, 4.1+).
func (soc *Socket) GetGssapiPrincipal() (string, error) {
	return gated(func() (string, error) { return soc.getString(zmq.GSSAPI_PRINCIPAL) })
}

// GetGssapiServicePrincipal returns the GSSAPI service principal
// (ZMQ_GSSAPI_SERVICE_PRINCIPAL, 4.1+).
func (soc *Socket) GetGssapiServicePrincipal() (string, error) {
	return gated(func() (string, error) { return soc.getString(zmq.GSSAPI_SERVICE_PRINCIPAL) })
}

// GetGssapiPlaintext reports whether GSSAPI encryption is off
// (ZMQ_GSSAPI_PLAINTEXT, 4.1+).
func (soc *Socket) GetGssapiPlaintext() (bool, error) {
	return gated(func() (bool, error) { return soc.getBool(zmq.GSSAPI_PLAINTEXT) })
}

// GetHandshakeIvl returns the longest time a handshake may take
// (ZMQ_HANDSHAKE_IVL, 4.1+).
func (soc *Socket) GetHandshakeIvl() (time.Duration, error) {
	return gated(func() (time.Duration, error) { return soc.getDur(zmq.HANDSHAKE_IVL, false) })
}

// GetSocksProxy returns the SOCKS5 proxy address (ZMQ_SOCKS_PROXY, 4.1+).
func (soc *Socket) GetSocksProxy() (string, error) {
	return gated(func() (string, error) { return soc.getString(zmq.SOCKS_PROXY) })
}

// GetInvertMatching returns INVERT_MATCHING (ZMQ_INVERT_MATCHING, 4.2+).
func (soc *Socket) GetInvertMatching() (int, error) {
	return gated(func() (int, error) { return soc.getInt(zmq.INVERT_MATCHING) })
}

// GetConnectTimeout returns the TCP connect timeout (ZMQ_CONNECT_TIMEOUT, 4.2+).
func (soc *Socket) GetConnectTimeout() (time.Duration, error) {
	return gated(func() (time.Duration, error) { return soc.getDur(zmq.CONNECT_TIMEOUT, false) })
}

// GetTcpMaxrt returns TCP_MAXRT (ZMQ_TCP_MAXRT, 4.2+).
func (soc *Socket) GetTcpMaxrt() (time.Duration, error) {
	return gated(func() (time.Duration, error) { return soc.getDur(zmq.TCP_MAXRT, false) })
}

// GetThreadSafe reports whether the socket type is thread-safe
// (ZMQ_THREAD_SAFE, 4.2+).
func (soc *Socket) GetThreadSafe() (bool, error) {
	return gated(func() (bool, error) { return soc.getBool(zmq.THREAD_SAFE) })
}

// GetMulticastMaxtpdu returns the largest multicast transport data unit
// (ZMQ_MULTICAST_MAXTPDU, 4.2+).
func (soc *Socket) GetMulticastMaxtpdu() (int, error) {
	return gated(func() (int, error) { return soc.getInt(zmq.MULTICAST_MAXTPDU) })
}

// GetVmciBufferSize returns the VMCI buffer size (ZMQ_VMCI_BUFFER_SIZE, 4.2+).
func (soc *Socket) GetVmciBufferSize() (uint64, error) {
	return gated(func() (uint64, error) { return soc.getUInt64(zmq.VMCI_BUFFER_SIZE) })
}

// GetVmciBufferMinSize returns the VMCI minimum buffer size (ZMQ_VMCI_BUFFER_MIN_SIZE, 4.2+).
func (soc *Socket) GetVmciBufferMinSize() (uint64, error) {
	return gated(func() (uint64, error) { return soc.getUInt64(zmq.VMCI_BUFFER_MIN_SIZE) })
}

// GetVmciBufferMaxSize returns the VMCI maximum buffer size (ZMQ_VMCI_BUFFER_MAX_SIZE, 4.2+).
func (soc *Socket) GetVmciBufferMaxSize() (uint64, error) {
	return gated(func() (uint64, error) { return soc.getUInt64(zmq.VMCI_BUFFER_MAX_SIZE) })
}

// GetVmciConnectTimeout returns the VMCI connect timeout (ZMQ_VMCI_CONNECT_TIMEOUT, 4.2+).
func (soc *Socket) GetVmciConnectTimeout() (time.Duration, error) {
	return gated(func() (time.Duration, error) { return soc.getDur(zmq.VMCI_CONNECT_TIMEOUT, false) })
}

// Getusefd returns USE_FD (ZMQ_USE_FD, 4.2+; pebbe/zmq4's spelling).
func (soc *Socket) Getusefd() (int, error) {
	return gated(func() (int, error) { return soc.getInt(zmq.USE_FD) })
}
