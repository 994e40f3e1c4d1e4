package zmq

import (
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// SendMultipart sends parts as one message: every part but the last
// with SNDMORE. flags (DONTWAIT) apply to every part; libzmq delivers a
// message whole or not at all. An empty parts list is EINVAL.
func (s *Socket) SendMultipart(parts [][]byte, flags SendRecvOption) error {
	if len(parts) == 0 {
		return EINVAL
	}
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	for i, p := range parts {
		f := flags &^ SNDMORE
		if i < len(parts)-1 {
			f |= SNDMORE
		}
		if err := s.send(p, f); err != nil {
			return err
		}
	}
	return nil
}

// RecvMultipart receives every part of the next message. flags
// (DONTWAIT) apply to the first part; the rest have arrived with it.
func (s *Socket) RecvMultipart(flags SendRecvOption) ([][]byte, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	defer s.leave()
	var parts [][]byte
	for {
		b, err := s.recv(flags)
		if err != nil {
			return parts, err
		}
		parts = append(parts, b)
		more, err := s.more(s.rmsg)
		if err != nil || !more {
			return parts, err
		}
		flags &^= DONTWAIT
	}
}

// more reports whether the part just received into msg has more parts
// after it: zmq_msg_more on 3.2+, the int64 RCVMORE option on 2.x.
func (s *Socket) more(msg *msgT) (bool, error) {
	if msg == s.rmsg && s.rmore == rmoreAsk {
		// RecvMsg/RecvInto received the part elsewhere: rmsg is stale.
		v, err := s.getInt(RCVMORE)
		return v != 0, err
	}
	if msg == s.rmsg && s.rmore != 0 {
		return s.rmore == 2, nil
	}
	if fn := s.a.fn.MsgMore; fn != 0 {
		r, _ := ccall.Call(fn, uintptr(unsafe.Pointer(msg)), 0, 0, 0, 0, 0)
		return int32(r) != 0, nil
	}
	v, err := s.getInt(RCVMORE)
	return v != 0, err
}

// RcvMore reports whether the last part received has more parts after
// it (ZMQ_RCVMORE).
func (s *Socket) RcvMore() (bool, error) {
	var more bool
	err := s.guarded(func() error {
		var err error
		more, err = s.more(s.rmsg)
		return err
	})
	return more, err
}
