package zmq

import (
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// Draft API: the thread-safe socket types (SERVER, CLIENT, RADIO, DISH,
// GATHER, SCATTER, DGRAM, PEER, CHANNEL) and the functions that go with
// them exist only in a libzmq 4.2+ built with draft APIs enabled
// (ENABLE_DRAFTS / --enable-drafts). Distribution packages, Debian's
// included, are built without them; with such a library every call
// below returns a *VersionError saying so.

// hasDraft reports whether the loaded library has the draft API.
func (a *api) hasDraft() bool {
	if a.fn.Has == 0 {
		return false
	}
	c := cstring(CapDraft)
	r, _ := ccall.Call(a.fn.Has, uintptr(unsafe.Pointer(&c[0])), 0, 0, 0, 0, 0)
	return int32(r) != 0
}

// checkDraftType returns the error for a draft socket type the loaded
// library cannot create, and nil for every other type.
func (a *api) checkDraftType(t SocketType) error {
	if t < SERVER || t > CHANNEL {
		return nil
	}
	name := t.String()
	if !a.hasDraft() || !a.has(versions.SocketType, name) {
		return a.lacks("socket type "+name, versions.SocketType, name)
	}
	return nil
}

// draftFn returns fn, or the error naming the draft requirement when the
// library does not export it.
func (s *Socket) draftFn(fn uintptr, name string) error {
	if fn == 0 {
		return s.a.lacks(name, versions.Function, name)
	}
	return nil
}

// Join makes a DISH socket receive the messages a RADIO sends to group
// (at most 15 characters for udp, 255 otherwise). Draft API.
func (s *Socket) Join(group string) error {
	if s.invalid() {
		return ENOTSOCK
	}
	return s.groupCall(s.a.fn.Join, "zmq_join", group)
}

// Leave undoes Join. Draft API.
func (s *Socket) Leave(group string) error {
	if s.invalid() {
		return ENOTSOCK
	}
	return s.groupCall(s.a.fn.Leave, "zmq_leave", group)
}

func (s *Socket) groupCall(fn uintptr, name, group string) error {
	if err := s.draftFn(fn, name); err != nil {
		return err
	}
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	g := cstring(group)
	r, e := ccall.Call(fn, s.ptr, uintptr(unsafe.Pointer(&g[0])), 0, 0, 0, 0)
	if failed(r) {
		return errnoErr(e)
	}
	return nil
}

// SendTo sends data on a SERVER socket to the peer routingID, as
// received with RecvFrom. Draft API.
func (s *Socket) SendTo(data []byte, routingID uint32, flags SendRecvOption) error {
	if s.invalid() {
		return ENOTSOCK
	}
	if err := s.draftFn(s.a.fn.MsgSetRoutingID, "zmq_msg_set_routing_id"); err != nil {
		return err
	}
	return s.sendDraft(data, flags, func(m uintptr) (uintptr, int) {
		return ccall.Call(s.a.fn.MsgSetRoutingID, m, uintptr(routingID), 0, 0, 0, 0)
	})
}

// SendGroup sends data on a RADIO socket to the DISH sockets that joined
// group. Draft API.
func (s *Socket) SendGroup(group string, data []byte, flags SendRecvOption) error {
	if s.invalid() {
		return ENOTSOCK
	}
	if err := s.draftFn(s.a.fn.MsgSetGroup, "zmq_msg_set_group"); err != nil {
		return err
	}
	g := cstring(group)
	return s.sendDraft(data, flags, func(m uintptr) (uintptr, int) {
		return ccall.Call(s.a.fn.MsgSetGroup, m, uintptr(unsafe.Pointer(&g[0])), 0, 0, 0, 0)
	})
}

// sendDraft sends data as one message after set has labelled it.
func (s *Socket) sendDraft(data []byte, flags SendRecvOption, set func(m uintptr) (uintptr, int)) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	a := s.a
	msg := new(msgT)
	m := uintptr(unsafe.Pointer(msg))
	if r, e := callNB(a.fn.MsgInitSize, m, uintptr(len(data))); failed(r) {
		return errnoErr(e)
	}
	defer callNB(a.fn.MsgClose, m)
	if len(data) > 0 {
		p, _ := callNB(a.fn.MsgData, m)
		copy(unsafe.Slice((*byte)(cptr(p)), len(data)), data)
	}
	if r, e := set(m); failed(r) {
		return errnoErr(e)
	}
	return s.sendMsg(msg, flags)
}

// RecvFrom receives a message on a SERVER socket with the routing id of
// the CLIENT that sent it. Draft API.
func (s *Socket) RecvFrom(flags SendRecvOption) (data []byte, routingID uint32, err error) {
	if s.invalid() {
		return nil, 0, ENOTSOCK
	}
	if err := s.draftFn(s.a.fn.MsgRoutingID, "zmq_msg_routing_id"); err != nil {
		return nil, 0, err
	}
	err = s.recvDraft(flags, func(m uintptr) {
		r, _ := ccall.Call(s.a.fn.MsgRoutingID, m, 0, 0, 0, 0, 0)
		routingID = uint32(r)
	}, &data)
	return data, routingID, err
}

// RecvGroup receives a message on a DISH socket with the group it was
// sent to. Draft API.
func (s *Socket) RecvGroup(flags SendRecvOption) (data []byte, group string, err error) {
	if s.invalid() {
		return nil, "", ENOTSOCK
	}
	if err := s.draftFn(s.a.fn.MsgGroup, "zmq_msg_group"); err != nil {
		return nil, "", err
	}
	err = s.recvDraft(flags, func(m uintptr) {
		r, _ := ccall.Call(s.a.fn.MsgGroup, m, 0, 0, 0, 0, 0)
		group = gostring(r)
	}, &data)
	return data, group, err
}

// recvDraft receives one message, copies its data to *data and lets get
// read its label while the message is still held.
func (s *Socket) recvDraft(flags SendRecvOption, get func(m uintptr), data *[]byte) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	return s.recvOwned(flags, func(msg *msgT, n int) error {
		*data = append([]byte(nil), msgBytes(s.a, msg, n)...)
		if *data == nil {
			*data = []byte{}
		}
		get(uintptr(unsafe.Pointer(msg)))
		more, _ := s.more(msg)
		s.setRcvMore(more)
		return nil
	})
}
