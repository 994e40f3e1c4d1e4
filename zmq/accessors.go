package zmq

import "time"

// Typed accessors for the socket options the cgo gozmq had accessors
// for, with gozmq's names and signatures, plus the options of the same
// releases (2.x, 3.x, 4.0) it left out. Options that appeared in 4.1 and
// later are in accessors4.go.
//
// Each accessor goes through the generic GetSockOpt*/SetSockOpt* path,
// so an option the loaded release lacks returns a *VersionError and the
// value is converted to the option's C type of the loaded release.
//
// Where gozmq's 2.x and 3.x builds gave one name two signatures, one had
// to be chosen:
//   - SetHWM takes a uint64 (2.x gozmq; 3.x gozmq took an int). On 3.0
//     and later it sets both SNDHWM and RCVHWM, so it works on every
//     release; code passing an untyped constant compiles either way.
//
// Durations: libzmq counts these options in milliseconds and uses -1
// for "infinite" (or "disabled"). A setter sends any negative duration
// as -1 and rounds a positive one up to a whole millisecond, so that a
// short timeout never becomes 0 ("do not wait"); a getter returns -1
// (one nanosecond below zero) for -1. Test for infinity with d < 0.

// msToDuration converts a millisecond option value to a Duration.
func msToDuration(ms int64) time.Duration {
	if ms < 0 {
		return -1
	}
	return time.Duration(ms) * time.Millisecond
}

// durationToMs converts a Duration to a millisecond option value.
func durationToMs(d time.Duration) int64 {
	if d < 0 {
		return -1
	}
	ms := int64(d / time.Millisecond)
	if d%time.Millisecond != 0 {
		ms++
	}
	return ms
}

func (s *Socket) durationOpt(o IntSocketOption) (time.Duration, error) {
	v, err := s.numOpt(int(o))
	if err != nil {
		return 0, err
	}
	return msToDuration(v), nil
}

func (s *Socket) setDurationOpt(o IntSocketOption, d time.Duration) error {
	return s.setNum(int(o), durationToMs(d))
}

func (s *Socket) boolOpt(o int) (bool, error) {
	v, err := s.numOpt(o)
	return v != 0, err
}

func (s *Socket) setBoolOpt(o int, b bool) error {
	if b {
		return s.setNum(o, 1)
	}
	return s.setNum(o, 0)
}

// Type returns the socket's type (ZMQ_TYPE).
func (s *Socket) Type() (SocketType, error) {
	v, err := s.numOpt(int(TYPE))
	return SocketType(v), err
}

// HWM returns the high water mark (ZMQ_HWM). On 3.0 and later, which
// have separate limits, it returns SNDHWM.
func (s *Socket) HWM() (uint64, error) {
	return s.GetSockOptUInt64(HWM)
}

// SetHWM sets the high water mark (ZMQ_HWM). On 3.0 and later it sets
// both SNDHWM and RCVHWM. It takes a uint64 as in gozmq's 2.x build;
// gozmq's 3.x build took an int.
func (s *Socket) SetHWM(value uint64) error {
	return s.SetSockOptUInt64(HWM, value)
}

// SndHWM returns the high water mark for outbound messages (ZMQ_SNDHWM,
// 3.2). On 2.x it returns HWM, the one limit those releases have.
func (s *Socket) SndHWM() (int, error) {
	return s.GetSockOptInt(SNDHWM)
}

// SetSndHWM sets the high water mark for outbound messages (ZMQ_SNDHWM,
// 3.2). On 2.x it sets HWM, which limits both directions.
func (s *Socket) SetSndHWM(value int) error {
	return s.SetSockOptInt(SNDHWM, value)
}

// RcvHWM returns the high water mark for inbound messages (ZMQ_RCVHWM,
// 3.2). On 2.x it returns HWM.
func (s *Socket) RcvHWM() (int, error) {
	return s.GetSockOptInt(RCVHWM)
}

// SetRcvHWM sets the high water mark for inbound messages (ZMQ_RCVHWM,
// 3.2). On 2.x it sets HWM, which limits both directions.
func (s *Socket) SetRcvHWM(value int) error {
	return s.SetSockOptInt(RCVHWM, value)
}

// Swap returns the disk offload size in bytes (ZMQ_SWAP, 2.x only).
func (s *Socket) Swap() (int64, error) {
	return s.GetSockOptInt64(SWAP)
}

// SetSwap sets the disk offload size in bytes (ZMQ_SWAP, 2.x only).
func (s *Socket) SetSwap(value int64) error {
	return s.SetSockOptInt64(SWAP, value)
}

// Affinity returns the I/O thread affinity bitmap (ZMQ_AFFINITY).
func (s *Socket) Affinity() (uint64, error) {
	return s.GetSockOptUInt64(AFFINITY)
}

// SetAffinity sets the I/O thread affinity bitmap for connections made
// afterwards (ZMQ_AFFINITY).
func (s *Socket) SetAffinity(value uint64) error {
	return s.SetSockOptUInt64(AFFINITY, value)
}

// Identity returns the socket identity (ZMQ_IDENTITY, called
// ZMQ_ROUTING_ID from 4.2.3).
func (s *Socket) Identity() (string, error) {
	return s.GetSockOptString(IDENTITY)
}

// SetIdentity sets the socket identity (ZMQ_IDENTITY): 1 to 255 bytes,
// not starting with a zero byte.
func (s *Socket) SetIdentity(value string) error {
	return s.SetSockOptString(IDENTITY, value)
}

// SetSubscribe adds a message filter to a SUB socket (ZMQ_SUBSCRIBE);
// the empty string subscribes to everything.
func (s *Socket) SetSubscribe(value string) error {
	return s.SetSockOptString(SUBSCRIBE, value)
}

// SetUnsubscribe removes a filter added by SetSubscribe
// (ZMQ_UNSUBSCRIBE).
func (s *Socket) SetUnsubscribe(value string) error {
	return s.SetSockOptString(UNSUBSCRIBE, value)
}

// Rate returns the multicast data rate in kilobits per second
// (ZMQ_RATE).
func (s *Socket) Rate() (int64, error) {
	return s.GetSockOptInt64(RATE)
}

// SetRate sets the multicast data rate in kilobits per second
// (ZMQ_RATE). From 3.0 the C type is int: larger values are EINVAL.
func (s *Socket) SetRate(value int64) error {
	return s.SetSockOptInt64(RATE, value)
}

// RecoveryIvl returns the multicast recovery interval. On 2.x it reads
// ZMQ_RECOVERY_IVL_MSEC, and when that is unset (-1) ZMQ_RECOVERY_IVL,
// which those releases count in seconds; from 3.0 ZMQ_RECOVERY_IVL,
// counted in milliseconds.
func (s *Socket) RecoveryIvl() (time.Duration, error) {
	if s.invalid() {
		return 0, ENOTSOCK
	}
	if !s.a.v2 {
		return s.durationOpt(IntSocketOption(RECOVERY_IVL))
	}
	var d time.Duration
	err := s.guarded(func() error {
		if _, ok := s.a.opts[int(RECOVERY_IVL_MSEC)]; ok {
			ms, err := s.getInt(int(RECOVERY_IVL_MSEC))
			if err != nil || ms >= 0 {
				d = msToDuration(ms)
				return err
			}
		}
		sec, err := s.getInt(int(RECOVERY_IVL))
		d = time.Duration(sec) * time.Second
		return err
	})
	return d, err
}

// SetRecoveryIvl sets the multicast recovery interval: on 2.x through
// ZMQ_RECOVERY_IVL_MSEC (2.1.1+; whole seconds through ZMQ_RECOVERY_IVL
// on 2.1.0), from 3.0 through ZMQ_RECOVERY_IVL.
func (s *Socket) SetRecoveryIvl(value time.Duration) error {
	if s.invalid() {
		return ENOTSOCK
	}
	if !s.a.v2 {
		return s.setDurationOpt(IntSocketOption(RECOVERY_IVL), value)
	}
	if _, ok := s.a.opts[int(RECOVERY_IVL_MSEC)]; ok {
		return s.setNum(int(RECOVERY_IVL_MSEC), durationToMs(value))
	}
	sec := int64((value + time.Second - 1) / time.Second)
	return s.setNum(int(RECOVERY_IVL), sec)
}

// RecoveryIvlMsec returns ZMQ_RECOVERY_IVL_MSEC (2.1.1 to 2.2 only);
// -1 means ZMQ_RECOVERY_IVL applies. RecoveryIvl works on every release.
func (s *Socket) RecoveryIvlMsec() (time.Duration, error) {
	v, err := s.GetSockOptInt64(RECOVERY_IVL_MSEC)
	if err != nil {
		return 0, err
	}
	return msToDuration(v), nil
}

// SetRecoveryIvlMsec sets ZMQ_RECOVERY_IVL_MSEC (2.1.1 to 2.2 only).
func (s *Socket) SetRecoveryIvlMsec(value time.Duration) error {
	return s.SetSockOptInt64(RECOVERY_IVL_MSEC, durationToMs(value))
}

// McastLoop reports whether multicast loop-back is on (ZMQ_MCAST_LOOP,
// 2.x only).
func (s *Socket) McastLoop() (bool, error) {
	return s.boolOpt(int(MCAST_LOOP))
}

// SetMcastLoop turns multicast loop-back on or off (ZMQ_MCAST_LOOP, 2.x
// only).
func (s *Socket) SetMcastLoop(value bool) error {
	return s.setBoolOpt(int(MCAST_LOOP), value)
}

// sysBuf reads SNDBUF or RCVBUF. From 4.2 libzmq reports the system
// default as -1 where earlier releases said 0; both read as 0.
func (s *Socket) sysBuf(o UInt64SocketOption) (uint64, error) {
	v, err := s.numOpt(int(o))
	if err != nil || v < 0 {
		return 0, err
	}
	return uint64(v), nil
}

// SndBuf returns the kernel transmit buffer size (ZMQ_SNDBUF); 0 means
// the system default.
func (s *Socket) SndBuf() (uint64, error) {
	return s.sysBuf(SNDBUF)
}

// SetSndBuf sets the kernel transmit buffer size (ZMQ_SNDBUF). Before
// 4.2, 0 means the system default.
func (s *Socket) SetSndBuf(value uint64) error {
	return s.SetSockOptUInt64(SNDBUF, value)
}

// RcvBuf returns the kernel receive buffer size (ZMQ_RCVBUF); 0 means
// the system default.
func (s *Socket) RcvBuf() (uint64, error) {
	return s.sysBuf(RCVBUF)
}

// SetRcvBuf sets the kernel receive buffer size (ZMQ_RCVBUF). Before
// 4.2, 0 means the system default.
func (s *Socket) SetRcvBuf(value uint64) error {
	return s.SetSockOptUInt64(RCVBUF, value)
}

// Fd returns the file descriptor that becomes readable when the socket
// may have events to report (ZMQ_FD); see Events.
func (s *Socket) Fd() (ZmqOsSocketType, error) {
	v, err := s.numOpt(int(FD))
	return ZmqOsSocketType(v), err
}

// Events returns the socket's pending events, a set of POLLIN and
// POLLOUT bits (ZMQ_EVENTS).
func (s *Socket) Events() (uint64, error) {
	return s.GetSockOptUInt64(EVENTS)
}

// Linger returns how long Close lets pending messages be sent
// (ZMQ_LINGER); -1 is forever.
func (s *Socket) Linger() (time.Duration, error) {
	return s.durationOpt(LINGER)
}

// SetLinger sets how long Close lets pending messages be sent
// (ZMQ_LINGER); a negative duration is forever.
func (s *Socket) SetLinger(value time.Duration) error {
	return s.setDurationOpt(LINGER, value)
}

// ReconnectIvl returns the first reconnection interval
// (ZMQ_RECONNECT_IVL); -1 means no reconnection (4.x).
func (s *Socket) ReconnectIvl() (time.Duration, error) {
	return s.durationOpt(RECONNECT_IVL)
}

// SetReconnectIvl sets the first reconnection interval
// (ZMQ_RECONNECT_IVL).
func (s *Socket) SetReconnectIvl(value time.Duration) error {
	return s.setDurationOpt(RECONNECT_IVL, value)
}

// ReconnectIvlMax returns the longest reconnection interval the
// exponential back-off reaches (ZMQ_RECONNECT_IVL_MAX, 2.1.1); 0 means
// no back-off.
func (s *Socket) ReconnectIvlMax() (time.Duration, error) {
	return s.durationOpt(RECONNECT_IVL_MAX)
}

// SetReconnectIvlMax sets the longest reconnection interval
// (ZMQ_RECONNECT_IVL_MAX, 2.1.1).
func (s *Socket) SetReconnectIvlMax(value time.Duration) error {
	return s.setDurationOpt(RECONNECT_IVL_MAX, value)
}

// Backlog returns the listen queue length for connections
// (ZMQ_BACKLOG).
func (s *Socket) Backlog() (int, error) {
	return s.GetSockOptInt(BACKLOG)
}

// SetBacklog sets the listen queue length for connections
// (ZMQ_BACKLOG).
func (s *Socket) SetBacklog(value int) error {
	return s.SetSockOptInt(BACKLOG, value)
}

// RcvTimeout returns how long a receive may block before failing with
// EAGAIN (ZMQ_RCVTIMEO, 2.2); -1 is forever.
func (s *Socket) RcvTimeout() (time.Duration, error) {
	return s.durationOpt(RCVTIMEO)
}

// SetRcvTimeout sets how long a receive may block (ZMQ_RCVTIMEO, 2.2);
// a negative duration is forever, 0 never blocks.
func (s *Socket) SetRcvTimeout(value time.Duration) error {
	return s.setDurationOpt(RCVTIMEO, value)
}

// SndTimeout returns how long a send may block before failing with
// EAGAIN (ZMQ_SNDTIMEO, 2.2); -1 is forever.
func (s *Socket) SndTimeout() (time.Duration, error) {
	return s.durationOpt(SNDTIMEO)
}

// SetSndTimeout sets how long a send may block (ZMQ_SNDTIMEO, 2.2); a
// negative duration is forever, 0 never blocks.
func (s *Socket) SetSndTimeout(value time.Duration) error {
	return s.setDurationOpt(SNDTIMEO, value)
}

// MaxMsgSize returns the largest inbound message accepted, in bytes
// (ZMQ_MAXMSGSIZE, 3.2); -1 is no limit.
func (s *Socket) MaxMsgSize() (int64, error) {
	return s.GetSockOptInt64(MAXMSGSIZE)
}

// SetMaxMsgSize sets the largest inbound message accepted
// (ZMQ_MAXMSGSIZE, 3.2); -1 is no limit.
func (s *Socket) SetMaxMsgSize(value int64) error {
	return s.SetSockOptInt64(MAXMSGSIZE, value)
}

// MulticastHops returns the time-to-live of multicast packets
// (ZMQ_MULTICAST_HOPS, 3.2).
func (s *Socket) MulticastHops() (int, error) {
	return s.GetSockOptInt(MULTICAST_HOPS)
}

// SetMulticastHops sets the time-to-live of multicast packets
// (ZMQ_MULTICAST_HOPS, 3.2).
func (s *Socket) SetMulticastHops(value int) error {
	return s.SetSockOptInt(MULTICAST_HOPS, value)
}

// IPv4Only reports whether the socket uses IPv4 only (ZMQ_IPV4ONLY,
// 3.2; deprecated in favour of Ipv6 from 4.0).
func (s *Socket) IPv4Only() (bool, error) {
	return s.boolOpt(int(IPV4ONLY))
}

// SetIPv4Only restricts the socket to IPv4 or lets it use IPv6 as well
// (ZMQ_IPV4ONLY, 3.2).
func (s *Socket) SetIPv4Only(value bool) error {
	return s.setBoolOpt(int(IPV4ONLY), value)
}

// LastEndpoint returns the endpoint last bound, with any wildcard port
// resolved (ZMQ_LAST_ENDPOINT, 3.2).
func (s *Socket) LastEndpoint() (string, error) {
	return s.GetSockOptString(LAST_ENDPOINT)
}

// SetROUTERMandatory makes a ROUTER socket fail with EHOSTUNREACH
// instead of dropping a message for an unknown peer
// (ZMQ_ROUTER_MANDATORY, 3.2.1).
func (s *Socket) SetROUTERMandatory(value bool) error {
	return s.setBoolOpt(int(ROUTER_MANDATORY), value)
}

// SetFailUnroutable is SetROUTERMandatory under the option's 3.2.2 name
// (ZMQ_FAIL_UNROUTABLE).
func (s *Socket) SetFailUnroutable(value bool) error {
	return s.SetSockOptBool(FAIL_UNROUTABLE, value)
}

// TCPKeepalive returns the SO_KEEPALIVE override (ZMQ_TCP_KEEPALIVE,
// 3.2): -1 system default, 0 off, 1 on.
func (s *Socket) TCPKeepalive() (int, error) {
	return s.GetSockOptInt(TCP_KEEPALIVE)
}

// SetTCPKeepalive sets the SO_KEEPALIVE override (ZMQ_TCP_KEEPALIVE,
// 3.2): -1 system default, 0 off, 1 on.
func (s *Socket) SetTCPKeepalive(value int) error {
	return s.SetSockOptInt(TCP_KEEPALIVE, value)
}

// TCPKeepaliveIdle returns the TCP_KEEPIDLE override in seconds
// (ZMQ_TCP_KEEPALIVE_IDLE, 3.2); -1 is the system default.
func (s *Socket) TCPKeepaliveIdle() (int, error) {
	return s.GetSockOptInt(TCP_KEEPALIVE_IDLE)
}

// SetTCPKeepaliveIdle sets the TCP_KEEPIDLE override in seconds
// (ZMQ_TCP_KEEPALIVE_IDLE, 3.2).
func (s *Socket) SetTCPKeepaliveIdle(value int) error {
	return s.SetSockOptInt(TCP_KEEPALIVE_IDLE, value)
}

// TCPKeepaliveCnt returns the TCP_KEEPCNT override
// (ZMQ_TCP_KEEPALIVE_CNT, 3.2); -1 is the system default.
func (s *Socket) TCPKeepaliveCnt() (int, error) {
	return s.GetSockOptInt(TCP_KEEPALIVE_CNT)
}

// SetTCPKeepaliveCnt sets the TCP_KEEPCNT override
// (ZMQ_TCP_KEEPALIVE_CNT, 3.2).
func (s *Socket) SetTCPKeepaliveCnt(value int) error {
	return s.SetSockOptInt(TCP_KEEPALIVE_CNT, value)
}

// TCPKeepaliveIntvl returns the TCP_KEEPINTVL override in seconds
// (ZMQ_TCP_KEEPALIVE_INTVL, 3.2); -1 is the system default.
func (s *Socket) TCPKeepaliveIntvl() (int, error) {
	return s.GetSockOptInt(TCP_KEEPALIVE_INTVL)
}

// SetTCPKeepaliveIntvl sets the TCP_KEEPINTVL override in seconds
// (ZMQ_TCP_KEEPALIVE_INTVL, 3.2).
func (s *Socket) SetTCPKeepaliveIntvl(value int) error {
	return s.SetSockOptInt(TCP_KEEPALIVE_INTVL, value)
}

// SetTCPAcceptFilter adds an address, such as "127.0.0.1" or
// "10.0.0.0/8", that incoming TCP connections must come from
// (ZMQ_TCP_ACCEPT_FILTER, 3.2; deprecated from 4.1 in favour of ZAP).
func (s *Socket) SetTCPAcceptFilter(value string) error {
	return s.SetSockOptString(TCP_ACCEPT_FILTER, value)
}

// SetTCPAcceptFilterNil removes every TCP accept filter
// (ZMQ_TCP_ACCEPT_FILTER set to NULL, 3.2).
func (s *Socket) SetTCPAcceptFilterNil() error {
	return s.SetSockOptStringNil(TCP_ACCEPT_FILTER)
}

// DelayAttachOnConnect reports whether messages are queued only to
// completed connections (ZMQ_DELAY_ATTACH_ON_CONNECT, 3.2.1; called
// ZMQ_IMMEDIATE from 4.0).
func (s *Socket) DelayAttachOnConnect() (bool, error) {
	return s.boolOpt(int(DELAY_ATTACH_ON_CONNECT))
}

// SetDelayAttachOnConnect queues messages only to completed connections
// (ZMQ_DELAY_ATTACH_ON_CONNECT, 3.2.1).
func (s *Socket) SetDelayAttachOnConnect(value bool) error {
	return s.setBoolOpt(int(DELAY_ATTACH_ON_CONNECT), value)
}

// Immediate reports whether messages are queued only to completed
// connections (ZMQ_IMMEDIATE, 4.0; ZMQ_DELAY_ATTACH_ON_CONNECT in 3.2,
// through which it also works there).
func (s *Socket) Immediate() (bool, error) {
	return s.boolOpt(int(IMMEDIATE))
}

// SetImmediate queues messages only to completed connections
// (ZMQ_IMMEDIATE, 4.0; works on 3.2.1+ as DELAY_ATTACH_ON_CONNECT).
func (s *Socket) SetImmediate(value bool) error {
	return s.setBoolOpt(int(IMMEDIATE), value)
}

// SetXPUBVerbose makes an XPUB socket pass on every subscription, not
// only new ones (ZMQ_XPUB_VERBOSE, 3.2.1).
func (s *Socket) SetXPUBVerbose(value bool) error {
	return s.setBoolOpt(int(XPUB_VERBOSE), value)
}

// SetROUTERRaw puts a ROUTER socket in raw mode, for talking to non-ZMTP
// TCP peers (ZMQ_ROUTER_RAW, 4.0; superseded by STREAM sockets).
func (s *Socket) SetROUTERRaw(value int) error {
	return s.SetSockOptInt(ROUTER_RAW, value)
}

// Ipv6 reports whether the socket may use IPv6 (ZMQ_IPV6, 4.0).
func (s *Socket) Ipv6() (bool, error) {
	return s.boolOpt(int(IPV6))
}

// SetIpv6 lets the socket use IPv6 as well as IPv4 (ZMQ_IPV6, 4.0).
func (s *Socket) SetIpv6(value bool) error {
	return s.setBoolOpt(int(IPV6), value)
}

// Mechanism returns the security mechanism in use (ZMQ_MECHANISM,
// 4.0): 0 NULL, 1 PLAIN, 2 CURVE, 3 GSSAPI.
func (s *Socket) Mechanism() (int, error) {
	return s.GetSockOptInt(MECHANISM)
}

// PlainServer returns 1 when the socket is a PLAIN server
// (ZMQ_PLAIN_SERVER, 4.0).
func (s *Socket) PlainServer() (int, error) {
	return s.GetSockOptInt(PLAIN_SERVER)
}

// SetPlainServer makes the socket a PLAIN server when value is 1
// (ZMQ_PLAIN_SERVER, 4.0).
func (s *Socket) SetPlainServer(value int) error {
	return s.SetSockOptInt(PLAIN_SERVER, value)
}

// PlainUsername returns the PLAIN user name (ZMQ_PLAIN_USERNAME, 4.0).
func (s *Socket) PlainUsername() (string, error) {
	return s.GetSockOptString(PLAIN_USERNAME)
}

// SetPlainUsername sets the PLAIN user name, making the socket a PLAIN
// client (ZMQ_PLAIN_USERNAME, 4.0).
func (s *Socket) SetPlainUsername(value string) error {
	return s.SetSockOptString(PLAIN_USERNAME, value)
}

// PlainPassword returns the PLAIN password (ZMQ_PLAIN_PASSWORD, 4.0).
func (s *Socket) PlainPassword() (string, error) {
	return s.GetSockOptString(PLAIN_PASSWORD)
}

// SetPlainPassword sets the PLAIN password, making the socket a PLAIN
// client (ZMQ_PLAIN_PASSWORD, 4.0).
func (s *Socket) SetPlainPassword(value string) error {
	return s.SetSockOptString(PLAIN_PASSWORD, value)
}

// CurveServer returns 1 when the socket is a CURVE server
// (ZMQ_CURVE_SERVER, 4.0).
func (s *Socket) CurveServer() (int, error) {
	return s.GetSockOptInt(CURVE_SERVER)
}

// SetCurveServer makes the socket a CURVE server when value is 1
// (ZMQ_CURVE_SERVER, 4.0; needs libzmq built with CURVE).
func (s *Socket) SetCurveServer(value int) error {
	return s.SetSockOptInt(CURVE_SERVER, value)
}

// CurvePublickey returns the socket's CURVE public key as 40 characters
// of Z85 text (ZMQ_CURVE_PUBLICKEY, 4.0).
func (s *Socket) CurvePublickey() (string, error) {
	return s.GetSockOptString(CURVE_PUBLICKEY)
}

// SetCurvePublickey sets the socket's CURVE public key, as 40
// characters of Z85 text or 32 bytes (ZMQ_CURVE_PUBLICKEY, 4.0).
func (s *Socket) SetCurvePublickey(value string) error {
	return s.SetSockOptString(CURVE_PUBLICKEY, value)
}

// CurveSecretkey returns the socket's CURVE secret key as Z85 text
// (ZMQ_CURVE_SECRETKEY, 4.0).
func (s *Socket) CurveSecretkey() (string, error) {
	return s.GetSockOptString(CURVE_SECRETKEY)
}

// SetCurveSecretkey sets the socket's CURVE secret key, as 40
// characters of Z85 text or 32 bytes (ZMQ_CURVE_SECRETKEY, 4.0).
func (s *Socket) SetCurveSecretkey(value string) error {
	return s.SetSockOptString(CURVE_SECRETKEY, value)
}

// CurveServerkey returns the server's CURVE public key a client
// expects, as Z85 text (ZMQ_CURVE_SERVERKEY, 4.0).
func (s *Socket) CurveServerkey() (string, error) {
	return s.GetSockOptString(CURVE_SERVERKEY)
}

// SetCurveServerkey sets the server's CURVE public key, making the
// socket a CURVE client (ZMQ_CURVE_SERVERKEY, 4.0).
func (s *Socket) SetCurveServerkey(value string) error {
	return s.SetSockOptString(CURVE_SERVERKEY, value)
}

// SetProbeROUTER makes the socket send an empty message to each ROUTER
// peer it connects to (ZMQ_PROBE_ROUTER, 4.0).
func (s *Socket) SetProbeROUTER(value int) error {
	return s.SetSockOptInt(PROBE_ROUTER, value)
}

// SetReqCorrelate makes a REQ socket match replies to requests
// (ZMQ_REQ_CORRELATE, 4.0).
func (s *Socket) SetReqCorrelate(value int) error {
	return s.SetSockOptInt(REQ_CORRELATE, value)
}

// SetReqRelaxed lets a REQ socket send a new request without waiting
// for the reply (ZMQ_REQ_RELAXED, 4.0).
func (s *Socket) SetReqRelaxed(value int) error {
	return s.SetSockOptInt(REQ_RELAXED, value)
}

// Conflate reports whether the socket keeps only the last message
// (ZMQ_CONFLATE, 4.0).
func (s *Socket) Conflate() (bool, error) {
	return s.boolOpt(int(CONFLATE))
}

// SetConflate makes the socket keep only the last message in its queues
// (ZMQ_CONFLATE, 4.0).
func (s *Socket) SetConflate(value bool) error {
	return s.setBoolOpt(int(CONFLATE), value)
}

// ZapDomain returns the ZAP authentication domain (ZMQ_ZAP_DOMAIN,
// 4.0).
func (s *Socket) ZapDomain() (string, error) {
	return s.GetSockOptString(ZAP_DOMAIN)
}

// SetZapDomain sets the ZAP authentication domain (ZMQ_ZAP_DOMAIN, 4.0).
func (s *Socket) SetZapDomain(value string) error {
	return s.SetSockOptString(ZAP_DOMAIN, value)
}

// ToRaw returns the descriptor as a number. gozmq's ToRaw returned cgo's
// C.int (C.SOCKET on Windows), a type only cgo code can name; this one
// returns the same number as a ZmqOsSocketType, which converts to it.
func (fd ZmqOsSocketType) ToRaw() ZmqOsSocketType { return fd }
