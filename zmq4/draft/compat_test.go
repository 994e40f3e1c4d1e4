package draft_test

import (
	"time"

	"github.com/gozmq/gozmq/zmq4/draft"
)

// Compile-time check that every exported name of
// github.com/pebbe/zmq4/draft (v1.4.0 and master) exists here with the
// same signature or type.

var _ time.Duration

// Functions and methods, with the exact signatures of pebbe/zmq4.
var (
	_ func(func(version, request_id, domain, address, identity, mechanism string, credentials ...string) (metadata map[string]string)) = draft.AuthSetMetadataHandler
	_ func() (*draft.Context, error)                                                                                                   = draft.NewContext
	_ func() (bool, error)                                                                                                             = draft.GetBlocky
	_ func() (bool, error)                                                                                                             = draft.GetIpv6
	_ func() (int, error)                                                                                                              = draft.GetIoThreads
	_ func() (int, error)                                                                                                              = draft.GetMaxMsgsz
	_ func() (int, error)                                                                                                              = draft.GetMaxSockets
	_ func() (int, int, int)                                                                                                           = draft.Version
	_ func() (string, string, error)                                                                                                   = draft.NewCurveKeypair
	_ func() *draft.Poller                                                                                                             = draft.NewPoller
	_ func() *draft.Reactor                                                                                                            = draft.NewReactor
	_ func()                                                                                                                           = draft.AuthStop
	_ func() bool                                                                                                                      = draft.GetRetryAfterEINTR
	_ func() bool                                                                                                                      = draft.HasCurve
	_ func() bool                                                                                                                      = draft.HasDraft
	_ func() bool                                                                                                                      = draft.HasGssapi
	_ func() bool                                                                                                                      = draft.HasIpc
	_ func() bool                                                                                                                      = draft.HasNorm
	_ func() bool                                                                                                                      = draft.HasPgm
	_ func() bool                                                                                                                      = draft.HasTipc
	_ func() error                                                                                                                     = draft.AuthStart
	_ func() error                                                                                                                     = draft.Term
	_ func(*draft.Context) (bool, error)                                                                                               = (*draft.Context).GetBlocky
	_ func(*draft.Context) (bool, error)                                                                                               = (*draft.Context).GetIpv6
	_ func(*draft.Context) (int, error)                                                                                                = (*draft.Context).GetIoThreads
	_ func(*draft.Context) (int, error)                                                                                                = (*draft.Context).GetMaxMsgsz
	_ func(*draft.Context) (int, error)                                                                                                = (*draft.Context).GetMaxSockets
	_ func(*draft.Context) bool                                                                                                        = (*draft.Context).GetRetryAfterEINTR
	_ func(*draft.Context) error                                                                                                       = (*draft.Context).Term
	_ func(*draft.Context, bool)                                                                                                       = (*draft.Context).SetRetryAfterEINTR
	_ func(*draft.Context, bool) error                                                                                                 = (*draft.Context).SetBlocky
	_ func(*draft.Context, bool) error                                                                                                 = (*draft.Context).SetIpv6
	_ func(*draft.Context, draft.Type) (*draft.Socket, error)                                                                          = (*draft.Context).NewSocket
	_ func(*draft.Context, int) error                                                                                                  = (*draft.Context).SetIoThreads
	_ func(*draft.Context, int) error                                                                                                  = (*draft.Context).SetMaxMsgsz
	_ func(*draft.Context, int) error                                                                                                  = (*draft.Context).SetMaxSockets
	_ func(*draft.Context, int) error                                                                                                  = (*draft.Context).SetThreadPriority
	_ func(*draft.Context, int) error                                                                                                  = (*draft.Context).SetThreadSchedPolicy
	_ func(*draft.Poller) string                                                                                                       = (*draft.Poller).String
	_ func(*draft.Poller, *draft.Socket) error                                                                                         = (*draft.Poller).RemoveBySocket
	_ func(*draft.Poller, *draft.Socket, draft.State) (draft.State, error)                                                             = (*draft.Poller).UpdateBySocket
	_ func(*draft.Poller, *draft.Socket, draft.State) int                                                                              = (*draft.Poller).Add
	_ func(*draft.Poller, int) error                                                                                                   = (*draft.Poller).Remove
	_ func(*draft.Poller, int, draft.State) (draft.State, error)                                                                       = (*draft.Poller).Update
	_ func(*draft.Poller, time.Duration) ([]draft.Polled, error)                                                                       = (*draft.Poller).Poll
	_ func(*draft.Poller, time.Duration) ([]draft.Polled, error)                                                                       = (*draft.Poller).PollAll
	_ func(*draft.Reactor, *draft.Socket)                                                                                              = (*draft.Reactor).RemoveSocket
	_ func(*draft.Reactor, *draft.Socket, draft.State, func(draft.State) error)                                                        = (*draft.Reactor).AddSocket
	_ func(*draft.Reactor, <-chan interface{}, int, func(interface{}) error) uint64                                                    = (*draft.Reactor).AddChannel
	_ func(*draft.Reactor, <-chan time.Time, int, func(interface{}) error) uint64                                                      = (*draft.Reactor).AddChannelTime
	_ func(*draft.Reactor, bool)                                                                                                       = (*draft.Reactor).SetVerbose
	_ func(*draft.Reactor, time.Duration) error                                                                                        = (*draft.Reactor).Run
	_ func(*draft.Reactor, uint64)                                                                                                     = (*draft.Reactor).RemoveChannel
	_ func(*draft.Socket) (*draft.Context, error)                                                                                      = (*draft.Socket).Context
	_ func(*draft.Socket) (bool, error)                                                                                                = (*draft.Socket).GetGssapiPlaintext
	_ func(*draft.Socket) (bool, error)                                                                                                = (*draft.Socket).GetGssapiServer
	_ func(*draft.Socket) (bool, error)                                                                                                = (*draft.Socket).GetImmediate
	_ func(*draft.Socket) (bool, error)                                                                                                = (*draft.Socket).GetIpv6
	_ func(*draft.Socket) (bool, error)                                                                                                = (*draft.Socket).GetRcvmore
	_ func(*draft.Socket) (bool, error)                                                                                                = (*draft.Socket).GetThreadSafe
	_ func(*draft.Socket) (draft.Mechanism, error)                                                                                     = (*draft.Socket).GetMechanism
	_ func(*draft.Socket) (draft.RouterNotifyOption, error)                                                                            = (*draft.Socket).GetRouterNotify
	_ func(*draft.Socket) (draft.State, error)                                                                                         = (*draft.Socket).GetEvents
	_ func(*draft.Socket) (draft.Type, error)                                                                                          = (*draft.Socket).GetType
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetBacklog
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetInvertMatching
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetMulticastHops
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetMulticastMaxtpdu
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetPlainServer
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetRate
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetRcvbuf
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetRcvhwm
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetSndbuf
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetSndhwm
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetTcpKeepalive
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetTcpKeepaliveCnt
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetTcpKeepaliveIdle
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetTcpKeepaliveIntvl
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).GetTos
	_ func(*draft.Socket) (int, error)                                                                                                 = (*draft.Socket).Getusefd
	_ func(*draft.Socket) (int64, error)                                                                                               = (*draft.Socket).GetMaxmsgsize
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetCurvePublickeyRaw
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetCurvePublickeykeyZ85
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetCurveSecretkeyRaw
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetCurveSecretkeyZ85
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetCurveServerkeyRaw
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetCurveServerkeyZ85
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetGssapiPrincipal
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetGssapiServicePrincipal
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetIdentity
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetLastEndpoint
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetPlainPassword
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetPlainUsername
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetSocksProxy
	_ func(*draft.Socket) (string, error)                                                                                              = (*draft.Socket).GetZapDomain
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetConnectTimeout
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetHandshakeIvl
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetLinger
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetRcvtimeo
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetReconnectIvl
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetReconnectIvlMax
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetRecoveryIvl
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetSndtimeo
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetTcpMaxrt
	_ func(*draft.Socket) (time.Duration, error)                                                                                       = (*draft.Socket).GetVmciConnectTimeout
	_ func(*draft.Socket) (uint64, error)                                                                                              = (*draft.Socket).GetAffinity
	_ func(*draft.Socket) (uint64, error)                                                                                              = (*draft.Socket).GetVmciBufferMaxSize
	_ func(*draft.Socket) (uint64, error)                                                                                              = (*draft.Socket).GetVmciBufferMinSize
	_ func(*draft.Socket) (uint64, error)                                                                                              = (*draft.Socket).GetVmciBufferSize
	_ func(*draft.Socket) error                                                                                                        = (*draft.Socket).Close
	_ func(*draft.Socket, *draft.Socket, *draft.Socket) error                                                                          = draft.Proxy
	_ func(*draft.Socket, *draft.Socket, *draft.Socket, *draft.Socket) error                                                           = draft.ProxySteerable
	_ func(*draft.Socket, ...interface{}) (int, error)                                                                                 = (*draft.Socket).SendMessage
	_ func(*draft.Socket, ...interface{}) (int, error)                                                                                 = (*draft.Socket).SendMessageDontwait
	_ func(*draft.Socket, []byte, draft.Flag, ...interface{}) (int, error)                                                             = (*draft.Socket).SendBytes
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetConflate
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetGssapiPlaintext
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetGssapiServer
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetImmediate
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetIpv6
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetRouterHandover
	_ func(*draft.Socket, bool) error                                                                                                  = (*draft.Socket).SetXpubNodrop
	_ func(*draft.Socket, draft.Flag) ([][]byte, error)                                                                                = (*draft.Socket).RecvMessageBytes
	_ func(*draft.Socket, draft.Flag) ([]byte, error)                                                                                  = (*draft.Socket).RecvBytes
	_ func(*draft.Socket, draft.Flag) ([]string, error)                                                                                = (*draft.Socket).RecvMessage
	_ func(*draft.Socket, draft.Flag) (draft.Event, string, int, error)                                                                = (*draft.Socket).RecvEvent
	_ func(*draft.Socket, draft.Flag) (string, error)                                                                                  = (*draft.Socket).Recv
	_ func(*draft.Socket, draft.Flag, ...interface{}) ([]byte, []interface{}, error)                                                   = (*draft.Socket).RecvBytesWithOpts
	_ func(*draft.Socket, draft.Flag, ...interface{}) (string, []interface{}, error)                                                   = (*draft.Socket).RecvWithOpts
	_ func(*draft.Socket, draft.Flag, ...string) ([][]byte, map[string]string, error)                                                  = (*draft.Socket).RecvMessageBytesWithMetadata
	_ func(*draft.Socket, draft.Flag, ...string) ([]byte, map[string]string, error)                                                    = (*draft.Socket).RecvBytesWithMetadata
	_ func(*draft.Socket, draft.Flag, ...string) ([]string, map[string]string, error)                                                  = (*draft.Socket).RecvMessageWithMetadata
	_ func(*draft.Socket, draft.Flag, ...string) (string, map[string]string, error)                                                    = (*draft.Socket).RecvWithMetadata
	_ func(*draft.Socket, draft.RouterNotifyOption) error                                                                              = (*draft.Socket).SetRouterNotify
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetBacklog
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetCurveServer
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetInvertMatching
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetMulticastHops
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetMulticastMaxtpdu
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetPlainServer
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetProbeRouter
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetRate
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetRcvbuf
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetRcvhwm
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetReqCorrelate
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetReqRelaxed
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetRouterMandatory
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetRouterRaw
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetSndbuf
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetSndhwm
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetStreamNotify
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetTcpKeepalive
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetTcpKeepaliveCnt
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetTcpKeepaliveIdle
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetTcpKeepaliveIntvl
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetTos
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetUseFd
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetXpubManual
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetXpubVerbose
	_ func(*draft.Socket, int) error                                                                                                   = (*draft.Socket).SetXpubVerboser
	_ func(*draft.Socket, int64) error                                                                                                 = (*draft.Socket).SetMaxmsgsize
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).Bind
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).Connect
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).Disconnect
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).Join
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).Leave
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).ServerAuthNull
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).ServerAuthPlain
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetConnectRid
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetCurvePublickey
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetCurveSecretkey
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetCurveServerkey
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetDisconnectMsg
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetGssapiPrincipal
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetGssapiServicePrincipal
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetHelloMsg
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetHiccupMsg
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetIdentity
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetPlainPassword
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetPlainUsername
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetSocksProxy
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetSubscribe
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetTcpAcceptFilter
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetUnsubscribe
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetXpubWelcomeMsg
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).SetZapDomain
	_ func(*draft.Socket, string) error                                                                                                = (*draft.Socket).Unbind
	_ func(*draft.Socket, string, draft.Event) error                                                                                   = (*draft.Socket).Monitor
	_ func(*draft.Socket, string, draft.Flag, ...interface{}) (int, error)                                                             = (*draft.Socket).Send
	_ func(*draft.Socket, string, string) error                                                                                        = (*draft.Socket).ClientAuthPlain
	_ func(*draft.Socket, string, string) error                                                                                        = (*draft.Socket).ServerAuthCurve
	_ func(*draft.Socket, string, string, string) error                                                                                = (*draft.Socket).ClientAuthCurve
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetConnectTimeout
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetHandshakeIvl
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetHeartbeatIvl
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetHeartbeatTimeout
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetHeartbeatTtl
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetLinger
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetRcvtimeo
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetReconnectIvl
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetReconnectIvlMax
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetRecoveryIvl
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetSndtimeo
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetTcpMaxrt
	_ func(*draft.Socket, time.Duration) error                                                                                         = (*draft.Socket).SetVmciConnectTimeout
	_ func(*draft.Socket, uint64) error                                                                                                = (*draft.Socket).SetAffinity
	_ func(*draft.Socket, uint64) error                                                                                                = (*draft.Socket).SetVmciBufferMaxSize
	_ func(*draft.Socket, uint64) error                                                                                                = (*draft.Socket).SetVmciBufferMinSize
	_ func(*draft.Socket, uint64) error                                                                                                = (*draft.Socket).SetVmciBufferSize
	_ func(bool)                                                                                                                       = draft.AuthSetVerbose
	_ func(bool)                                                                                                                       = draft.SetRetryAfterEINTR
	_ func(bool) error                                                                                                                 = draft.SetBlocky
	_ func(bool) error                                                                                                                 = draft.SetIpv6
	_ func(draft.Errno) string                                                                                                         = draft.Errno.Error
	_ func(draft.Event) string                                                                                                         = draft.Event.String
	_ func(draft.Flag) string                                                                                                          = draft.Flag.String
	_ func(draft.Mechanism) string                                                                                                     = draft.Mechanism.String
	// pebbe/zmq4's String has a value receiver; this one a pointer one, so
	// that a nil *Socket prints as closed instead of panicking.
	_ func(*draft.Socket) string              = (*draft.Socket).String
	_ func(draft.State) string                = draft.State.String
	_ func(draft.Type) (*draft.Socket, error) = draft.NewSocket
	_ func(draft.Type) string                 = draft.Type.String
	_ func(error) draft.Errno                 = draft.AsErrno
	_ func(int) error                         = draft.SetIoThreads
	_ func(int) error                         = draft.SetMaxMsgsz
	_ func(int) error                         = draft.SetMaxSockets
	_ func(int) error                         = draft.SetThreadPriority
	_ func(int) error                         = draft.SetThreadSchedPolicy
	_ func(int) string                        = draft.Error
	_ func(string) (string, error)            = draft.AuthCurvePublic
	_ func(string)                            = draft.AuthCurveRemoveAll
	_ func(string)                            = draft.AuthPlainRemoveAll
	_ func(string) string                     = draft.Z85decode
	_ func(string) string                     = draft.Z85encode
	_ func(string, ...string)                 = draft.AuthAllow
	_ func(string, ...string)                 = draft.AuthCurveAdd
	_ func(string, ...string)                 = draft.AuthCurveRemove
	_ func(string, ...string)                 = draft.AuthDeny
	_ func(string, ...string)                 = draft.AuthPlainRemove
	_ func(string, string) ([]byte, error)    = draft.AuthMetaBlob
	_ func(string, string, string)            = draft.AuthPlainAdd
)

// Constants, with their types.
var (
	_ draft.Type               = draft.CLIENT
	_ draft.Mechanism          = draft.CURVE
	_ string                   = draft.CURVE_ALLOW_ANY
	_ draft.Type               = draft.DEALER
	_ draft.Type               = draft.DGRAM
	_ draft.Type               = draft.DISH
	_ draft.Flag               = draft.DONTWAIT
	_ draft.Errno              = draft.EADDRINUSE
	_ draft.Errno              = draft.EADDRNOTAVAIL
	_ draft.Errno              = draft.EAFNOSUPPORT
	_ draft.Errno              = draft.ECONNABORTED
	_ draft.Errno              = draft.ECONNREFUSED
	_ draft.Errno              = draft.ECONNRESET
	_ draft.Errno              = draft.EFSM
	_ draft.Errno              = draft.EHOSTUNREACH
	_ draft.Errno              = draft.EINPROGRESS
	_ draft.Errno              = draft.EMSGSIZE
	_ draft.Errno              = draft.EMTHREAD
	_ draft.Errno              = draft.ENETDOWN
	_ draft.Errno              = draft.ENETRESET
	_ draft.Errno              = draft.ENETUNREACH
	_ draft.Errno              = draft.ENOBUFS
	_ draft.Errno              = draft.ENOCOMPATPROTO
	_ draft.Errno              = draft.ENOTCONN
	_ draft.Errno              = draft.ENOTSOCK
	_ draft.Errno              = draft.ENOTSUP
	_ draft.Errno              = draft.EPROTONOSUPPORT
	_ draft.Errno              = draft.ETERM
	_ draft.Errno              = draft.ETIMEDOUT
	_ draft.Event              = draft.EVENT_ACCEPTED
	_ draft.Event              = draft.EVENT_ACCEPT_FAILED
	_ draft.Event              = draft.EVENT_ALL
	_ draft.Event              = draft.EVENT_BIND_FAILED
	_ draft.Event              = draft.EVENT_CLOSED
	_ draft.Event              = draft.EVENT_CLOSE_FAILED
	_ draft.Event              = draft.EVENT_CONNECTED
	_ draft.Event              = draft.EVENT_CONNECT_DELAYED
	_ draft.Event              = draft.EVENT_CONNECT_RETRIED
	_ draft.Event              = draft.EVENT_DISCONNECTED
	_ draft.Event              = draft.EVENT_HANDSHAKE_FAILED_AUTH
	_ draft.Event              = draft.EVENT_HANDSHAKE_FAILED_NO_DETAIL
	_ draft.Event              = draft.EVENT_HANDSHAKE_FAILED_PROTOCOL
	_ draft.Event              = draft.EVENT_HANDSHAKE_SUCCEEDED
	_ draft.Event              = draft.EVENT_LISTENING
	_ draft.Event              = draft.EVENT_MONITOR_STOPPED
	_ draft.Type               = draft.GATHER
	_ draft.Mechanism          = draft.GSSAPI
	_ int                      = draft.IoThreadsDflt
	_ int                      = draft.MaxSocketsDflt
	_ draft.Mechanism          = draft.NULL
	_ draft.RouterNotifyOption = draft.NotifyConnect
	_ draft.RouterNotifyOption = draft.NotifyDisconnect
	_ draft.Type               = draft.PAIR
	_ draft.Mechanism          = draft.PLAIN
	_ draft.State              = draft.POLLIN
	_ draft.State              = draft.POLLOUT
	_ draft.Type               = draft.PUB
	_ draft.Type               = draft.PULL
	_ draft.Type               = draft.PUSH
	_ draft.Type               = draft.RADIO
	_ draft.Type               = draft.REP
	_ draft.Type               = draft.REQ
	_ draft.Type               = draft.ROUTER
	_ draft.Type               = draft.SCATTER
	_ draft.Type               = draft.SERVER
	_ draft.Flag               = draft.SNDMORE
	_ draft.Type               = draft.STREAM
	_ draft.Type               = draft.SUB
	_ draft.Type               = draft.XPUB
	_ draft.Type               = draft.XSUB
)

// Error values.
var (
	_ error = draft.ErrorContextClosed
	_ error = draft.ErrorMoreExpected
	_ error = draft.ErrorNoSocket
	_ error = draft.ErrorNotImplemented405
	_ error = draft.ErrorNotImplemented41
	_ error = draft.ErrorNotImplemented42
	_ error = draft.ErrorNotImplemented42draft
	_ error = draft.ErrorNotImplemented43
	_ error = draft.ErrorNotImplemented433
	_ error = draft.ErrorNotImplemented435
	_ error = draft.ErrorNotImplementedWindows
	_ error = draft.ErrorSocketClosed
)

// Types, and the fields of Polled.
var (
	_ *draft.Context
	_ *draft.Errno
	_ *draft.Event
	_ *draft.Flag
	_ *draft.Mechanism
	_ *draft.OptGroup
	_ *draft.OptRoutingId
	_ *draft.Polled
	_ *draft.Poller
	_ *draft.Reactor
	_ *draft.RouterNotifyOption
	_ *draft.Socket
	_ *draft.State
	_ *draft.Type
	_ = draft.Polled{Socket: (*draft.Socket)(nil), Events: draft.State(0)}
)
