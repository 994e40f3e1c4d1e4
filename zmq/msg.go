package zmq

import (
	"errors"
	"runtime"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// The allocation-free message API. Send and Recv copy every message
// between Go and libzmq and Recv allocates the returned slice; the calls
// in this file let a hot loop avoid both:
//
//   - RecvMsg receives into a reusable Msg whose Data is libzmq's own
//     buffer: no copy, no Go allocation.
//   - RecvInto receives into a caller's buffer: one copy (done by
//     libzmq), no Go allocation.
//   - InitSize gives a Msg a buffer allocated by libzmq, to be filled in
//     place and handed over by SendMsg without a copy.
//
// Zero-copy sending straight from Go memory (zmq_msg_init_data with a
// free callback) is deliberately not offered: libzmq would keep the
// pointer after the call returns and call the callback later on one of
// its own I/O threads, which without cgo means a reflective purego
// callback entering Go from a foreign thread, per message. Memory that
// libzmq allocates (InitSize) gives the same zero-copy send without Go
// memory ever being retained by C.

// ErrTruncated is returned by RecvInto when the message did not fit in
// the buffer: the buffer holds the message's first len(buf) bytes and the
// returned count is the message's full size.
var ErrTruncated = errors.New("gozmq: message truncated: larger than the receive buffer")

// rmoreAsk in Socket.rmore says that the last part was received by
// RecvMsg or RecvInto, not into rmsg: RcvMore asks the socket.
const rmoreAsk = 3

// msgBox is the heap storage of a Msg's zmq_msg_t. It is separate from
// Msg so that a cleanup attached to the Msg can close it.
type msgBox struct {
	m    msgT
	live bool // m is initialised and must be closed
	// empty is set while m holds no content to release (just
	// initialised, or sent), so that InitSize can skip zmq_msg_close.
	empty bool
	// opt and optLen receive the 2.x RCVMORE option without a Go
	// allocation per message.
	opt    int64
	optLen uintptr
}

// Msg is a reusable message whose content stays in libzmq's memory. Its
// zero value is an empty message ready for use; NewMsg returns one too.
//
// The slice returned by Data aliases the message: it is valid until the
// next RecvMsg, SendMsg, InitSize or Close on the same Msg, or until the
// Msg becomes unreachable. Copy what must outlive that. A Msg must not be
// copied after first use, nor used by two goroutines at the same time.
// Close releases the content early; a Msg that is dropped without Close
// is closed by the garbage collector. A nil *Msg is empty: InitSize,
// RecvMsg and SendMsg with it return EINVAL.
type Msg struct {
	_    noCopy
	b    *msgBox
	a    *api
	data unsafe.Pointer // content, cached; nil until asked for
	size int
	// more is the 2.x RCVMORE value recorded at receive time (2.x
	// messages do not carry the flag themselves).
	more bool
}

// noCopy makes go vet's copylocks check flag copies of a Msg.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// NewMsg returns an empty message for RecvMsg or InitSize.
func NewMsg() *Msg { return new(Msg) }

// box returns the message's zmq_msg_t, initialising it on first use. A
// nil Msg has nowhere to hold content: EINVAL.
func (m *Msg) box() (*msgBox, error) {
	if m == nil {
		return nil, EINVAL
	}
	if m.b != nil && m.b.live {
		return m.b, nil
	}
	a, err := lib()
	if err != nil {
		return nil, err
	}
	if m.b == nil {
		m.b = new(msgBox)
		runtime.AddCleanup(m, closeBox, boxRef{m.b, a})
	}
	m.a = a
	ccall.Call(a.fn.MsgInit, uintptr(unsafe.Pointer(&m.b.m)), 0, 0, 0, 0, 0)
	m.b.live, m.b.empty = true, true
	m.data, m.size, m.more = nil, 0, false
	return m.b, nil
}

type boxRef struct {
	b *msgBox
	a *api
}

// closeBox releases a dropped Msg's content.
func closeBox(r boxRef) {
	if r.b.live {
		r.b.live = false
		ccall.Call(r.a.fn.MsgClose, uintptr(unsafe.Pointer(&r.b.m)), 0, 0, 0, 0, 0)
	}
}

// InitSize replaces the message's content with n bytes allocated by
// libzmq, to be filled through Data and sent with SendMsg: the bytes are
// handed to libzmq without being copied. Their initial value is
// unspecified.
func (m *Msg) InitSize(n int) error {
	if n < 0 {
		return EINVAL
	}
	b, err := m.box()
	if err != nil {
		return err
	}
	p := uintptr(unsafe.Pointer(&b.m))
	a := m.a
	if !b.empty {
		ccall.Call(a.fn.MsgClose, p, 0, 0, 0, 0, 0)
	}
	b.live = false
	// The content's address comes back from the same foreign call.
	r, d, e := ccall.Call2(nil, a.fn.MsgInitSize, p, uintptr(n), 0, a.fn.MsgData, p)
	if failed(r) {
		ccall.Call(a.fn.MsgInit, p, 0, 0, 0, 0, 0)
		b.live, b.empty = true, true
		m.data, m.size = nil, 0
		runtime.KeepAlive(m)
		return errnoErr(e)
	}
	b.live, b.empty = true, false
	m.data, m.size, m.more = cptr(d), n, false
	runtime.KeepAlive(m)
	return nil
}

// Data returns the message's content. The slice aliases libzmq's memory
// (or, for short messages, the Msg itself): see Msg for how long it stays
// valid. It is writable, which is how content made by InitSize is
// filled.
func (m *Msg) Data() []byte {
	if m == nil || m.size == 0 || m.b == nil || !m.b.live {
		return nil
	}
	if m.data == nil {
		p, _ := ccall.Call(m.a.fn.MsgData, uintptr(unsafe.Pointer(&m.b.m)), 0, 0, 0, 0, 0)
		m.data = cptr(p)
	}
	return unsafe.Slice((*byte)(m.data), m.size)
}

// Size returns the content's length in bytes.
func (m *Msg) Size() int {
	if m == nil {
		return 0
	}
	return m.size
}

// More reports whether the message, as last received, has more parts
// after it.
func (m *Msg) More() bool {
	if m == nil || m.b == nil || !m.b.live {
		return false
	}
	if fn := m.a.fn.MsgMore; fn != 0 {
		r, _ := ccall.Call(fn, uintptr(unsafe.Pointer(&m.b.m)), 0, 0, 0, 0, 0)
		runtime.KeepAlive(m)
		return int32(r) != 0
	}
	return m.more
}

// Close releases the message's content. The Msg stays usable: it is
// empty, and the next use gives it new content.
func (m *Msg) Close() error {
	if m == nil {
		return nil
	}
	if m.b != nil && m.b.live {
		m.b.live = false
		ccall.Call(m.a.fn.MsgClose, uintptr(unsafe.Pointer(&m.b.m)), 0, 0, 0, 0, 0)
	}
	m.data, m.size, m.more = nil, 0, false
	runtime.KeepAlive(m)
	return nil
}

// RecvMsg receives one message part into m, replacing its previous
// content without copying: m.Data() is then libzmq's buffer. flags may
// be DONTWAIT (NOBLOCK). In a steady loop over one Msg it allocates no
// Go memory.
func (s *Socket) RecvMsg(m *Msg, flags SendRecvOption) error {
	if err := s.enter(); err != nil {
		return err
	}
	err := s.recvInto(m, flags)
	s.leave()
	runtime.KeepAlive(m)
	return err
}

func (s *Socket) recvInto(m *Msg, flags SendRecvOption) error {
	b, err := m.box()
	if err != nil {
		return err
	}
	m.data = nil
	b.empty = false
	n, p, err := s.recvMsgData(&b.m, flags)
	if err != nil {
		// libzmq leaves a message it failed to receive into empty.
		m.size = 0
		return err
	}
	m.size, m.data = n, p
	s.rmore = rmoreAsk
	if s.a.fn.MsgMore == 0 {
		// 2.x messages do not carry MORE: read the socket's int64
		// RCVMORE now, into the box so that nothing is allocated.
		b.opt, b.optLen = 0, 8
		r, e := ccall.Call(s.a.fn.Getsockopt, s.ptr, RCVMORE, uintptr(unsafe.Pointer(&b.opt)), uintptr(unsafe.Pointer(&b.optLen)), 0, 0)
		if failed(r) {
			return errnoErr(e)
		}
		m.more = b.opt != 0
	}
	return nil
}

// SendMsg sends m's content as one message part without copying it; on
// success m is left empty (libzmq owns the content now) and may be
// reused. flags may combine DONTWAIT (NOBLOCK) and SNDMORE. On failure m
// keeps its content.
func (s *Socket) SendMsg(m *Msg, flags SendRecvOption) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	b, err := m.box()
	if err != nil {
		return err
	}
	err = s.sendMsg(&b.m, flags)
	if err == nil {
		m.data, m.size = nil, 0
		b.empty = true
	}
	runtime.KeepAlive(m)
	return err
}

// RecvInto receives one message part into buf and returns the part's
// size. If the part is larger than buf, buf holds its first len(buf)
// bytes and RecvInto returns the full size n > len(buf) with
// ErrTruncated; the rest of the part is lost. flags may be DONTWAIT
// (NOBLOCK). It allocates no Go memory. RcvMore tells whether more parts
// follow.
func (s *Socket) RecvInto(buf []byte, flags SendRecvOption) (n int, err error) {
	if err := s.enter(); err != nil {
		return 0, err
	}
	if s.a.v2 {
		n, err = s.recvBuf2(buf, flags)
	} else {
		n, err = s.bufCall(s.a.fn.Recv, buf, flags, s.rcvTimeout, POLLIN)
	}
	s.rmore = rmoreAsk
	s.leave()
	if err == nil && n > len(buf) {
		err = ErrTruncated
	}
	return n, err
}

// recvBuf2 is RecvInto on 2.x, which has no buffer receive: the part is
// received into the socket's message and copied.
func (s *Socket) recvBuf2(buf []byte, flags SendRecvOption) (int, error) {
	n, err := s.recvMsg(s.rmsg, flags)
	if err != nil {
		return 0, err
	}
	if n > 0 && len(buf) > 0 {
		p, _ := ccall.Call(s.a.fn.MsgData, uintptr(unsafe.Pointer(s.rmsg)), 0, 0, 0, 0, 0)
		copy(buf, unsafe.Slice((*byte)(cptr(p)), n))
	}
	return n, nil
}
