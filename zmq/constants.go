package zmq

// SocketType is the kind of a socket, as passed to Context.NewSocket.
type SocketType int

// Socket types. Their numbers are the same in every libzmq release.
const (
	PAIR   = SocketType(0)
	PUB    = SocketType(1)
	SUB    = SocketType(2)
	REQ    = SocketType(3)
	REP    = SocketType(4)
	DEALER = SocketType(5)
	ROUTER = SocketType(6)
	PULL   = SocketType(7)
	PUSH   = SocketType(8)
	XPUB   = SocketType(9)
	XSUB   = SocketType(10)
	// STREAM talks to plain TCP peers (ZMQ_STREAM, 4.0).
	STREAM = SocketType(11)
	// Draft socket types, present only when libzmq was built with draft
	// APIs (see Has("draft")).
	SERVER  = SocketType(12)
	CLIENT  = SocketType(13)
	RADIO   = SocketType(14)
	DISH    = SocketType(15)
	GATHER  = SocketType(16)
	SCATTER = SocketType(17)
	DGRAM   = SocketType(18)
	PEER    = SocketType(19)
	CHANNEL = SocketType(20)

	// Deprecated aliases.
	XREQ       = DEALER
	XREP       = ROUTER
	UPSTREAM   = PULL
	DOWNSTREAM = PUSH
)

var socketTypeNames = map[SocketType]string{
	PAIR: "PAIR", PUB: "PUB", SUB: "SUB", REQ: "REQ", REP: "REP", DEALER: "DEALER",
	ROUTER: "ROUTER", PULL: "PULL", PUSH: "PUSH", XPUB: "XPUB", XSUB: "XSUB", STREAM: "STREAM",
	SERVER: "SERVER", CLIENT: "CLIENT", RADIO: "RADIO", DISH: "DISH", GATHER: "GATHER",
	SCATTER: "SCATTER", DGRAM: "DGRAM", PEER: "PEER", CHANNEL: "CHANNEL",
}

// String returns the socket type's name, e.g. "REQ".
func (t SocketType) String() string {
	if n, ok := socketTypeNames[t]; ok {
		return n
	}
	return "SocketType(" + itoa(int(t)) + ")"
}

// IntSocketOption is a socket option whose Go value is an int.
type IntSocketOption int

// Int64SocketOption is a socket option whose Go value is an int64.
type Int64SocketOption int

// UInt64SocketOption is a socket option whose Go value is a uint64.
type UInt64SocketOption int

// StringSocketOption is a socket option whose Go value is a string
// (binary data is allowed).
type StringSocketOption int

// BoolSocketOption is a socket option whose Go value is a bool.
type BoolSocketOption int

// MessageOption is a message property (MORE).
type MessageOption int

// SendRecvOption is a flag for Send and Recv (SNDMORE, DONTWAIT).
type SendRecvOption int

// Send and receive flags; the same numbers in every release.
const (
	// NOBLOCK makes Send or Recv fail with EAGAIN instead of blocking.
	NOBLOCK = SendRecvOption(1)
	// DONTWAIT is the 3.x name of NOBLOCK.
	DONTWAIT = NOBLOCK
	// SNDMORE marks a part that more parts of the same message follow.
	SNDMORE = SendRecvOption(2)
)

// MORE is the message property that more parts follow.
const MORE = MessageOption(1)

// Socket options. The number is libzmq's C option id, which never changed
// meaning between releases; the C type may differ between releases and
// the getters and setters convert. Using an option the loaded release
// lacks returns a *VersionError.
const (
	// HWM is the 2.x high water mark (uint64). On 3.x and later setting
	// it sets both SNDHWM and RCVHWM, and reading it reads SNDHWM.
	HWM = UInt64SocketOption(1)
	// SWAP is the 2.x disk offload size (removed in 3.0).
	SWAP     = Int64SocketOption(3)
	AFFINITY = UInt64SocketOption(4)
	// IDENTITY is the socket identity (named ZMQ_ROUTING_ID, 4.2.3+).
	IDENTITY    = StringSocketOption(5)
	SUBSCRIBE   = StringSocketOption(6)
	UNSUBSCRIBE = StringSocketOption(7)
	RATE        = Int64SocketOption(8)
	// RECOVERY_IVL is in seconds on 2.x and in milliseconds from 3.0.
	RECOVERY_IVL = Int64SocketOption(9)
	// MCAST_LOOP is 2.x only.
	MCAST_LOOP = Int64SocketOption(10)
	SNDBUF     = UInt64SocketOption(11)
	RCVBUF     = UInt64SocketOption(12)
	FD         = Int64SocketOption(14)
	EVENTS     = UInt64SocketOption(15)
	TYPE       = UInt64SocketOption(16)
	LINGER     = IntSocketOption(17)
	// RECONNECT_IVL and the other intervals are in milliseconds.
	RECONNECT_IVL = IntSocketOption(18)
	BACKLOG       = IntSocketOption(19)
	// RECOVERY_IVL_MSEC is 2.x only (RECOVERY_IVL took its place).
	RECOVERY_IVL_MSEC = Int64SocketOption(20)
	RECONNECT_IVL_MAX = IntSocketOption(21)
	MAXMSGSIZE        = Int64SocketOption(22)
	// SNDHWM and RCVHWM (ZMQ_SNDHWM, 3.2) read and write HWM on 2.x.
	SNDHWM           = IntSocketOption(23)
	RCVHWM           = IntSocketOption(24)
	MULTICAST_HOPS   = IntSocketOption(25)
	RCVTIMEO         = IntSocketOption(27)
	SNDTIMEO         = IntSocketOption(28)
	IPV4ONLY         = IntSocketOption(31)
	LAST_ENDPOINT    = StringSocketOption(32)
	ROUTER_MANDATORY = IntSocketOption(33)
	// FAIL_UNROUTABLE and ROUTER_BEHAVIOR are old names of ROUTER_MANDATORY.
	FAIL_UNROUTABLE                   = BoolSocketOption(33)
	ROUTER_BEHAVIOR                   = IntSocketOption(33)
	TCP_KEEPALIVE                     = IntSocketOption(34)
	TCP_KEEPALIVE_CNT                 = IntSocketOption(35)
	TCP_KEEPALIVE_IDLE                = IntSocketOption(36)
	TCP_KEEPALIVE_INTVL               = IntSocketOption(37)
	TCP_ACCEPT_FILTER                 = StringSocketOption(38)
	DELAY_ATTACH_ON_CONNECT           = IntSocketOption(39)
	IMMEDIATE                         = IntSocketOption(39)
	XPUB_VERBOSE                      = IntSocketOption(40)
	ROUTER_RAW                        = IntSocketOption(41)
	IPV6                              = IntSocketOption(42)
	MECHANISM                         = IntSocketOption(43)
	PLAIN_SERVER                      = IntSocketOption(44)
	PLAIN_USERNAME                    = StringSocketOption(45)
	PLAIN_PASSWORD                    = StringSocketOption(46)
	CURVE_SERVER                      = IntSocketOption(47)
	CURVE_PUBLICKEY                   = StringSocketOption(48)
	CURVE_SECRETKEY                   = StringSocketOption(49)
	CURVE_SERVERKEY                   = StringSocketOption(50)
	PROBE_ROUTER                      = IntSocketOption(51)
	REQ_CORRELATE                     = IntSocketOption(52)
	REQ_RELAXED                       = IntSocketOption(53)
	CONFLATE                          = IntSocketOption(54)
	ZAP_DOMAIN                        = StringSocketOption(55)
	ROUTER_HANDOVER                   = IntSocketOption(56)
	TOS                               = IntSocketOption(57)
	CONNECT_RID                       = StringSocketOption(61)
	GSSAPI_SERVER                     = IntSocketOption(62)
	GSSAPI_PRINCIPAL                  = StringSocketOption(63)
	GSSAPI_SERVICE_PRINCIPAL          = StringSocketOption(64)
	GSSAPI_PLAINTEXT                  = IntSocketOption(65)
	HANDSHAKE_IVL                     = IntSocketOption(66)
	SOCKS_PROXY                       = StringSocketOption(68)
	XPUB_NODROP                       = IntSocketOption(69)
	BLOCKY                            = IntSocketOption(70)
	XPUB_MANUAL                       = IntSocketOption(71)
	XPUB_WELCOME_MSG                  = StringSocketOption(72)
	STREAM_NOTIFY                     = IntSocketOption(73)
	INVERT_MATCHING                   = IntSocketOption(74)
	HEARTBEAT_IVL                     = IntSocketOption(75)
	HEARTBEAT_TTL                     = IntSocketOption(76)
	HEARTBEAT_TIMEOUT                 = IntSocketOption(77)
	XPUB_VERBOSER                     = IntSocketOption(78)
	CONNECT_TIMEOUT                   = IntSocketOption(79)
	TCP_MAXRT                         = IntSocketOption(80)
	THREAD_SAFE                       = IntSocketOption(81)
	MULTICAST_MAXTPDU                 = IntSocketOption(84)
	VMCI_BUFFER_SIZE                  = UInt64SocketOption(85)
	VMCI_BUFFER_MIN_SIZE              = UInt64SocketOption(86)
	VMCI_BUFFER_MAX_SIZE              = UInt64SocketOption(87)
	VMCI_CONNECT_TIMEOUT              = IntSocketOption(88)
	USE_FD                            = IntSocketOption(89)
	GSSAPI_PRINCIPAL_NAMETYPE         = IntSocketOption(90)
	GSSAPI_SERVICE_PRINCIPAL_NAMETYPE = IntSocketOption(91)
	BINDTODEVICE                      = StringSocketOption(92)
	// IPC_FILTER_PID, _UID and _GID (ZMQ_IPC_FILTER_PID, 4.1) are
	// deprecated in favour of ZAP; libzmq can only set them.
	IPC_FILTER_PID = IntSocketOption(58)
	IPC_FILTER_UID = IntSocketOption(59)
	IPC_FILTER_GID = IntSocketOption(60)
	// ROUTING_ID and CONNECT_ROUTING_ID are the new names (ZMQ_ROUTING_ID,
	// 4.2.3).
	ROUTING_ID         = IDENTITY
	CONNECT_ROUTING_ID = CONNECT_RID
)

// Draft socket options: only libzmq built with draft APIs (see
// Has("draft")) accepts them; others return EINVAL. The comment gives
// the first release that has each.
const (
	ZAP_ENFORCE_DOMAIN       = IntSocketOption(93)    // 4.2.3
	LOOPBACK_FASTPATH        = IntSocketOption(94)    // 4.2.4
	METADATA                 = StringSocketOption(95) // 4.2.4
	MULTICAST_LOOP           = IntSocketOption(96)    // 4.3.0
	ROUTER_NOTIFY            = IntSocketOption(97)    // 4.3.0
	XPUB_MANUAL_LAST_VALUE   = IntSocketOption(98)    // 4.3.2
	SOCKS_USERNAME           = StringSocketOption(99) // 4.3.2
	SOCKS_PASSWORD           = StringSocketOption(100)
	IN_BATCH_SIZE            = IntSocketOption(101)    // 4.3.2
	OUT_BATCH_SIZE           = IntSocketOption(102)    // 4.3.2
	WSS_KEY_PEM              = StringSocketOption(103) // 4.3.3
	WSS_CERT_PEM             = StringSocketOption(104)
	WSS_TRUST_PEM            = StringSocketOption(105)
	WSS_HOSTNAME             = StringSocketOption(106)
	WSS_TRUST_SYSTEM         = IntSocketOption(107)
	ONLY_FIRST_SUBSCRIBE     = IntSocketOption(108)    // 4.3.3
	RECONNECT_STOP           = IntSocketOption(109)    // 4.3.3
	HELLO_MSG                = StringSocketOption(110) // 4.3.3
	DISCONNECT_MSG           = StringSocketOption(111) // 4.3.3
	PRIORITY                 = IntSocketOption(112)    // 4.3.4
	BUSY_POLL                = IntSocketOption(113)    // 4.3.5
	HICCUP_MSG               = StringSocketOption(114) // 4.3.5
	XSUB_VERBOSE_UNSUBSCRIBE = IntSocketOption(115)    // 4.3.5
	TOPICS_COUNT             = IntSocketOption(116)    // 4.3.5
	NORM_MODE                = IntSocketOption(117)    // 4.3.5
	NORM_UNICAST_NACK        = IntSocketOption(118)
	NORM_BUFFER_SIZE         = IntSocketOption(119)
	NORM_SEGMENT_SIZE        = IntSocketOption(120)
	NORM_BLOCK_SIZE          = IntSocketOption(121)
	NORM_NUM_PARITY          = IntSocketOption(122)
	NORM_NUM_AUTOPARITY      = IntSocketOption(123)
	NORM_PUSH                = IntSocketOption(124)
)

// Values of draft socket options.
const (
	// ROUTER_NOTIFY bits.
	NOTIFY_CONNECT    = 1
	NOTIFY_DISCONNECT = 2
	// RECONNECT_STOP bits.
	RECONNECT_STOP_CONN_REFUSED     = 0x1
	RECONNECT_STOP_HANDSHAKE_FAILED = 0x2
	RECONNECT_STOP_AFTER_DISCONNECT = 0x4
	// NORM_MODE values.
	NORM_FIXED       = 0
	NORM_CC          = 1
	NORM_CCL         = 2
	NORM_CCE         = 3
	NORM_CCE_ECNONLY = 4
)

// RCVMORE reports whether more parts of a message follow. It is an
// untyped constant so that both gozmq spellings compile: the 2.x one,
// GetSockOptUInt64(RCVMORE), and the 3.x one, GetSockOptInt(RCVMORE).
// Either works on every release.
const RCVMORE = 13

// PollEvents is a set of poll event bits.
type PollEvents int16

// Poll events; the same numbers in every release.
const (
	POLLIN  = PollEvents(1)
	POLLOUT = PollEvents(2)
	POLLERR = PollEvents(4)
	// POLLPRI (ZMQ_POLLPRI, 4.2.0) only applies to plain file descriptors.
	POLLPRI = PollEvents(8)
)

// DeviceType selects the behaviour of Device.
type DeviceType int

// Device types.
const (
	STREAMER  = DeviceType(1)
	FORWARDER = DeviceType(2)
	QUEUE     = DeviceType(3)
)

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
