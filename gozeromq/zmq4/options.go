package zmq4

import (
	"log"
	"time"
)

// Defaults, as go-zeromq has them.
const (
	defaultRetry      = 250 * time.Millisecond
	defaultTimeout    = 5 * time.Minute
	defaultMaxRetries = 10
)

// config is what the options set; the constructor turns it into libzmq
// socket options.
type config struct {
	id            SocketIdentity
	sec           Security
	retry         time.Duration
	maxRetries    int
	dialTimeout   time.Duration
	timeout       time.Duration
	log           *log.Logger
	autoReconnect bool
	ioThreads     int
	sndBuf        int
	rcvBuf        int
}

// socket is what an Option receives. Its only field is the config, so
// that options written for go-zeromq (which only call the With*
// functions) compile and nothing else can reach the libzmq socket.
type socket struct {
	cfg config
}

// Option configures a socket when it is made. (e.g. SocketIdentity, Security, ...)
type Option func(s *socket)

// WithID sets the socket's identity: libzmq's ZMQ_ROUTING_ID, what a
// ROUTER peer sees as the first frame. Without it libzmq's ROUTER makes
// up a 5-byte identity (go-zeromq sends a random UUID).
func WithID(id SocketIdentity) Option {
	return func(s *socket) { s.cfg.id = id }
}

// WithSecurity sets the security mechanism: null.Security(),
// plain.Security(user, pass) or curve.Security(...) (nil means NULL).
// libzmq runs the mechanism; a Security implemented outside this module
// cannot run there, and Listen and Dial then return an error.
func WithSecurity(sec Security) Option {
	return func(s *socket) { s.cfg.sec = sec }
}

// WithDialerRetry sets the time between two attempts to connect: libzmq's
// ZMQ_RECONNECT_IVL, which also spaces reconnections after a peer is lost.
func WithDialerRetry(retry time.Duration) Option {
	return func(s *socket) { s.cfg.retry = retry }
}

// WithDialerTimeout bounds each attempt to connect: libzmq's
// ZMQ_CONNECT_TIMEOUT (libzmq 4.2 and newer; ignored before).
func WithDialerTimeout(timeout time.Duration) Option {
	return func(s *socket) { s.cfg.dialTimeout = timeout }
}

// WithTimeout bounds Send: a Send that cannot queue its message within
// timeout returns context.DeadlineExceeded (libzmq's ZMQ_SNDTIMEO; on
// libzmq 2.1, which lacks it, the face keeps the deadline itself). The
// default is 5 minutes, as in go-zeromq.
func WithTimeout(timeout time.Duration) Option {
	return func(s *socket) { s.cfg.timeout = timeout }
}

// WithLogger sets the logger the socket writes its notes to.
func WithLogger(msg *log.Logger) Option {
	return func(s *socket) { s.cfg.log = msg }
}

// WithDialerMaxRetries sets how many failed attempts Dial makes after
// the first before it gives up (-1: it never gives up). It bounds Dial
// only: once connected, libzmq reconnects after a loss without limit.
func WithDialerMaxRetries(maxRetries int) Option {
	return func(s *socket) { s.cfg.maxRetries = maxRetries }
}

// WithAutomaticReconnect is accepted for compatibility. libzmq always
// reconnects a dialed endpoint after the connection is lost, whatever
// the value (go-zeromq only did with true).
func WithAutomaticReconnect(automaticReconnect bool) Option {
	return func(s *socket) { s.cfg.autoReconnect = automaticReconnect }
}

// WithIOThreads sets libzmq's ZMQ_IO_THREADS for the context shared by
// the sockets of this package. It counts only for the first socket made
// in the process, which creates that context. (Not in go-zeromq, where
// it was planned.)
func WithIOThreads(threads int) Option {
	return func(s *socket) { s.cfg.ioThreads = threads }
}

// WithSendBufferSize sets the kernel send buffer size of the socket's
// connections (libzmq's ZMQ_SNDBUF). (Not in go-zeromq, where it was planned.)
func WithSendBufferSize(size int) Option {
	return func(s *socket) { s.cfg.sndBuf = size }
}

// WithRecvBufferSize sets the kernel receive buffer size of the socket's
// connections (libzmq's ZMQ_RCVBUF). (Not in go-zeromq, where it was planned.)
func WithRecvBufferSize(size int) Option {
	return func(s *socket) { s.cfg.rcvBuf = size }
}

// Names for GetOption and SetOption.
const (
	OptionSubscribe   = "SUBSCRIBE"
	OptionUnsubscribe = "UNSUBSCRIBE"
	OptionHWM         = "HWM"
)
