package zmq_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Compile-time check that the API of the cgo gozmq (alecthomas/gozmq:
// zmq.go, zmq_2_x.go, zmq_2_2.go, zmq_3_x.go, zmq_4_x.go, zmq_unix.go
// and the generated zmqgen_2_1.go, zmqgen_2_2.go, zmqgen_3_2.go,
// zmqgen_4_0.go) exists here with the same signatures, so that code
// written for any of its build flavours compiles unchanged. The comment
// after each line names the gozmq files that had it.
//
// Conflicts, where gozmq's flavours disagree and one signature had to
// win:
//   - (*Socket).SetHWM: uint64 in the 2.x flavour, int in 3.x/4.x; this
//     package takes uint64 (and sets SNDHWM and RCVHWM on 3.0+).
//   - RCVMORE: UInt64SocketOption in 2.x, IntSocketOption in 3.x/4.x;
//     here it is an untyped constant, so both uses compile.
//   - ZmqOsSocketType.ToRaw returned cgo's C.int (C.SOCKET on Windows).

// Functions and methods.
var (
	_ func(*zmq.Context)                                        = (*zmq.Context).Close                  // zmq.go
	_ func(*zmq.Context) (int, error)                           = (*zmq.Context).IOThreads              // zmq_2_x.go zmq_3_x.go
	_ func(*zmq.Context) (int, error)                           = (*zmq.Context).MaxSockets             // zmq_3_x.go
	_ func(*zmq.Context, zmq.SocketType) (*zmq.Socket, error)   = (*zmq.Context).NewSocket              // zmq.go
	_ func(*zmq.Context, int) error                             = (*zmq.Context).SetIOThreads           // zmq_2_x.go zmq_3_x.go
	_ func(*zmq.Context, int) error                             = (*zmq.Context).SetMaxSockets          // zmq_3_x.go
	_ func(*zmq.Socket) (uint64, error)                         = (*zmq.Socket).Affinity                // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                            = (*zmq.Socket).Backlog                 // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                           = (*zmq.Socket).Bind                    // zmq.go
	_ func(*zmq.Socket) error                                   = (*zmq.Socket).Close                   // zmq.go
	_ func(*zmq.Socket, string) error                           = (*zmq.Socket).Connect                 // zmq.go
	_ func(*zmq.Socket) (string, error)                         = (*zmq.Socket).CurvePublickey          // zmqgen_4_0.go
	_ func(*zmq.Socket) (string, error)                         = (*zmq.Socket).CurveSecretkey          // zmqgen_4_0.go
	_ func(*zmq.Socket) (string, error)                         = (*zmq.Socket).CurveServerkey          // zmqgen_4_0.go
	_ func(*zmq.Socket) (bool, error)                           = (*zmq.Socket).DelayAttachOnConnect    // zmqgen_3_2.go
	_ func(*zmq.Socket, string) error                           = (*zmq.Socket).Disconnect              // zmq_3_x.go
	_ func(*zmq.Socket) (uint64, error)                         = (*zmq.Socket).Events                  // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, zmq.BoolSocketOption) (bool, error)     = (*zmq.Socket).GetSockOptBool          // zmq.go
	_ func(*zmq.Socket, zmq.IntSocketOption) (int, error)       = (*zmq.Socket).GetSockOptInt           // zmq.go
	_ func(*zmq.Socket, zmq.Int64SocketOption) (int64, error)   = (*zmq.Socket).GetSockOptInt64         // zmq.go
	_ func(*zmq.Socket, zmq.StringSocketOption) (string, error) = (*zmq.Socket).GetSockOptString        // zmq.go
	_ func(*zmq.Socket, zmq.UInt64SocketOption) (uint64, error) = (*zmq.Socket).GetSockOptUInt64        // zmq.go
	_ func(*zmq.Socket) (uint64, error)                         = (*zmq.Socket).HWM                     // zmqgen_2_1.go zmqgen_2_2.go
	_ func(*zmq.Socket) (bool, error)                           = (*zmq.Socket).IPv4Only                // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (string, error)                         = (*zmq.Socket).Identity                // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (bool, error)                           = (*zmq.Socket).Immediate               // zmqgen_4_0.go
	_ func(*zmq.Socket) (bool, error)                           = (*zmq.Socket).Ipv6                    // zmqgen_4_0.go
	_ func(*zmq.Socket) (time.Duration, error)                  = (*zmq.Socket).Linger                  // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int64, error)                          = (*zmq.Socket).MaxMsgSize              // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (bool, error)                           = (*zmq.Socket).McastLoop               // zmqgen_2_1.go zmqgen_2_2.go
	_ func(*zmq.Socket) (int, error)                            = (*zmq.Socket).Mechanism               // zmqgen_4_0.go
	_ func(*zmq.Socket, string, zmq.Event) error                = (*zmq.Socket).Monitor                 // zmq_3_x.go
	_ func(*zmq.Socket) (string, error)                         = (*zmq.Socket).PlainPassword           // zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                            = (*zmq.Socket).PlainServer             // zmqgen_4_0.go
	_ func(*zmq.Socket) (string, error)                         = (*zmq.Socket).PlainUsername           // zmqgen_4_0.go
	_ func(*zmq.Socket) (int64, error)                          = (*zmq.Socket).Rate                    // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (uint64, error)                         = (*zmq.Socket).RcvBuf                  // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                            = (*zmq.Socket).RcvHWM                  // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (bool, error)                           = (*zmq.Socket).RcvMore                 // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (time.Duration, error)                  = (*zmq.Socket).RcvTimeout              // zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (time.Duration, error)                  = (*zmq.Socket).ReconnectIvl            // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (time.Duration, error)                  = (*zmq.Socket).ReconnectIvlMax         // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (time.Duration, error)                  = (*zmq.Socket).RecoveryIvl             // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, zmq.SendRecvOption) ([]byte, error)     = (*zmq.Socket).Recv                    // zmq_2_x.go zmq_3_x.go
	_ func(*zmq.Socket, zmq.SendRecvOption) ([][]byte, error)   = (*zmq.Socket).RecvMultipart           // zmq.go
	_ func(*zmq.Socket, []byte, zmq.SendRecvOption) error       = (*zmq.Socket).Send                    // zmq_2_x.go zmq_3_x.go
	_ func(*zmq.Socket, [][]byte, zmq.SendRecvOption) error     = (*zmq.Socket).SendMultipart           // zmq.go
	_ func(*zmq.Socket, uint64) error                           = (*zmq.Socket).SetAffinity             // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                              = (*zmq.Socket).SetBacklog              // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                             = (*zmq.Socket).SetConflate             // zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                           = (*zmq.Socket).SetCurvePublickey       // zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                           = (*zmq.Socket).SetCurveSecretkey       // zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                              = (*zmq.Socket).SetCurveServer          // zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                           = (*zmq.Socket).SetCurveServerkey       // zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                             = (*zmq.Socket).SetDelayAttachOnConnect // zmqgen_3_2.go
	// CONFLICT: gozmq 3.x: func(*zmq.Socket, int) error = (*zmq.Socket).SetHWM (zmq_3_x.go);
	// SetHWM keeps the 2.x uint64 signature below. Callers passing an
	// untyped constant compile with either; an int variable needs uint64(n).
	_ func(*zmq.Socket, uint64) error                         = (*zmq.Socket).SetHWM                // zmqgen_2_1.go zmqgen_2_2.go
	_ func(*zmq.Socket, bool) error                           = (*zmq.Socket).SetIPv4Only           // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetIdentity           // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                           = (*zmq.Socket).SetImmediate          // zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                           = (*zmq.Socket).SetIpv6               // zmqgen_4_0.go
	_ func(*zmq.Socket, time.Duration) error                  = (*zmq.Socket).SetLinger             // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int64) error                          = (*zmq.Socket).SetMaxMsgSize         // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                           = (*zmq.Socket).SetMcastLoop          // zmqgen_2_1.go zmqgen_2_2.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetPlainPassword      // zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetPlainServer        // zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetPlainUsername      // zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetProbeROUTER        // zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                           = (*zmq.Socket).SetROUTERMandatory    // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetROUTERRaw          // zmqgen_4_0.go
	_ func(*zmq.Socket, int64) error                          = (*zmq.Socket).SetRate               // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, uint64) error                         = (*zmq.Socket).SetRcvBuf             // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetRcvHWM             // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, time.Duration) error                  = (*zmq.Socket).SetRcvTimeout         // zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, time.Duration) error                  = (*zmq.Socket).SetReconnectIvl       // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, time.Duration) error                  = (*zmq.Socket).SetReconnectIvlMax    // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, time.Duration) error                  = (*zmq.Socket).SetRecoveryIvl        // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetReqCorrelate       // zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetReqRelaxed         // zmqgen_4_0.go
	_ func(*zmq.Socket, uint64) error                         = (*zmq.Socket).SetSndBuf             // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetSndHWM             // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, time.Duration) error                  = (*zmq.Socket).SetSndTimeout         // zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, zmq.IntSocketOption, int) error       = (*zmq.Socket).SetSockOptInt         // zmq.go
	_ func(*zmq.Socket, zmq.Int64SocketOption, int64) error   = (*zmq.Socket).SetSockOptInt64       // zmq.go
	_ func(*zmq.Socket, zmq.StringSocketOption, string) error = (*zmq.Socket).SetSockOptString      // zmq.go
	_ func(*zmq.Socket, zmq.StringSocketOption) error         = (*zmq.Socket).SetSockOptStringNil   // zmq.go
	_ func(*zmq.Socket, zmq.UInt64SocketOption, uint64) error = (*zmq.Socket).SetSockOptUInt64      // zmq.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetSubscribe          // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int64) error                          = (*zmq.Socket).SetSwap               // zmqgen_2_1.go zmqgen_2_2.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetTCPAcceptFilter    // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) error                                 = (*zmq.Socket).SetTCPAcceptFilterNil // zmq_3_x.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetTCPKeepalive       // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetTCPKeepaliveCnt    // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetTCPKeepaliveIdle   // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, int) error                            = (*zmq.Socket).SetTCPKeepaliveIntvl  // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetUnsubscribe        // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, bool) error                           = (*zmq.Socket).SetXPUBVerbose        // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket, string) error                         = (*zmq.Socket).SetZapDomain          // zmqgen_4_0.go
	_ func(*zmq.Socket) (uint64, error)                       = (*zmq.Socket).SndBuf                // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                          = (*zmq.Socket).SndHWM                // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (time.Duration, error)                = (*zmq.Socket).SndTimeout            // zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int64, error)                        = (*zmq.Socket).Swap                  // zmqgen_2_1.go zmqgen_2_2.go
	_ func(*zmq.Socket) (int, error)                          = (*zmq.Socket).TCPKeepalive          // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                          = (*zmq.Socket).TCPKeepaliveCnt       // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                          = (*zmq.Socket).TCPKeepaliveIdle      // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (int, error)                          = (*zmq.Socket).TCPKeepaliveIntvl     // zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (zmq.SocketType, error)               = (*zmq.Socket).Type                  // zmqgen_2_1.go zmqgen_2_2.go zmqgen_3_2.go zmqgen_4_0.go
	_ func(*zmq.Socket) (string, error)                       = (*zmq.Socket).ZapDomain             // zmqgen_4_0.go
	_ func(zmq.DeviceType, *zmq.Socket, *zmq.Socket) error    = zmq.Device                          // zmq.go
	_ func() (*zmq.Context, error)                            = zmq.NewContext                      // zmq.go
	_ func([]zmq.PollItem, time.Duration) (int, error)        = zmq.Poll                            // zmq.go
	_ func(*zmq.Socket, *zmq.Socket, *zmq.Socket) error       = zmq.Proxy                           // zmq_3_x.go
	_ func() (int, int, int)                                  = zmq.Version                         // zmq.go
	// gozmq: func(zmq.ZmqOsSocketType) C.int = zmq.ZmqOsSocketType.ToRaw (zmq_unix.go);
	// C.int cannot exist without cgo: ToRaw returns ZmqOsSocketType,
	// which converts to C.int in cgo callers.
	_ func(zmq.ZmqOsSocketType) zmq.ZmqOsSocketType = zmq.ZmqOsSocketType.ToRaw
)

// Types and constants, used the way gozmq's users used them.
var (
	_ zmq.SocketType = zmq.PAIR
	_ zmq.SocketType = zmq.PUB
	_ zmq.SocketType = zmq.SUB
	_ zmq.SocketType = zmq.REQ
	_ zmq.SocketType = zmq.REP
	_ zmq.SocketType = zmq.DEALER
	_ zmq.SocketType = zmq.ROUTER
	_ zmq.SocketType = zmq.PULL
	_ zmq.SocketType = zmq.PUSH
	_ zmq.SocketType = zmq.XPUB
	_ zmq.SocketType = zmq.XSUB
	_ zmq.SocketType = zmq.XREQ
	_ zmq.SocketType = zmq.XREP
	_ zmq.SocketType = zmq.UPSTREAM
	_ zmq.SocketType = zmq.DOWNSTREAM

	// zmq.go
	_ zmq.UInt64SocketOption = zmq.AFFINITY
	_ zmq.StringSocketOption = zmq.IDENTITY
	_ zmq.StringSocketOption = zmq.SUBSCRIBE
	_ zmq.StringSocketOption = zmq.UNSUBSCRIBE
	_ zmq.Int64SocketOption  = zmq.RATE
	_ zmq.Int64SocketOption  = zmq.RECOVERY_IVL
	_ zmq.UInt64SocketOption = zmq.SNDBUF
	_ zmq.UInt64SocketOption = zmq.RCVBUF
	_ zmq.Int64SocketOption  = zmq.FD
	_ zmq.UInt64SocketOption = zmq.EVENTS
	_ zmq.UInt64SocketOption = zmq.TYPE
	_ zmq.IntSocketOption    = zmq.LINGER
	_ zmq.IntSocketOption    = zmq.RECONNECT_IVL
	_ zmq.IntSocketOption    = zmq.RECONNECT_IVL_MAX
	_ zmq.IntSocketOption    = zmq.BACKLOG
	_ zmq.SendRecvOption     = zmq.SNDMORE

	// zmq_2_x.go
	_ zmq.UInt64SocketOption = zmq.RCVMORE
	_ zmq.Int64SocketOption  = zmq.RECOVERY_IVL_MSEC
	_ zmq.Int64SocketOption  = zmq.SWAP
	_ zmq.Int64SocketOption  = zmq.MCAST_LOOP
	_ zmq.UInt64SocketOption = zmq.HWM
	_ zmq.SendRecvOption     = zmq.NOBLOCK
	_ zmq.SendRecvOption     = zmq.DONTWAIT

	// zmq_2_2.go
	_ zmq.IntSocketOption = zmq.RCVTIMEO
	_ zmq.IntSocketOption = zmq.SNDTIMEO

	// zmq_3_x.go
	_ zmq.IntSocketOption    = zmq.RCVMORE
	_ zmq.IntSocketOption    = zmq.SNDHWM
	_ zmq.IntSocketOption    = zmq.RCVHWM
	_ zmq.IntSocketOption    = zmq.DELAY_ATTACH_ON_CONNECT
	_ zmq.BoolSocketOption   = zmq.FAIL_UNROUTABLE
	_ zmq.IntSocketOption    = zmq.IPV4ONLY
	_ zmq.Int64SocketOption  = zmq.MAXMSGSIZE
	_ zmq.IntSocketOption    = zmq.ROUTER_MANDATORY
	_ zmq.IntSocketOption    = zmq.TCP_KEEPALIVE
	_ zmq.IntSocketOption    = zmq.TCP_KEEPALIVE_CNT
	_ zmq.IntSocketOption    = zmq.TCP_KEEPALIVE_IDLE
	_ zmq.IntSocketOption    = zmq.TCP_KEEPALIVE_INTVL
	_ zmq.StringSocketOption = zmq.TCP_ACCEPT_FILTER
	_ zmq.IntSocketOption    = zmq.XPUB_VERBOSE
	_ zmq.MessageOption      = zmq.MORE
	_ zmq.Event              = zmq.EVENT_CONNECTED
	_ zmq.Event              = zmq.EVENT_CONNECT_DELAYED
	_ zmq.Event              = zmq.EVENT_CONNECT_RETRIED
	_ zmq.Event              = zmq.EVENT_LISTENING
	_ zmq.Event              = zmq.EVENT_BIND_FAILED
	_ zmq.Event              = zmq.EVENT_ACCEPTED
	_ zmq.Event              = zmq.EVENT_ACCEPT_FAILED
	_ zmq.Event              = zmq.EVENT_CLOSED
	_ zmq.Event              = zmq.EVENT_CLOSE_FAILED
	_ zmq.Event              = zmq.EVENT_DISCONNECTED
	_ zmq.Event              = zmq.EVENT_ALL

	// zmq_4_x.go
	_ zmq.IntSocketOption    = zmq.IPV6
	_ zmq.IntSocketOption    = zmq.IMMEDIATE
	_ zmq.IntSocketOption    = zmq.MECHANISM
	_ zmq.IntSocketOption    = zmq.PLAIN_SERVER
	_ zmq.StringSocketOption = zmq.PLAIN_USERNAME
	_ zmq.StringSocketOption = zmq.PLAIN_PASSWORD
	_ zmq.StringSocketOption = zmq.CURVE_PUBLICKEY
	_ zmq.StringSocketOption = zmq.CURVE_SECRETKEY
	_ zmq.StringSocketOption = zmq.CURVE_SERVERKEY
	_ zmq.StringSocketOption = zmq.ZAP_DOMAIN
	_ zmq.IntSocketOption    = zmq.ROUTER_RAW
	_ zmq.IntSocketOption    = zmq.PROBE_ROUTER
	_ zmq.IntSocketOption    = zmq.REQ_CORRELATE
	_ zmq.IntSocketOption    = zmq.REQ_RELAXED
	_ zmq.IntSocketOption    = zmq.CURVE_SERVER
	_ zmq.IntSocketOption    = zmq.CONFLATE

	_ zmq.PollEvents = zmq.POLLIN
	_ zmq.PollEvents = zmq.POLLOUT
	_ zmq.PollEvents = zmq.POLLERR
	_ zmq.DeviceType = zmq.STREAMER
	_ zmq.DeviceType = zmq.FORWARDER
	_ zmq.DeviceType = zmq.QUEUE

	// Errors are error values comparable with ==.
	_ error = zmq.ENOTSOCK
	_ error = zmq.EFSM
	_ error = zmq.EINVAL
	_ error = zmq.ENOCOMPATPROTO
	_ error = zmq.ETERM
	_ error = zmq.EMTHREAD

	// PollItem's fields and PollItems.
	_               = zmq.PollItem{Socket: (*zmq.Socket)(nil), Fd: zmq.ZmqOsSocketType(0), Events: zmq.POLLIN, REvents: zmq.PollEvents(0)}
	_ zmq.PollItems = []zmq.PollItem{}
)

// TestCompatGozmqIdioms runs code written the way gozmq's 2.x and 3.x
// users wrote it, which must compile and work against any release.
func TestCompatGozmqIdioms(t *testing.T) {
	ctx := newContext(t)
	ep := endpoint(t, "inproc")
	pull := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, pull.Bind(ep))
	push := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, push.SetHWM(1000)) // untyped: either flavour's SetHWM
	require.NoError(t, push.SetLinger(0))
	require.NoError(t, push.Connect(ep))
	sendWithin(t, push, []byte("a"), zmq.SNDMORE)
	sendWithin(t, push, []byte("b"), zmq.NOBLOCK)

	require.Equal(t, []byte("a"), recvWithin(t, pull))
	more2x, err := pull.GetSockOptUInt64(zmq.RCVMORE) // 2.x flavour
	require.NoError(t, err)
	more3x, err := pull.GetSockOptInt(zmq.RCVMORE) // 3.x flavour
	require.NoError(t, err)
	assert.Equal(t, uint64(1), more2x)
	assert.Equal(t, 1, more3x)
	require.Equal(t, []byte("b"), recvWithin(t, pull))

	typ, err := pull.GetSockOptUInt64(zmq.TYPE)
	require.NoError(t, err)
	assert.Equal(t, zmq.PULL, zmq.SocketType(typ))
	ev, err := pull.GetSockOptUInt64(zmq.EVENTS)
	require.NoError(t, err)
	assert.Zero(t, zmq.PollEvents(ev)&zmq.POLLIN, "nothing left to read")
	fd, err := pull.GetSockOptInt64(zmq.FD)
	require.NoError(t, err)
	assert.Positive(t, fd)
	raw, err := pull.Fd()
	require.NoError(t, err)
	assert.Equal(t, int64(raw.ToRaw()), fd)
}
