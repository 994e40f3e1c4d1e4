package zmq4

import (
	"sync"

	"github.com/gozmq/gozmq/zmq"
)

// maxSockets is the socket limit of the shared context: go-zeromq has
// none, and libzmq's default (1023) is soon reached, since a socket that
// dials or listens over tcp or ipc also has a monitor (two more sockets).
const maxSockets = 16384

// The context shared by every socket of this package, made by the first
// socket so that importing the package loads nothing. Sockets must share
// one context for inproc endpoints to reach each other, as they do in
// go-zeromq.
var shared struct {
	once sync.Once
	ctx  *zmq.Context
	err  error
}

func sharedContext(ioThreads int) (*zmq.Context, error) {
	shared.once.Do(func() {
		c, err := zmq.NewContext()
		if err != nil {
			shared.err = err
			return
		}
		if ioThreads > 0 {
			if err := c.SetIOThreads(ioThreads); err != nil {
				c.Close()
				shared.err = err
				return
			}
		}
		if n, err := c.SocketLimit(); err == nil && n < maxSockets {
			_ = c.SetMaxSockets(n)
		} else {
			// 2.x has no such option; its limit stays.
			_ = c.SetMaxSockets(maxSockets)
		}
		shared.ctx = c
	})
	return shared.ctx, shared.err
}

// LibzmqContext returns the libzmq context the sockets of this package
// are made in, so that they can be combined with package zmq: sockets
// made from it reach this package's inproc endpoints. Do not close it,
// and use ZAP rather than a second zmq.Authenticator on it. (Not in go-zeromq.)
func LibzmqContext() (*zmq.Context, error) { return sharedContext(0) }

// LibzmqSocket returns the libzmq socket under s, to set any libzmq
// option package zmq knows (nil when s is not a socket of this package
// or failed to be made). A PUB's is a libzmq XPUB: that is how Topics
// learns its peers' subscriptions. Use it from the goroutine that uses s, before
// Listen and Dial for options that apply to connections. (Not in go-zeromq.)
func LibzmqSocket(s Socket) *zmq.Socket {
	if fs, ok := s.(*face); ok {
		return fs.zs
	}
	return nil
}
