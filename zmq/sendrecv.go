package zmq

import (
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// msgT is storage for a zmq_msg_t: 64 bytes, 8-byte aligned, large
// enough for every release (2.x ~40 bytes, 3.x 32, 4.x 64). It lives on
// the Go heap, which does not move; libzmq keeps no pointer to it after
// a call returns.
type msgT [8]uint64

// bigMsg is the size above which Recv frees the received content at once
// instead of keeping it until the next receive.
const bigMsg = 1 << 20

var zeroByte byte

// bufPtr returns a pointer C may read len(b) bytes from; for an empty
// slice a valid dummy address.
func bufPtr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return unsafe.Pointer(&zeroByte)
	}
	return unsafe.Pointer(&b[0])
}

// Send sends one message part. flags may combine DONTWAIT (NOBLOCK) and
// SNDMORE. The data is copied before Send returns.
func (s *Socket) Send(data []byte, flags SendRecvOption) error {
	if err := s.enter(); err != nil {
		return err
	}
	err := s.send(data, flags)
	s.leave()
	return err
}

func (s *Socket) send(data []byte, flags SendRecvOption) error {
	if s.a.v2 {
		return s.send2(data, flags)
	}
	_, err := s.bufCall(s.a.fn.Send, data, flags, s.sndTimeout, POLLOUT)
	return err
}

// bufCall runs zmq_send or zmq_recv, the 3.x+ calls that take a buffer
// and share one signature, retrying on EINTR. It returns the call's
// result: bytes sent, or the full size of the part received.
func (s *Socket) bufCall(fn uintptr, buf []byte, flags SendRecvOption, timeout int, ev PollEvents) (int, error) {
	mode := s.waitMode(flags, timeout)
	f := callFlags(flags, mode)
	var w waiter
	for {
		var r uintptr
		var e int
		if mode == waitThread {
			r, e = ccall.CallBlocking(s.thread.Slot(), fn, s.ptr, uintptr(bufPtr(buf)), uintptr(len(buf)), uintptr(f), 0, 0)
			s.thread.Done()
		} else {
			if ev == POLLIN {
				s.lookOnFail(mode, &w)
			}
			r, e = ccall.Call(fn, s.ptr, uintptr(bufPtr(buf)), uintptr(len(buf)), uintptr(f), 0, 0)
		}
		if !failed(r) {
			s.lastPart = int(int32(r))
			return s.lastPart, nil
		}
		if err := s.again(e, mode, &w, timeout, ev); err != nil {
			return 0, err
		}
		f = s.retryFlags(f, &w)
	}
}

// send2 is Send for the 2.x ABI, where zmq_send takes a zmq_msg_t.
func (s *Socket) send2(data []byte, flags SendRecvOption) error {
	a := s.a
	m := uintptr(unsafe.Pointer(s.smsg))
	if r, e := ccall.Call(a.fn.MsgInitSize, m, uintptr(len(data)), 0, 0, 0, 0); failed(r) {
		return errnoErr(e)
	}
	if len(data) > 0 {
		p, _ := ccall.Call(a.fn.MsgData, m, 0, 0, 0, 0, 0)
		copy(unsafe.Slice((*byte)(cptr(p)), len(data)), data)
	}
	defer ccall.Call(a.fn.MsgClose, m, 0, 0, 0, 0, 0)
	mode := s.waitMode(flags, s.sndTimeout)
	f := callFlags(flags, mode)
	var w waiter
	for {
		r, e := s.call1(mode, a.fn.Send, s.ptr, m, f)
		if !failed(r) {
			s.lastPart = len(data)
			return nil
		}
		if err := s.again(e, mode, &w, s.sndTimeout, POLLOUT); err != nil {
			return err
		}
		f = s.retryFlags(f, &w)
	}
}

// Recv receives one message part and returns a copy of its data.
// flags may be DONTWAIT (NOBLOCK).
func (s *Socket) Recv(flags SendRecvOption) ([]byte, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	b, err := s.recv(flags)
	s.leave()
	return b, err
}

func (s *Socket) recv(flags SendRecvOption) ([]byte, error) {
	n, p, err := s.recvMsgData(s.rmsg, flags)
	if err != nil {
		return nil, err
	}
	a := s.a
	m := uintptr(unsafe.Pointer(s.rmsg))
	// make+copy of the same length is compiled without zeroing out.
	src := unsafe.Slice((*byte)(p), n)
	out := make([]byte, len(src))
	copy(out, src)
	s.rmore = 0
	if n > bigMsg {
		more, _ := s.more(s.rmsg)
		s.rmore = 1
		if more {
			s.rmore = 2
		}
		callNB(a.fn.MsgClose, m)
		callNB(a.fn.MsgInit, m)
	}
	return out, nil
}

// recvMsg receives into the initialised message m and returns its size,
// speaking whichever receive call the loaded release has.
func (s *Socket) recvMsg(msg *msgT, flags SendRecvOption) (int, error) {
	n, _, err := s.recvMsgData(msg, flags)
	return n, err
}

// recvMsgData is recvMsg that also returns the content's address
// (zmq_msg_data), fetched in the same foreign call as the receive: one
// Go-to-C transition per part instead of two.
func (s *Socket) recvMsgData(msg *msgT, flags SendRecvOption) (int, unsafe.Pointer, error) {
	if s.recv2Masked() {
		return s.recvMsgData2(msg, flags)
	}
	a := s.a
	m := uintptr(unsafe.Pointer(msg))
	mode := s.waitMode(flags, s.rcvTimeout)
	f := callFlags(flags, mode)
	var thread *uintptr
	if mode == waitThread {
		thread = s.thread.Slot()
	}
	var w waiter
	for {
		fn, x, y := a.fn.MsgRecv, m, s.ptr // 3.2+: zmq_msg_recv(msg, socket, flags)
		if fn == 0 {
			fn, x, y = a.fn.Recv, s.ptr, m // 2.x: zmq_recv(socket, msg, flags)
		}
		s.lookOnFail(mode, &w)
		r, p, e := ccall.Call2(thread, fn, x, y, uintptr(f), a.fn.MsgData, m)
		if thread != nil {
			s.thread.Done()
		}
		if !failed(r) {
			if a.v2 {
				n, _ := ccall.Call(a.fn.MsgSize, m, 0, 0, 0, 0, 0)
				s.lastPart = int(n)
				return int(n), cptr(p), nil
			}
			s.lastPart = int(int32(r))
			return int(int32(r)), cptr(p), nil
		}
		if err := s.again(e, mode, &w, s.rcvTimeout, POLLIN); err != nil {
			return 0, nil, err
		}
		f = s.retryFlags(f, &w)
	}
}

// recvOwned receives one part into a message of its own rather than
// s.rmsg (whose content recv may release early for large parts) and
// calls use while the message is still held, so that use may read the
// message's properties or receive further parts into it.
func (s *Socket) recvOwned(flags SendRecvOption, use func(msg *msgT, n int) error) error {
	msg := new(msgT)
	callNB(s.a.fn.MsgInit, uintptr(unsafe.Pointer(msg)))
	defer callNB(s.a.fn.MsgClose, uintptr(unsafe.Pointer(msg)))
	n, err := s.recvMsg(msg, flags)
	if err != nil {
		return err
	}
	return use(msg, n)
}

// sendMsg sends the message m (which libzmq then empties), retrying on
// EINTR as send does.
func (s *Socket) sendMsg(msg *msgT, flags SendRecvOption) error {
	a := s.a
	m := uintptr(unsafe.Pointer(msg))
	mode := s.waitMode(flags, s.sndTimeout)
	f := callFlags(flags, mode)
	var w waiter
	for {
		fn, x, y := a.fn.MsgSend, m, s.ptr
		if fn == 0 {
			fn, x, y = a.fn.Send, s.ptr, m
		}
		r, e := s.call1(mode, fn, x, y, f)
		if !failed(r) {
			// zmq_msg_send returns the size sent (2.x's zmq_send 0).
			s.lastPart = int(int32(r))
			return nil
		}
		if err := s.again(e, mode, &w, s.sndTimeout, POLLOUT); err != nil {
			return err
		}
		f = s.retryFlags(f, &w)
	}
}

// waiter tracks a blocking call's deadline across EINTR retries.
type waiter struct {
	start    time.Time
	deadline bool // the retry must poll with a bounded timeout
	brief    int  // waits made by waitBriefly in this call
	// looked is set by lookOnFail before a receive: if it fails, the
	// call itself was park's look at the socket.
	looked bool
}

// lookOnFail clears the note of an exclusive socket about to try a
// receive that may park (mode). A zmq_recv that fails for want of a
// message with DONTWAIT has just processed the socket's pending
// commands, on every release (socket_base_t::recv does so before it
// returns EAGAIN): with the note cleared first, that failure is the look
// park needs, and it can skip its ZMQ_EVENTS read, a foreign call and,
// when no command is pending, a poll(2) and a getpid(2) inside libzmq.
// A send gets no such help: libzmq skips the processing on a failed
// send when it processed recently.
//
// On a shared socket only the watcher may clear the note (see
// parkShared); with the turn held and nobody waiting, nobody watches
// and nobody can start to, so the receive may clear it as the watcher
// to be.
func (s *Socket) lookOnFail(mode int, w *waiter) {
	if mode != waitPark {
		return
	}
	if sh := s.share.Load(); sh != nil && sh.waiting.Load() != 0 {
		return
	}
	if d := s.desc.Load(); d != nil {
		d.Prepare()
		w.looked = true
	}
}

// retry decides what to do after a failed call with errno e: nil means
// call again; otherwise the error to return. On EINTR a call is
// retried unless the socket is closing or retries are off. With a
// finite timeout the retry first waits in zmq_poll for the time left, so
// a stream of signals cannot stretch RCVTIMEO/SNDTIMEO.
func (s *Socket) retry(e int, blocking bool, w *waiter, timeout int, ev PollEvents) error {
	if e != int(syscall.EINTR) {
		return errnoErr(e)
	}
	if s.state.Load()&stClosing != 0 {
		return s.closedErr()
	}
	if s.cancelled.Load() {
		return errCancelled
	}
	if s.noRetry {
		return EINTR
	}
	if !blocking || timeout < 0 {
		// A DONTWAIT call fails with EINTR too when a signal arrives
		// while libzmq checks its command pipe; no message moved, so it
		// is simply made again.
		return nil
	}
	// At the first EINTR the clock starts (w.left): the call began at
	// most timeout ago, and counting from now errs on the side of
	// waiting the full timeout once more rather than failing early.
	left := w.left(timeout)
	if left <= 0 {
		return EAGAIN
	}
	for {
		n, err := s.pollSelf(ev, left)
		if err == nil && n > 0 {
			return nil
		}
		if err != nil && err != EINTR {
			return err
		}
		if s.state.Load()&stClosing != 0 {
			return s.closedErr()
		}
		if s.cancelled.Load() {
			return errCancelled
		}
		if left = w.left(timeout); left <= 0 {
			return EAGAIN
		}
	}
}

// retryFlags makes the call after a deadline-bounded poll non-blocking:
// the poll already waited, and the socket is ready.
func (s *Socket) retryFlags(flags SendRecvOption, w *waiter) SendRecvOption {
	if w.deadline {
		return flags | DONTWAIT
	}
	return flags
}
