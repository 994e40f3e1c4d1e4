package zmq4_test

import (
	"time"

	"github.com/gozmq/gozmq/zmq4"
)

// Compile-time check that every exported name of github.com/pebbe/zmq4
// (v1.4.0 and master: zmq4.go, socketget*.go, socketset.go, polling.go,
// reactor.go, auth.go, errors.go, utils.go, ctxoptions_unix.go) exists
// here with the same signature or type, so that a program written for
// it compiles with only its import path changed. GetFd returns int here
// as in pebbe's Unix build (uintptr on Windows, as there).

var _ time.Duration

// Functions and methods, with the exact signatures of pebbe/zmq4.
var (
	_ func(func(version, request_id, domain, address, identity, mechanism string, credentials ...string) (metadata map[string]string)) = zmq4.AuthSetMetadataHandler
	_ func() (*zmq4.Context, error)                                                                                                    = zmq4.NewContext
	_ func() (bool, error)                                                                                                             = zmq4.GetBlocky
	_ func() (bool, error)                                                                                                             = zmq4.GetIpv6
	_ func() (int, error)                                                                                                              = zmq4.GetIoThreads
	_ func() (int, error)                                                                                                              = zmq4.GetMaxMsgsz
	_ func() (int, error)                                                                                                              = zmq4.GetMaxSockets
	_ func() (int, int, int)                                                                                                           = zmq4.Version
	_ func() (string, string, error)                                                                                                   = zmq4.NewCurveKeypair
	_ func() *zmq4.Poller                                                                                                              = zmq4.NewPoller
	_ func() *zmq4.Reactor                                                                                                             = zmq4.NewReactor
	_ func()                                                                                                                           = zmq4.AuthStop
	_ func() bool                                                                                                                      = zmq4.GetRetryAfterEINTR
	_ func() bool                                                                                                                      = zmq4.HasCurve
	_ func() bool                                                                                                                      = zmq4.HasGssapi
	_ func() bool                                                                                                                      = zmq4.HasIpc
	_ func() bool                                                                                                                      = zmq4.HasNorm
	_ func() bool                                                                                                                      = zmq4.HasPgm
	_ func() bool                                                                                                                      = zmq4.HasTipc
	_ func() error                                                                                                                     = zmq4.AuthStart
	_ func() error                                                                                                                     = zmq4.Term
	_ func(*zmq4.Context) (bool, error)                                                                                                = (*zmq4.Context).GetBlocky
	_ func(*zmq4.Context) (bool, error)                                                                                                = (*zmq4.Context).GetIpv6
	_ func(*zmq4.Context) (int, error)                                                                                                 = (*zmq4.Context).GetIoThreads
	_ func(*zmq4.Context) (int, error)                                                                                                 = (*zmq4.Context).GetMaxMsgsz
	_ func(*zmq4.Context) (int, error)                                                                                                 = (*zmq4.Context).GetMaxSockets
	_ func(*zmq4.Context) bool                                                                                                         = (*zmq4.Context).GetRetryAfterEINTR
	_ func(*zmq4.Context) error                                                                                                        = (*zmq4.Context).Term
	_ func(*zmq4.Context, bool)                                                                                                        = (*zmq4.Context).SetRetryAfterEINTR
	_ func(*zmq4.Context, bool) error                                                                                                  = (*zmq4.Context).SetBlocky
	_ func(*zmq4.Context, bool) error                                                                                                  = (*zmq4.Context).SetIpv6
	_ func(*zmq4.Context, int) error                                                                                                   = (*zmq4.Context).SetIoThreads
	_ func(*zmq4.Context, int) error                                                                                                   = (*zmq4.Context).SetMaxMsgsz
	_ func(*zmq4.Context, int) error                                                                                                   = (*zmq4.Context).SetMaxSockets
	_ func(*zmq4.Context, int) error                                                                                                   = (*zmq4.Context).SetThreadPriority
	_ func(*zmq4.Context, int) error                                                                                                   = (*zmq4.Context).SetThreadSchedPolicy
	_ func(*zmq4.Context, zmq4.Type) (*zmq4.Socket, error)                                                                             = (*zmq4.Context).NewSocket
	_ func(*zmq4.Poller) string                                                                                                        = (*zmq4.Poller).String
	_ func(*zmq4.Poller, *zmq4.Socket) error                                                                                           = (*zmq4.Poller).RemoveBySocket
	_ func(*zmq4.Poller, *zmq4.Socket, zmq4.State) (zmq4.State, error)                                                                 = (*zmq4.Poller).UpdateBySocket
	_ func(*zmq4.Poller, *zmq4.Socket, zmq4.State) int                                                                                 = (*zmq4.Poller).Add
	_ func(*zmq4.Poller, int) error                                                                                                    = (*zmq4.Poller).Remove
	_ func(*zmq4.Poller, int, zmq4.State) (zmq4.State, error)                                                                          = (*zmq4.Poller).Update
	_ func(*zmq4.Poller, time.Duration) ([]zmq4.Polled, error)                                                                         = (*zmq4.Poller).Poll
	_ func(*zmq4.Poller, time.Duration) ([]zmq4.Polled, error)                                                                         = (*zmq4.Poller).PollAll
	_ func(*zmq4.Reactor, *zmq4.Socket)                                                                                                = (*zmq4.Reactor).RemoveSocket
	_ func(*zmq4.Reactor, *zmq4.Socket, zmq4.State, func(zmq4.State) error)                                                            = (*zmq4.Reactor).AddSocket
	_ func(*zmq4.Reactor, <-chan interface{}, int, func(interface{}) error) uint64                                                     = (*zmq4.Reactor).AddChannel
	_ func(*zmq4.Reactor, <-chan time.Time, int, func(interface{}) error) uint64                                                       = (*zmq4.Reactor).AddChannelTime
	_ func(*zmq4.Reactor, bool)                                                                                                        = (*zmq4.Reactor).SetVerbose
	_ func(*zmq4.Reactor, time.Duration) error                                                                                         = (*zmq4.Reactor).Run
	_ func(*zmq4.Reactor, uint64)                                                                                                      = (*zmq4.Reactor).RemoveChannel
	_ func(*zmq4.Socket) (*zmq4.Context, error)                                                                                        = (*zmq4.Socket).Context
	_ func(*zmq4.Socket) (bool, error)                                                                                                 = (*zmq4.Socket).GetGssapiPlaintext
	_ func(*zmq4.Socket) (bool, error)                                                                                                 = (*zmq4.Socket).GetGssapiServer
	_ func(*zmq4.Socket) (bool, error)                                                                                                 = (*zmq4.Socket).GetImmediate
	_ func(*zmq4.Socket) (bool, error)                                                                                                 = (*zmq4.Socket).GetIpv6
	_ func(*zmq4.Socket) (bool, error)                                                                                                 = (*zmq4.Socket).GetRcvmore
	_ func(*zmq4.Socket) (bool, error)                                                                                                 = (*zmq4.Socket).GetThreadSafe
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetBacklog
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetInvertMatching
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetMulticastHops
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetMulticastMaxtpdu
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetPlainServer
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetRate
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetRcvbuf
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetRcvhwm
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetSndbuf
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetSndhwm
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetTcpKeepalive
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetTcpKeepaliveCnt
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetTcpKeepaliveIdle
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetTcpKeepaliveIntvl
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).GetTos
	_ func(*zmq4.Socket) (int, error)                                                                                                  = (*zmq4.Socket).Getusefd
	_ func(*zmq4.Socket) (int64, error)                                                                                                = (*zmq4.Socket).GetMaxmsgsize
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetCurvePublickeyRaw
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetCurvePublickeykeyZ85
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetCurveSecretkeyRaw
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetCurveSecretkeyZ85
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetCurveServerkeyRaw
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetCurveServerkeyZ85
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetGssapiPrincipal
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetGssapiServicePrincipal
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetIdentity
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetLastEndpoint
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetPlainPassword
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetPlainUsername
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetSocksProxy
	_ func(*zmq4.Socket) (string, error)                                                                                               = (*zmq4.Socket).GetZapDomain
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetConnectTimeout
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetHandshakeIvl
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetLinger
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetRcvtimeo
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetReconnectIvl
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetReconnectIvlMax
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetRecoveryIvl
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetSndtimeo
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetTcpMaxrt
	_ func(*zmq4.Socket) (time.Duration, error)                                                                                        = (*zmq4.Socket).GetVmciConnectTimeout
	_ func(*zmq4.Socket) (uint64, error)                                                                                               = (*zmq4.Socket).GetAffinity
	_ func(*zmq4.Socket) (uint64, error)                                                                                               = (*zmq4.Socket).GetVmciBufferMaxSize
	_ func(*zmq4.Socket) (uint64, error)                                                                                               = (*zmq4.Socket).GetVmciBufferMinSize
	_ func(*zmq4.Socket) (uint64, error)                                                                                               = (*zmq4.Socket).GetVmciBufferSize
	_ func(*zmq4.Socket) (zmq4.Mechanism, error)                                                                                       = (*zmq4.Socket).GetMechanism
	_ func(*zmq4.Socket) (zmq4.State, error)                                                                                           = (*zmq4.Socket).GetEvents
	_ func(*zmq4.Socket) (zmq4.Type, error)                                                                                            = (*zmq4.Socket).GetType
	_ func(*zmq4.Socket) error                                                                                                         = (*zmq4.Socket).Close
	_ func(*zmq4.Socket, *zmq4.Socket, *zmq4.Socket) error                                                                             = zmq4.Proxy
	_ func(*zmq4.Socket, *zmq4.Socket, *zmq4.Socket, *zmq4.Socket) error                                                               = zmq4.ProxySteerable
	_ func(*zmq4.Socket, ...interface{}) (int, error)                                                                                  = (*zmq4.Socket).SendMessage
	_ func(*zmq4.Socket, ...interface{}) (int, error)                                                                                  = (*zmq4.Socket).SendMessageDontwait
	_ func(*zmq4.Socket, []byte, zmq4.Flag) (int, error)                                                                               = (*zmq4.Socket).SendBytes
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetConflate
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetGssapiPlaintext
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetGssapiServer
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetImmediate
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetIpv6
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetRouterHandover
	_ func(*zmq4.Socket, bool) error                                                                                                   = (*zmq4.Socket).SetXpubNodrop
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetBacklog
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetCurveServer
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetInvertMatching
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetMulticastHops
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetMulticastMaxtpdu
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetPlainServer
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetProbeRouter
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetRate
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetRcvbuf
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetRcvhwm
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetReqCorrelate
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetReqRelaxed
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetRouterMandatory
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetRouterRaw
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetSndbuf
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetSndhwm
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetStreamNotify
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetTcpKeepalive
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetTcpKeepaliveCnt
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetTcpKeepaliveIdle
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetTcpKeepaliveIntvl
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetTos
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetUseFd
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetXpubManual
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetXpubVerbose
	_ func(*zmq4.Socket, int) error                                                                                                    = (*zmq4.Socket).SetXpubVerboser
	_ func(*zmq4.Socket, int64) error                                                                                                  = (*zmq4.Socket).SetMaxmsgsize
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).Bind
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).Connect
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).Disconnect
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).ServerAuthNull
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).ServerAuthPlain
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetConnectRid
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetCurvePublickey
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetCurveSecretkey
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetCurveServerkey
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetGssapiPrincipal
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetGssapiServicePrincipal
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetIdentity
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetPlainPassword
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetPlainUsername
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetSocksProxy
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetSubscribe
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetTcpAcceptFilter
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetUnsubscribe
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetXpubWelcomeMsg
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).SetZapDomain
	_ func(*zmq4.Socket, string) error                                                                                                 = (*zmq4.Socket).Unbind
	_ func(*zmq4.Socket, string, string) error                                                                                         = (*zmq4.Socket).ClientAuthPlain
	_ func(*zmq4.Socket, string, string) error                                                                                         = (*zmq4.Socket).ServerAuthCurve
	_ func(*zmq4.Socket, string, string, string) error                                                                                 = (*zmq4.Socket).ClientAuthCurve
	_ func(*zmq4.Socket, string, zmq4.Event) error                                                                                     = (*zmq4.Socket).Monitor
	_ func(*zmq4.Socket, string, zmq4.Flag) (int, error)                                                                               = (*zmq4.Socket).Send
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetConnectTimeout
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetHandshakeIvl
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetHeartbeatIvl
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetHeartbeatTimeout
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetHeartbeatTtl
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetLinger
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetRcvtimeo
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetReconnectIvl
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetReconnectIvlMax
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetRecoveryIvl
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetSndtimeo
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetTcpMaxrt
	_ func(*zmq4.Socket, time.Duration) error                                                                                          = (*zmq4.Socket).SetVmciConnectTimeout
	_ func(*zmq4.Socket, uint64) error                                                                                                 = (*zmq4.Socket).SetAffinity
	_ func(*zmq4.Socket, uint64) error                                                                                                 = (*zmq4.Socket).SetVmciBufferMaxSize
	_ func(*zmq4.Socket, uint64) error                                                                                                 = (*zmq4.Socket).SetVmciBufferMinSize
	_ func(*zmq4.Socket, uint64) error                                                                                                 = (*zmq4.Socket).SetVmciBufferSize
	_ func(*zmq4.Socket, zmq4.Flag) ([][]byte, error)                                                                                  = (*zmq4.Socket).RecvMessageBytes
	_ func(*zmq4.Socket, zmq4.Flag) ([]byte, error)                                                                                    = (*zmq4.Socket).RecvBytes
	_ func(*zmq4.Socket, zmq4.Flag) ([]string, error)                                                                                  = (*zmq4.Socket).RecvMessage
	_ func(*zmq4.Socket, zmq4.Flag) (string, error)                                                                                    = (*zmq4.Socket).Recv
	_ func(*zmq4.Socket, zmq4.Flag) (zmq4.Event, string, int, error)                                                                   = (*zmq4.Socket).RecvEvent
	_ func(*zmq4.Socket, zmq4.Flag, ...string) ([][]byte, map[string]string, error)                                                    = (*zmq4.Socket).RecvMessageBytesWithMetadata
	_ func(*zmq4.Socket, zmq4.Flag, ...string) ([]byte, map[string]string, error)                                                      = (*zmq4.Socket).RecvBytesWithMetadata
	_ func(*zmq4.Socket, zmq4.Flag, ...string) ([]string, map[string]string, error)                                                    = (*zmq4.Socket).RecvMessageWithMetadata
	_ func(*zmq4.Socket, zmq4.Flag, ...string) (string, map[string]string, error)                                                      = (*zmq4.Socket).RecvWithMetadata
	_ func(bool)                                                                                                                       = zmq4.AuthSetVerbose
	_ func(bool)                                                                                                                       = zmq4.SetRetryAfterEINTR
	_ func(bool) error                                                                                                                 = zmq4.SetBlocky
	_ func(bool) error                                                                                                                 = zmq4.SetIpv6
	_ func(error) zmq4.Errno                                                                                                           = zmq4.AsErrno
	_ func(int) error                                                                                                                  = zmq4.SetIoThreads
	_ func(int) error                                                                                                                  = zmq4.SetMaxMsgsz
	_ func(int) error                                                                                                                  = zmq4.SetMaxSockets
	_ func(int) error                                                                                                                  = zmq4.SetThreadPriority
	_ func(int) error                                                                                                                  = zmq4.SetThreadSchedPolicy
	_ func(int) string                                                                                                                 = zmq4.Error
	_ func(string) (string, error)                                                                                                     = zmq4.AuthCurvePublic
	_ func(string)                                                                                                                     = zmq4.AuthCurveRemoveAll
	_ func(string)                                                                                                                     = zmq4.AuthPlainRemoveAll
	_ func(string) string                                                                                                              = zmq4.Z85decode
	_ func(string) string                                                                                                              = zmq4.Z85encode
	_ func(string, ...string)                                                                                                          = zmq4.AuthAllow
	_ func(string, ...string)                                                                                                          = zmq4.AuthCurveAdd
	_ func(string, ...string)                                                                                                          = zmq4.AuthCurveRemove
	_ func(string, ...string)                                                                                                          = zmq4.AuthDeny
	_ func(string, ...string)                                                                                                          = zmq4.AuthPlainRemove
	_ func(string, string) ([]byte, error)                                                                                             = zmq4.AuthMetaBlob
	_ func(string, string, string)                                                                                                     = zmq4.AuthPlainAdd
	_ func(zmq4.Errno) string                                                                                                          = zmq4.Errno.Error
	_ func(zmq4.Event) string                                                                                                          = zmq4.Event.String
	_ func(zmq4.Flag) string                                                                                                           = zmq4.Flag.String
	_ func(zmq4.Mechanism) string                                                                                                      = zmq4.Mechanism.String
	// pebbe/zmq4's String has a value receiver; this one a pointer one, so
	// that a nil *Socket prints as closed instead of panicking.
	_ func(*zmq4.Socket) string             = (*zmq4.Socket).String
	_ func(zmq4.State) string               = zmq4.State.String
	_ func(zmq4.Type) (*zmq4.Socket, error) = zmq4.NewSocket
	_ func(zmq4.Type) string                = zmq4.Type.String
)

// Constants, with their types.
var (
	_ zmq4.Mechanism = zmq4.CURVE
	_ string         = zmq4.CURVE_ALLOW_ANY
	_ zmq4.Type      = zmq4.DEALER
	_ zmq4.Flag      = zmq4.DONTWAIT
	_ zmq4.Errno     = zmq4.EADDRINUSE
	_ zmq4.Errno     = zmq4.EADDRNOTAVAIL
	_ zmq4.Errno     = zmq4.EAFNOSUPPORT
	_ zmq4.Errno     = zmq4.ECONNABORTED
	_ zmq4.Errno     = zmq4.ECONNREFUSED
	_ zmq4.Errno     = zmq4.ECONNRESET
	_ zmq4.Errno     = zmq4.EFSM
	_ zmq4.Errno     = zmq4.EHOSTUNREACH
	_ zmq4.Errno     = zmq4.EINPROGRESS
	_ zmq4.Errno     = zmq4.EMSGSIZE
	_ zmq4.Errno     = zmq4.EMTHREAD
	_ zmq4.Errno     = zmq4.ENETDOWN
	_ zmq4.Errno     = zmq4.ENETRESET
	_ zmq4.Errno     = zmq4.ENETUNREACH
	_ zmq4.Errno     = zmq4.ENOBUFS
	_ zmq4.Errno     = zmq4.ENOCOMPATPROTO
	_ zmq4.Errno     = zmq4.ENOTCONN
	_ zmq4.Errno     = zmq4.ENOTSOCK
	_ zmq4.Errno     = zmq4.ENOTSUP
	_ zmq4.Errno     = zmq4.EPROTONOSUPPORT
	_ zmq4.Errno     = zmq4.ETERM
	_ zmq4.Errno     = zmq4.ETIMEDOUT
	_ zmq4.Event     = zmq4.EVENT_ACCEPTED
	_ zmq4.Event     = zmq4.EVENT_ACCEPT_FAILED
	_ zmq4.Event     = zmq4.EVENT_ALL
	_ zmq4.Event     = zmq4.EVENT_BIND_FAILED
	_ zmq4.Event     = zmq4.EVENT_CLOSED
	_ zmq4.Event     = zmq4.EVENT_CLOSE_FAILED
	_ zmq4.Event     = zmq4.EVENT_CONNECTED
	_ zmq4.Event     = zmq4.EVENT_CONNECT_DELAYED
	_ zmq4.Event     = zmq4.EVENT_CONNECT_RETRIED
	_ zmq4.Event     = zmq4.EVENT_DISCONNECTED
	_ zmq4.Event     = zmq4.EVENT_HANDSHAKE_FAILED_AUTH
	_ zmq4.Event     = zmq4.EVENT_HANDSHAKE_FAILED_NO_DETAIL
	_ zmq4.Event     = zmq4.EVENT_HANDSHAKE_FAILED_PROTOCOL
	_ zmq4.Event     = zmq4.EVENT_HANDSHAKE_SUCCEEDED
	_ zmq4.Event     = zmq4.EVENT_LISTENING
	_ zmq4.Event     = zmq4.EVENT_MONITOR_STOPPED
	_ zmq4.Mechanism = zmq4.GSSAPI
	_ int            = zmq4.IoThreadsDflt
	_ int            = zmq4.MaxSocketsDflt
	_ zmq4.Mechanism = zmq4.NULL
	_ zmq4.Type      = zmq4.PAIR
	_ zmq4.Mechanism = zmq4.PLAIN
	_ zmq4.State     = zmq4.POLLIN
	_ zmq4.State     = zmq4.POLLOUT
	_ zmq4.Type      = zmq4.PUB
	_ zmq4.Type      = zmq4.PULL
	_ zmq4.Type      = zmq4.PUSH
	_ zmq4.Type      = zmq4.REP
	_ zmq4.Type      = zmq4.REQ
	_ zmq4.Type      = zmq4.ROUTER
	_ zmq4.Flag      = zmq4.SNDMORE
	_ zmq4.Type      = zmq4.STREAM
	_ zmq4.Type      = zmq4.SUB
	_ zmq4.Type      = zmq4.XPUB
	_ zmq4.Type      = zmq4.XSUB
)

// Error values.
var (
	_ error = zmq4.ErrorContextClosed
	_ error = zmq4.ErrorMoreExpected
	_ error = zmq4.ErrorNoSocket
	_ error = zmq4.ErrorNotImplemented405
	_ error = zmq4.ErrorNotImplemented41
	_ error = zmq4.ErrorNotImplemented42
	_ error = zmq4.ErrorNotImplementedWindows
	_ error = zmq4.ErrorSocketClosed
)

// Types, and the fields of Polled.
var (
	_ *zmq4.Context
	_ *zmq4.Errno
	_ *zmq4.Event
	_ *zmq4.Flag
	_ *zmq4.Mechanism
	_ *zmq4.Polled
	_ *zmq4.Poller
	_ *zmq4.Reactor
	_ *zmq4.Socket
	_ *zmq4.State
	_ *zmq4.Type
	_ = zmq4.Polled{Socket: (*zmq4.Socket)(nil), Events: zmq4.State(0)}
)
