package zmq4

import "github.com/gozmq/gozmq/zmq"

// Core returns the gozmq socket this socket is a face of (a *zmq.Socket:
// zmq.Socket is zmq.Socket), for mixing the two APIs (SendCtx,
// Channels, the draft calls ...) on one socket. It is nil for a socket that was never opened. Keep soc reachable while the
// core socket is in use: like pebbe/zmq4, a Socket the program dropped
// is closed by the garbage collector. Not in pebbe/zmq4.
func (soc *Socket) Core() *zmq.Socket {
	if soc == nil {
		return nil
	}
	return soc.core
}

// Core returns the gozmq context this context is a face of (a
// *zmq.Context). Not in pebbe/zmq4.
// It is nil for a nil Context.
func (ctx *Context) Core() *zmq.Context {
	if ctx == nil {
		return nil
	}
	return ctx.core
}

// Fail re-types an error of the core package the way this package
// returns errors (Errno, ErrorSocketClosed for a closed socket), for
// calls made through Core. Not in pebbe/zmq4.
func (soc *Socket) Fail(err error) error {
	if soc == nil || soc.closed == nil {
		return errget(err)
	}
	return soc.fail(err)
}
