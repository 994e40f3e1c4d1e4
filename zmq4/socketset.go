package zmq4

import (
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// SetSndhwm sets the high water mark for outgoing messages.
func (soc *Socket) SetSndhwm(value int) error { return soc.setInt(zmq.SNDHWM, value) }

// SetRcvhwm sets the high water mark for incoming messages.
func (soc *Socket) SetRcvhwm(value int) error { return soc.setInt(zmq.RCVHWM, value) }

// SetAffinity sets the I/O thread affinity bit mask.
func (soc *Socket) SetAffinity(value uint64) error { return soc.setUInt64(zmq.AFFINITY, value) }

// SetSubscribe adds a subscription filter (SUB, XSUB).
func (soc *Socket) SetSubscribe(filter string) error { return soc.setString(zmq.SUBSCRIBE, filter) }

// SetUnsubscribe removes a subscription filter.
func (soc *Socket) SetUnsubscribe(filter string) error {
	return soc.setString(zmq.UNSUBSCRIBE, filter)
}

// SetIdentity sets the socket's identity (routing id).
func (soc *Socket) SetIdentity(value string) error { return soc.setString(zmq.IDENTITY, value) }

// SetRate sets the multicast data rate in kilobits per second.
func (soc *Socket) SetRate(value int) error { return soc.setInt(iopt(zmq.RATE), value) }

// SetRecoveryIvl sets the multicast recovery interval.
func (soc *Socket) SetRecoveryIvl(value time.Duration) error {
	return soc.setDur(iopt(zmq.RECOVERY_IVL), value)
}

// SetSndbuf sets the kernel send buffer size.
func (soc *Socket) SetSndbuf(value int) error { return soc.setInt(iopt(zmq.SNDBUF), value) }

// SetRcvbuf sets the kernel receive buffer size.
func (soc *Socket) SetRcvbuf(value int) error { return soc.setInt(iopt(zmq.RCVBUF), value) }

// SetLinger sets the linger period; -1 is forever.
func (soc *Socket) SetLinger(value time.Duration) error { return soc.setDur(zmq.LINGER, value) }

// SetReconnectIvl sets the reconnection interval; -1 is no reconnection.
func (soc *Socket) SetReconnectIvl(value time.Duration) error {
	return soc.setDur(zmq.RECONNECT_IVL, value)
}

// SetReconnectIvlMax sets the longest reconnection interval.
func (soc *Socket) SetReconnectIvlMax(value time.Duration) error {
	return soc.setDur(zmq.RECONNECT_IVL_MAX, value)
}

// SetBacklog sets the length of the queue of pending connections.
func (soc *Socket) SetBacklog(value int) error { return soc.setInt(zmq.BACKLOG, value) }

// SetMaxmsgsize sets the largest message accepted; -1 is no limit.
func (soc *Socket) SetMaxmsgsize(value int64) error { return soc.setInt64(zmq.MAXMSGSIZE, value) }

// SetMulticastHops sets the multicast time-to-live.
func (soc *Socket) SetMulticastHops(value int) error { return soc.setInt(zmq.MULTICAST_HOPS, value) }

// SetRcvtimeo sets the receive timeout; -1 is forever.
func (soc *Socket) SetRcvtimeo(value time.Duration) error { return soc.setDur(zmq.RCVTIMEO, value) }

// SetSndtimeo sets the send timeout; -1 is forever.
func (soc *Socket) SetSndtimeo(value time.Duration) error { return soc.setDur(zmq.SNDTIMEO, value) }

// SetIpv6 makes the socket use IPv6 or not.
func (soc *Socket) SetIpv6(value bool) error { return soc.setBool(zmq.IPV6, value) }

// SetImmediate queues messages only on completed connections.
func (soc *Socket) SetImmediate(value bool) error { return soc.setBool(zmq.IMMEDIATE, value) }

// SetRouterMandatory makes a ROUTER report unroutable messages.
func (soc *Socket) SetRouterMandatory(value int) error {
	return soc.setInt(zmq.ROUTER_MANDATORY, value)
}

// SetRouterRaw switches a ROUTER to raw mode.
func (soc *Socket) SetRouterRaw(value int) error { return soc.setInt(zmq.ROUTER_RAW, value) }

// SetProbeRouter makes the socket send an empty message on connect.
func (soc *Socket) SetProbeRouter(value int) error { return soc.setInt(zmq.PROBE_ROUTER, value) }

// SetXpubVerbose makes an XPUB pass on every subscription.
func (soc *Socket) SetXpubVerbose(value int) error { return soc.setInt(zmq.XPUB_VERBOSE, value) }

// SetReqCorrelate makes a REQ match replies to requests.
func (soc *Socket) SetReqCorrelate(value int) error { return soc.setInt(zmq.REQ_CORRELATE, value) }

// SetReqRelaxed lets a REQ send again before a reply came.
func (soc *Socket) SetReqRelaxed(value int) error { return soc.setInt(zmq.REQ_RELAXED, value) }

// SetTcpKeepalive overrides SO_KEEPALIVE (-1: system default).
func (soc *Socket) SetTcpKeepalive(value int) error { return soc.setInt(zmq.TCP_KEEPALIVE, value) }

// SetTcpKeepaliveIdle overrides TCP_KEEPIDLE.
func (soc *Socket) SetTcpKeepaliveIdle(value int) error {
	return soc.setInt(zmq.TCP_KEEPALIVE_IDLE, value)
}

// SetTcpKeepaliveCnt overrides TCP_KEEPCNT.
func (soc *Socket) SetTcpKeepaliveCnt(value int) error {
	return soc.setInt(zmq.TCP_KEEPALIVE_CNT, value)
}

// SetTcpKeepaliveIntvl overrides TCP_KEEPINTVL.
func (soc *Socket) SetTcpKeepaliveIntvl(value int) error {
	return soc.setInt(zmq.TCP_KEEPALIVE_INTVL, value)
}

// SetTcpAcceptFilter adds an address peers may connect from; "" clears
// the filters.
func (soc *Socket) SetTcpAcceptFilter(filter string) error {
	return soc.setStringOrNull(zmq.TCP_ACCEPT_FILTER, filter)
}

// SetPlainServer makes the socket a PLAIN server (1) or not (0).
func (soc *Socket) SetPlainServer(value int) error { return soc.setInt(zmq.PLAIN_SERVER, value) }

// SetPlainUsername sets the PLAIN user name; "" clears it.
func (soc *Socket) SetPlainUsername(username string) error {
	return soc.setStringOrNull(zmq.PLAIN_USERNAME, username)
}

// SetPlainPassword sets the PLAIN password; "" clears it.
func (soc *Socket) SetPlainPassword(password string) error {
	return soc.setStringOrNull(zmq.PLAIN_PASSWORD, password)
}

// SetCurveServer makes the socket a CURVE server (1) or not (0).
func (soc *Socket) SetCurveServer(value int) error { return soc.setInt(zmq.CURVE_SERVER, value) }

// SetCurvePublickey sets the CURVE public key (Z85 text or 32 bytes).
func (soc *Socket) SetCurvePublickey(key string) error {
	return soc.setString(zmq.CURVE_PUBLICKEY, key)
}

// SetCurveSecretkey sets the CURVE secret key (Z85 text or 32 bytes).
func (soc *Socket) SetCurveSecretkey(key string) error {
	return soc.setString(zmq.CURVE_SECRETKEY, key)
}

// SetCurveServerkey sets the server's CURVE public key, on a client.
func (soc *Socket) SetCurveServerkey(key string) error {
	return soc.setString(zmq.CURVE_SERVERKEY, key)
}

// SetZapDomain sets the ZAP domain.
func (soc *Socket) SetZapDomain(domain string) error { return soc.setString(zmq.ZAP_DOMAIN, domain) }

// SetConflate keeps only the last message.
func (soc *Socket) SetConflate(value bool) error { return soc.setBool(zmq.CONFLATE, value) }

// SetRouterHandover lets a new connection take over an identity
// (ZMQ_ROUTER_HANDOVER, 4.1+).
func (soc *Socket) SetRouterHandover(value bool) error {
	return gatedSet(func() error { return soc.setBool(zmq.ROUTER_HANDOVER, value) })
}

// SetTos sets the IP type-of-service (ZMQ_TOS, 4.1+).
func (soc *Socket) SetTos(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.TOS, value) })
}

// SetConnectRid sets the routing id of the next connection
// (ZMQ_CONNECT_RID, 4.1+); "" clears it.
func (soc *Socket) SetConnectRid(value string) error {
	return gatedSet(func() error { return soc.setStringOrNull(zmq.CONNECT_RID, value) })
}

// SetGssapiServer makes the socket a GSSAPI server (ZMQ_GSSAPI_SERVER, 4.1+).
func (soc *Socket) SetGssapiServer(value bool) error {
	return gatedSet(func() error { return soc.setBool(zmq.GSSAPI_SERVER, value) })
}

// SetGssapiPrincipal sets the GSSAPI principal (ZMQ_GSSAPI_PRINCIPAL, 4.1+).
func (soc *Socket) SetGssapiPrincipal(value string) error {
	return gatedSet(func() error { return soc.setString(zmq.GSSAPI_PRINCIPAL, value) })
}

// SetGssapiServicePrincipal sets the GSSAPI service principal
// (ZMQ_GSSAPI_SERVICE_PRINCIPAL, 4.1+).
func (soc *Socket) SetGssapiServicePrincipal(value string) error {
	return gatedSet(func() error { return soc.setString(zmq.GSSAPI_SERVICE_PRINCIPAL, value) })
}

// SetGssapiPlaintext turns GSSAPI encryption off (ZMQ_GSSAPI_PLAINTEXT, 4.1+).
func (soc *Socket) SetGssapiPlaintext(value bool) error {
	return gatedSet(func() error { return soc.setBool(zmq.GSSAPI_PLAINTEXT, value) })
}

// SetHandshakeIvl sets the longest time a handshake may take
// (ZMQ_HANDSHAKE_IVL, 4.1+).
func (soc *Socket) SetHandshakeIvl(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.HANDSHAKE_IVL, value) })
}

// SetSocksProxy sets the SOCKS5 proxy address (ZMQ_SOCKS_PROXY, 4.1+); "" clears
// it.
func (soc *Socket) SetSocksProxy(value string) error {
	return gatedSet(func() error { return soc.setStringOrNull(zmq.SOCKS_PROXY, value) })
}

// SetXpubNodrop makes an XPUB fail with EAGAIN rather than drop at the
// high water mark (ZMQ_XPUB_NODROP, 4.1+).
func (soc *Socket) SetXpubNodrop(value bool) error {
	return gatedSet(func() error { return soc.setBool(zmq.XPUB_NODROP, value) })
}

// SetXpubManual makes an XPUB's subscriptions manual (ZMQ_XPUB_MANUAL, 4.2+).
func (soc *Socket) SetXpubManual(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.XPUB_MANUAL, value) })
}

// SetXpubWelcomeMsg sets the message an XPUB sends new subscribers
// (ZMQ_XPUB_WELCOME_MSG, 4.2+); "" clears it.
func (soc *Socket) SetXpubWelcomeMsg(value string) error {
	return gatedSet(func() error { return soc.setStringOrNull(zmq.XPUB_WELCOME_MSG, value) })
}

// SetStreamNotify makes a STREAM report connects and disconnects
// (ZMQ_STREAM_NOTIFY, 4.2+).
func (soc *Socket) SetStreamNotify(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.STREAM_NOTIFY, value) })
}

// SetInvertMatching inverts subscription matching (ZMQ_INVERT_MATCHING, 4.2+).
func (soc *Socket) SetInvertMatching(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.INVERT_MATCHING, value) })
}

// SetHeartbeatIvl sets the ZMTP heartbeat interval (ZMQ_HEARTBEAT_IVL, 4.2+).
func (soc *Socket) SetHeartbeatIvl(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.HEARTBEAT_IVL, value) })
}

// SetHeartbeatTtl sets the heartbeat time-to-live (ZMQ_HEARTBEAT_TTL, 4.2+).
func (soc *Socket) SetHeartbeatTtl(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.HEARTBEAT_TTL, value) })
}

// SetHeartbeatTimeout sets the heartbeat timeout (ZMQ_HEARTBEAT_TIMEOUT, 4.2+).
func (soc *Socket) SetHeartbeatTimeout(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.HEARTBEAT_TIMEOUT, value) })
}

// SetXpubVerboser makes an XPUB pass on every (un)subscription
// (ZMQ_XPUB_VERBOSER, 4.2+).
func (soc *Socket) SetXpubVerboser(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.XPUB_VERBOSER, value) })
}

// SetConnectTimeout sets the TCP connect timeout (ZMQ_CONNECT_TIMEOUT, 4.2+).
func (soc *Socket) SetConnectTimeout(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.CONNECT_TIMEOUT, value) })
}

// SetTcpMaxrt sets TCP_MAXRT (ZMQ_TCP_MAXRT, 4.2+).
func (soc *Socket) SetTcpMaxrt(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.TCP_MAXRT, value) })
}

// SetMulticastMaxtpdu sets the largest multicast transport data unit
// (ZMQ_MULTICAST_MAXTPDU, 4.2+).
func (soc *Socket) SetMulticastMaxtpdu(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.MULTICAST_MAXTPDU, value) })
}

// SetVmciBufferSize sets the VMCI buffer size (ZMQ_VMCI_BUFFER_SIZE, 4.2+).
func (soc *Socket) SetVmciBufferSize(value uint64) error {
	return gatedSet(func() error { return soc.setUInt64(zmq.VMCI_BUFFER_SIZE, value) })
}

// SetVmciBufferMinSize sets the VMCI minimum buffer size (ZMQ_VMCI_BUFFER_MIN_SIZE, 4.2+).
func (soc *Socket) SetVmciBufferMinSize(value uint64) error {
	return gatedSet(func() error { return soc.setUInt64(zmq.VMCI_BUFFER_MIN_SIZE, value) })
}

// SetVmciBufferMaxSize sets the VMCI maximum buffer size (ZMQ_VMCI_BUFFER_MAX_SIZE, 4.2+).
func (soc *Socket) SetVmciBufferMaxSize(value uint64) error {
	return gatedSet(func() error { return soc.setUInt64(zmq.VMCI_BUFFER_MAX_SIZE, value) })
}

// SetVmciConnectTimeout sets the VMCI connect timeout (ZMQ_VMCI_CONNECT_TIMEOUT, 4.2+).
func (soc *Socket) SetVmciConnectTimeout(value time.Duration) error {
	return gatedSet(func() error { return soc.setDur(zmq.VMCI_CONNECT_TIMEOUT, value) })
}

// SetUseFd makes the next bind use an existing file descriptor
// (ZMQ_USE_FD, 4.2+).
func (soc *Socket) SetUseFd(value int) error {
	return gatedSet(func() error { return soc.setInt(zmq.USE_FD, value) })
}
