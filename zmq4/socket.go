package zmq4

import (
	"fmt"
	"sync/atomic"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// Socket is a ZeroMQ socket, a face of a *zmq.Socket. The methods whose
// names start with Get and Set read and write socket options.
//
// As in libzmq a socket is for one goroutine at a time; unlike with
// pebbe/zmq4, using it from two at once returns ErrSocketBusy instead
// of corrupting libzmq, and Close may be called from any goroutine (a
// call blocked on the socket returns).
type Socket struct {
	core   *zmq.Socket
	ctx    *Context
	closed *atomic.Bool // nil for a socket that was never opened
}

// live returns the core socket, or ErrorSocketClosed.
func (soc *Socket) live() (*zmq.Socket, error) {
	if soc == nil || soc.closed == nil || soc.closed.Load() {
		return nil, ErrorSocketClosed
	}
	return soc.core, nil
}

// fail re-types err; a socket closed while a call was on it reports
// ErrorSocketClosed as any later call would.
func (soc *Socket) fail(err error) error {
	if err == nil {
		return nil
	}
	if soc.closed.Load() {
		if n, ok := zmq.ErrnoOf(err); ok && Errno(n) == ENOTSOCK {
			return ErrorSocketClosed
		}
	}
	return errget(err)
}

// call runs f on the core socket.
func (soc *Socket) call(f func(*zmq.Socket) error) error {
	s, err := soc.live()
	if err != nil {
		return err
	}
	return soc.fail(f(s))
}

// String describes the socket: its type and identity or address. It has
// a pointer receiver (pebbe/zmq4's has a value one) so that a nil
// *Socket prints as a closed one instead of panicking.
func (soc *Socket) String() string {
	if _, err := soc.live(); err != nil {
		return "Socket(CLOSED)"
	}
	t, err := soc.GetType()
	if err != nil {
		return fmt.Sprintf("Socket(%v)", err)
	}
	if i, err := soc.GetIdentity(); err == nil && i != "" {
		return fmt.Sprintf("Socket(%v,%q)", t, i)
	}
	return fmt.Sprintf("Socket(%v,0x%x)", t, soc.core.Handle())
}

// Close closes the socket. Closing a closed socket does nothing.
func (soc *Socket) Close() error {
	if soc == nil || soc.closed == nil || !soc.closed.CompareAndSwap(false, true) {
		return nil
	}
	soc.ctx.forget(soc)
	return errget(soc.core.Close())
}

// Context returns the socket's context.
func (soc *Socket) Context() (*Context, error) {
	if _, err := soc.live(); err != nil {
		return nil, err
	}
	return soc.ctx, nil
}

// Bind accepts connections on endpoint.
func (soc *Socket) Bind(endpoint string) error {
	return soc.call(func(s *zmq.Socket) error { return s.Bind(endpoint) })
}

// Unbind stops accepting connections on endpoint.
func (soc *Socket) Unbind(endpoint string) error {
	return soc.call(func(s *zmq.Socket) error { return s.Unbind(endpoint) })
}

// Connect connects to endpoint.
func (soc *Socket) Connect(endpoint string) error {
	return soc.call(func(s *zmq.Socket) error { return s.Connect(endpoint) })
}

// Disconnect disconnects from endpoint.
func (soc *Socket) Disconnect(endpoint string) error {
	return soc.call(func(s *zmq.Socket) error { return s.Disconnect(endpoint) })
}

// Recv receives one message part as a string.
func (soc *Socket) Recv(flags Flag) (string, error) {
	b, err := soc.RecvBytes(flags)
	return string(b), err
}

// RecvBytes receives one message part.
func (soc *Socket) RecvBytes(flags Flag) ([]byte, error) {
	var data []byte
	err := soc.call(func(s *zmq.Socket) (err error) {
		data, err = s.Recv(zmq.SendRecvOption(flags))
		return err
	})
	if err != nil || data == nil {
		return []byte{}, err
	}
	return data, nil
}

// Send sends one message part and returns its size.
func (soc *Socket) Send(data string, flags Flag) (int, error) {
	return soc.SendBytes([]byte(data), flags)
}

// SendBytes sends one message part and returns its size: -1 with the
// error when it could not be sent.
func (soc *Socket) SendBytes(data []byte, flags Flag) (int, error) {
	s, err := soc.live()
	if err != nil {
		return 0, err
	}
	if err := s.Send(data, zmq.SendRecvOption(flags)); err != nil {
		return -1, soc.fail(err)
	}
	return len(data), nil
}

// RecvWithMetadata receives one message part as a string, with the
// message properties named (see RecvBytesWithMetadata).
func (soc *Socket) RecvWithMetadata(flags Flag, properties ...string) (msg string, metadata map[string]string, err error) {
	b, p, err := soc.RecvBytesWithMetadata(flags, properties...)
	return string(b), p, err
}

// RecvBytesWithMetadata receives one message part with those of the
// named message properties ("Socket-Type", "User-Id", "Peer-Address" ...)
// the message has. Before libzmq 4.1 messages have none and the map is
// empty.
func (soc *Socket) RecvBytesWithMetadata(flags Flag, properties ...string) (msg []byte, metadata map[string]string, err error) {
	if len(properties) == 0 || !loadedHas(versions.Function, "zmq_msg_gets") {
		msg, err = soc.RecvBytes(flags)
		return msg, map[string]string{}, err
	}
	err = soc.call(func(s *zmq.Socket) (err error) {
		msg, metadata, err = s.RecvWithMetadata(zmq.SendRecvOption(flags), properties...)
		return err
	})
	if metadata == nil {
		metadata = map[string]string{}
	}
	if err != nil || msg == nil {
		return []byte{}, metadata, err
	}
	return msg, metadata, nil
}

// Monitor makes the socket report events as messages on a PAIR socket
// bound at addr, an inproc endpoint; read them with RecvEvent on a PAIR
// socket connected there. An empty addr stops monitoring; monitoring
// again replaces the earlier monitor. Unlike with pebbe/zmq4, libzmq
// never waits for the reader: the binding reads libzmq's monitor itself
// and drops the events nobody is connected to take, or 1000 unread (see
// zmq.Socket.Monitor and the zmq package's "Monitors").
func (soc *Socket) Monitor(addr string, events Event) error {
	return soc.call(func(s *zmq.Socket) error { return s.Monitor(addr, zmq.Event(events)) })
}

// RecvEvent receives one monitor event on a PAIR socket connected to a
// monitor address: its type, the endpoint it concerns and its value (a
// file descriptor, error number or interval, depending on the event).
func (soc *Socket) RecvEvent(flags Flag) (event_type Event, addr string, value int, err error) {
	s, err := soc.live()
	if err != nil {
		return EVENT_ALL, "", 0, err
	}
	ev, err := s.RecvEvent(zmq.SendRecvOption(flags))
	if err != nil {
		return 0, "", 0, soc.fail(err)
	}
	return Event(ev.Event), ev.Endpoint, ev.Value, nil
}
