package draft

import (
	"fmt"

	"github.com/gozmq/gozmq/zmq"
	"github.com/gozmq/gozmq/zmq4"
)

// Socket is a zmq4.Socket with the draft calls; every zmq4 method is
// forwarded (see promoted.go), and Send, SendBytes and Context are
// replaced. A nil *Socket and a zero Socket{} behave as a closed socket,
// as a nil *zmq4.Socket does.
type Socket struct {
	*zmq4.Socket
}

// inner returns the zmq4 socket, nil for a nil Socket.
func (soc *Socket) inner() *zmq4.Socket {
	if soc == nil {
		return nil
	}
	return soc.Socket
}

// Context returns the socket's context.
func (soc *Socket) Context() (*Context, error) {
	c, err := soc.inner().Context()
	return face(c), err
}

// core returns the gozmq socket, or ErrorSocketClosed.
func (soc *Socket) core() (*zmq.Socket, error) {
	if _, err := soc.inner().Context(); err != nil {
		return nil, err
	}
	return soc.inner().Core(), nil
}

// Send sends one message part; options are OptRoutingId (SERVER) or
// OptGroup (RADIO).
func (soc *Socket) Send(data string, flags Flag, options ...interface{}) (int, error) {
	return soc.SendBytes([]byte(data), flags, options...)
}

// SendBytes sends one message part with the options of Send.
func (soc *Socket) SendBytes(data []byte, flags Flag, options ...interface{}) (int, error) {
	if len(options) == 0 {
		return soc.inner().SendBytes(data, flags)
	}
	if err := needDraft(); err != nil {
		return 0, err
	}
	s, err := soc.core()
	if err != nil {
		return 0, err
	}
	if len(options) != 1 {
		return 0, fmt.Errorf("draft: Send takes one message option, not %d", len(options))
	}
	switch o := options[0].(type) {
	case OptRoutingId:
		err = s.SendTo(data, uint32(o), zmq.SendRecvOption(flags))
	case OptGroup:
		err = s.SendGroup(string(o), data, zmq.SendRecvOption(flags))
	default:
		return 0, fmt.Errorf("Invalid message option: %#v", o)
	}
	if err != nil {
		return -1, soc.Fail(err)
	}
	return len(data), nil
}

// RecvWithOpts receives one message part and the values of the options
// asked for: OptRoutingId(0) or OptGroup("").
func (soc *Socket) RecvWithOpts(flags Flag, options ...interface{}) (string, []interface{}, error) {
	b, o, err := soc.RecvBytesWithOpts(flags, options...)
	return string(b), o, err
}

// RecvBytesWithOpts is RecvWithOpts returning bytes.
func (soc *Socket) RecvBytesWithOpts(flags Flag, options ...interface{}) ([]byte, []interface{}, error) {
	opts := make([]interface{}, len(options))
	if len(options) == 0 {
		b, err := soc.inner().RecvBytes(flags)
		return b, opts, err
	}
	if err := needDraft(); err != nil {
		return []byte{}, opts, err
	}
	s, err := soc.core()
	if err != nil {
		return []byte{}, opts, err
	}
	var data []byte
	switch options[0].(type) {
	case OptRoutingId:
		var id uint32
		data, id, err = s.RecvFrom(zmq.SendRecvOption(flags))
		opts[0] = OptRoutingId(id)
	case OptGroup:
		var g string
		data, g, err = s.RecvGroup(zmq.SendRecvOption(flags))
		opts[0] = OptGroup(g)
	default:
		return []byte{}, opts, ErrorNotImplemented42
	}
	if err != nil {
		return []byte{}, opts, soc.Fail(err)
	}
	if len(options) > 1 {
		// A message has a routing id or a group, never both.
		return []byte{}, opts, fmt.Errorf("draft: Recv takes one message option, not %d", len(options))
	}
	if data == nil {
		data = []byte{}
	}
	return data, opts, nil
}

// Join makes a DISH socket receive the messages of group.
func (soc *Socket) Join(group string) error {
	return soc.draftCall(func(s *zmq.Socket) error { return s.Join(group) })
}

// Leave makes a DISH socket leave group.
func (soc *Socket) Leave(group string) error {
	return soc.draftCall(func(s *zmq.Socket) error { return s.Leave(group) })
}

func (soc *Socket) draftCall(f func(*zmq.Socket) error) error {
	if err := needDraft(); err != nil {
		return err
	}
	s, err := soc.core()
	if err != nil {
		return err
	}
	return soc.Fail(f(s))
}

// SetRouterNotify makes a ROUTER send an empty message on connects and
// disconnects (ZMQ_ROUTER_NOTIFY, draft, 4.3).
func (soc *Socket) SetRouterNotify(value RouterNotifyOption) error {
	if err := needOption("ROUTER_NOTIFY"); err != nil {
		return err
	}
	return soc.draftCall(func(s *zmq.Socket) error { return s.SetROUTERNotify(int(value)) })
}

// GetRouterNotify returns ROUTER_NOTIFY.
func (soc *Socket) GetRouterNotify() (RouterNotifyOption, error) {
	if err := needOption("ROUTER_NOTIFY"); err != nil {
		return 0, err
	}
	var v int
	err := soc.draftCall(func(s *zmq.Socket) (err error) { v, err = s.ROUTERNotify(); return err })
	return RouterNotifyOption(v), err
}

// SetHelloMsg sets the message sent to each new peer (ZMQ_HELLO_MSG,
// draft, 4.3.3).
func (soc *Socket) SetHelloMsg(value string) error {
	if err := needOption("HELLO_MSG"); err != nil {
		return err
	}
	return soc.draftCall(func(s *zmq.Socket) error { return s.SetHelloMsg(value) })
}

// SetDisconnectMsg sets the message received when a peer disconnects
// (ZMQ_DISCONNECT_MSG, draft, 4.3.3).
func (soc *Socket) SetDisconnectMsg(value string) error {
	if err := needOption("DISCONNECT_MSG"); err != nil {
		return err
	}
	return soc.draftCall(func(s *zmq.Socket) error { return s.SetDisconnectMsg(value) })
}

// SetHiccupMsg sets the message received when a connection is
// re-established (ZMQ_HICCUP_MSG, draft, 4.3.5).
func (soc *Socket) SetHiccupMsg(value string) error {
	if err := needOption("HICCUP_MSG"); err != nil {
		return err
	}
	return soc.draftCall(func(s *zmq.Socket) error { return s.SetHiccupMsg(value) })
}
