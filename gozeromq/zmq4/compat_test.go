package zmq4_test

import (
	"context"
	"io"
	"log"
	"net"
	"time"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/null"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/plain"
	"github.com/gozmq/gozmq/gozeromq/zmq4/transport"
)

// Compile-time check that every exported name of github.com/go-zeromq/zmq4
// (v0.17.0 and master 826b120: the package, security/null, security/plain
// and transport) exists here with the same signature, type or value
// type, so that a program written for it compiles with only its import
// paths changed.

// Functions, with go-zeromq's exact signatures.
var (
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewDealer
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewPair
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewPub
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewPull
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewPush
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewRep
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewReq
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewRouter
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewSub
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewXPub
	_ func(context.Context, ...zmq4.Option) zmq4.Socket = zmq4.NewXSub

	_ func(context.Context, zmq4.Socket, zmq4.Socket, zmq4.Socket) *zmq4.Proxy = zmq4.NewProxy
	_ func() *zmq4.Queue                                                       = zmq4.NewQueue

	_ func([]byte) zmq4.Msg                       = zmq4.NewMsg
	_ func(...[]byte) zmq4.Msg                    = zmq4.NewMsgFrom
	_ func([]string) zmq4.Msg                     = zmq4.NewMsgFromString
	_ func(string) zmq4.Msg                       = zmq4.NewMsgString
	_ func(zmq4.Msg) []byte                       = zmq4.Msg.Bytes
	_ func(zmq4.Msg) zmq4.Msg                     = zmq4.Msg.Clone
	_ func(zmq4.Msg) error                        = zmq4.Msg.Err
	_ func(zmq4.Msg) string                       = zmq4.Msg.String
	_ func(zmq4.SocketIdentity) string            = zmq4.SocketIdentity.String
	_ func(zmq4.SocketType, zmq4.SocketType) bool = zmq4.SocketType.IsCompatible
	_ func(zmq4.UnknownTransportError) string     = zmq4.UnknownTransportError.Error

	_ func(bool) zmq4.Option                = zmq4.WithAutomaticReconnect
	_ func(int) zmq4.Option                 = zmq4.WithDialerMaxRetries
	_ func(time.Duration) zmq4.Option       = zmq4.WithDialerRetry
	_ func(time.Duration) zmq4.Option       = zmq4.WithDialerTimeout
	_ func(zmq4.SocketIdentity) zmq4.Option = zmq4.WithID
	_ func(*log.Logger) zmq4.Option         = zmq4.WithLogger
	_ func(zmq4.Security) zmq4.Option       = zmq4.WithSecurity
	_ func(time.Duration) zmq4.Option       = zmq4.WithTimeout

	_ func(net.Conn, zmq4.Security, zmq4.SocketType, zmq4.SocketIdentity, bool, func(c *zmq4.Conn)) (*zmq4.Conn, error) = zmq4.Open
	_ func(string, transport.Transport) error                                                                           = zmq4.RegisterTransport
	_ func() []string                                                                                                   = zmq4.Transports

	_ func(*zmq4.Conn) error                 = (*zmq4.Conn).Close
	_ func(*zmq4.Conn) bool                  = (*zmq4.Conn).Closed
	_ func(*zmq4.Conn, []byte) (int, error)  = (*zmq4.Conn).Read
	_ func(*zmq4.Conn) (zmq4.Cmd, error)     = (*zmq4.Conn).RecvCmd
	_ func(*zmq4.Conn) (zmq4.Msg, error)     = (*zmq4.Conn).RecvMsg
	_ func(*zmq4.Conn, string, []byte) error = (*zmq4.Conn).SendCmd
	_ func(*zmq4.Conn, zmq4.Msg) error       = (*zmq4.Conn).SendMsg
	_ func(*zmq4.Conn)                       = (*zmq4.Conn).SetClosed
	_ func(*zmq4.Conn, []byte) (int, error)  = (*zmq4.Conn).Write

	_ func(zmq4.Metadata) ([]byte, error)       = zmq4.Metadata.MarshalZMTP
	_ func(*zmq4.Metadata, []byte) error        = (*zmq4.Metadata).UnmarshalZMTP
	_ func(zmq4.Property, []byte) (int, error)  = zmq4.Property.Read
	_ func(*zmq4.Property, []byte) (int, error) = (*zmq4.Property).Write

	_ func(*zmq4.Proxy)       = (*zmq4.Proxy).Kill
	_ func(*zmq4.Proxy)       = (*zmq4.Proxy).Pause
	_ func(*zmq4.Proxy)       = (*zmq4.Proxy).Resume
	_ func(*zmq4.Proxy) error = (*zmq4.Proxy).Run
	_ func(*zmq4.Proxy)       = (*zmq4.Proxy).Stats

	_ func(*zmq4.Queue)                  = (*zmq4.Queue).Init
	_ func(*zmq4.Queue) int              = (*zmq4.Queue).Len
	_ func(*zmq4.Queue) (zmq4.Msg, bool) = (*zmq4.Queue).Peek
	_ func(*zmq4.Queue)                  = (*zmq4.Queue).Pop
	_ func(*zmq4.Queue, zmq4.Msg)        = (*zmq4.Queue).Push

	_ func() zmq4.Security               = null.Security
	_ func(string, string) zmq4.Security = plain.Security
	_ func(string) transport.Transport   = transport.New
)

// The interfaces, method by method.
var (
	_ func(zmq4.Socket) error                                                                = zmq4.Socket.Close
	_ func(zmq4.Socket, zmq4.Msg) error                                                      = zmq4.Socket.Send
	_ func(zmq4.Socket, zmq4.Msg) error                                                      = zmq4.Socket.SendMulti
	_ func(zmq4.Socket) (zmq4.Msg, error)                                                    = zmq4.Socket.Recv
	_ func(zmq4.Socket, string) error                                                        = zmq4.Socket.Listen
	_ func(zmq4.Socket, string) error                                                        = zmq4.Socket.Dial
	_ func(zmq4.Socket) zmq4.SocketType                                                      = zmq4.Socket.Type
	_ func(zmq4.Socket) net.Addr                                                             = zmq4.Socket.Addr
	_ func(zmq4.Socket, string) (interface{}, error)                                         = zmq4.Socket.GetOption
	_ func(zmq4.Socket, string, interface{}) error                                           = zmq4.Socket.SetOption
	_ func(zmq4.Security) zmq4.SecurityType                                                  = zmq4.Security.Type
	_ func(zmq4.Security, *zmq4.Conn, bool) error                                            = zmq4.Security.Handshake
	_ func(zmq4.Security, io.Writer, []byte) (int, error)                                    = zmq4.Security.Encrypt
	_ func(zmq4.Security, io.Writer, []byte) (int, error)                                    = zmq4.Security.Decrypt
	_ func(zmq4.Topics) []string                                                             = zmq4.Topics.Topics
	_ func(transport.Transport, context.Context, transport.Dialer, string) (net.Conn, error) = transport.Transport.Dial
	_ func(transport.Transport, context.Context, string) (net.Listener, error)               = transport.Transport.Listen
	_ func(transport.Transport, string) (string, error)                                      = transport.Transport.Addr
	_ func(transport.Dialer, context.Context, string, string) (net.Conn, error)              = transport.Dialer.DialContext
	_ transport.Dialer                                                                       = (*net.Dialer)(nil)
)

// Types, their fields and kinds.
var (
	_ = zmq4.Cmd{Name: "", Body: []byte(nil)}
	_ = zmq4.Msg{Frames: [][]byte(nil), Type: zmq4.MsgType(0)}
	_ = zmq4.Property{K: "", V: ""}
	_ = zmq4.UnknownTransportError{Name: ""}
	_ = zmq4.Metadata(map[string]string(nil))
	_ = zmq4.SocketIdentity([]byte(nil))
	_ = zmq4.SocketType("")
	_ = zmq4.SecurityType("")
	_ = zmq4.MsgType(byte(0))
)

// Conn's exported fields.
var _ = func(c *zmq4.Conn) (bool, zmq4.Metadata, bool, zmq4.Metadata) {
	return c.Server, c.Meta, c.Peer.Server, c.Peer.Meta
}

// Constants, with their types.
var (
	_ string = zmq4.CmdCancel
	_ string = zmq4.CmdError
	_ string = zmq4.CmdHello
	_ string = zmq4.CmdInitiate
	_ string = zmq4.CmdPing
	_ string = zmq4.CmdPong
	_ string = zmq4.CmdReady
	_ string = zmq4.CmdSubscribe
	_ string = zmq4.CmdUnsubscribe
	_ string = zmq4.CmdWelcome

	_ string = zmq4.OptionSubscribe
	_ string = zmq4.OptionUnsubscribe
	_ string = zmq4.OptionHWM

	_ zmq4.MsgType = zmq4.UsrMsg
	_ zmq4.MsgType = zmq4.CmdMsg

	_ zmq4.SecurityType = zmq4.NullSecurity
	_ zmq4.SecurityType = zmq4.PlainSecurity
	_ zmq4.SecurityType = zmq4.CurveSecurity

	_ zmq4.SocketType = zmq4.Pair
	_ zmq4.SocketType = zmq4.Pub
	_ zmq4.SocketType = zmq4.Sub
	_ zmq4.SocketType = zmq4.Req
	_ zmq4.SocketType = zmq4.Rep
	_ zmq4.SocketType = zmq4.Dealer
	_ zmq4.SocketType = zmq4.Router
	_ zmq4.SocketType = zmq4.Pull
	_ zmq4.SocketType = zmq4.Push
	_ zmq4.SocketType = zmq4.XPub
	_ zmq4.SocketType = zmq4.XSub
)

// Error values.
var (
	_ error = zmq4.ErrBadCmd
	_ error = zmq4.ErrBadFrame
	_ error = zmq4.ErrBadProperty
	_ error = zmq4.ErrClosedConn
	_ error = zmq4.UnknownTransportError{}
)
