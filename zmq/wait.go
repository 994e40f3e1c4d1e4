package zmq

import (
	"os"
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/internal/wait"
)

// How a call that may wait does so. This file is the caller's side of
// the waiting that package internal/wait does: every call is first made
// with DONTWAIT, and on EAGAIN the socket waits for its ZMQ_FD there,
// parked in Go's runtime poller, and makes the call again; an OS thread
// is held only for the length of one call. Where that cannot be done
// (no poller on this platform, a thread-safe draft socket without
// ZMQ_FD, or GOZMQ_WAIT=thread in the environment) the call blocks in
// libzmq, and Close interrupts its thread (wait.Thread) or, on Windows,
// the call waits in zmq_poll beside a wake socket (wake.go).
const (
	waitNone   = iota // DONTWAIT or a zero timeout: one try
	waitPark          // park the goroutine in the runtime poller
	waitWake          // wait in zmq_poll with a wake socket (Windows)
	waitPoll          // wait in zmq_poll, the thread interruptible
	waitThread        // block the thread in libzmq
)

// forceThreadWait is set by GOZMQ_WAIT=thread, to compare the two paths
// (make bench does) or to rule the poller out when chasing a problem.
var forceThreadWait = os.Getenv("GOZMQ_WAIT") == "thread"

// waitMode says how a call with these flags and timeout (ms) may wait.
func (s *Socket) waitMode(flags SendRecvOption, timeout int) int {
	if flags&DONTWAIT != 0 || timeout == 0 {
		return waitNone
	}
	if s.parkable() {
		return waitPark
	}
	if s.wakeable() {
		return waitWake
	}
	if s.noFD && wait.CanInterrupt() {
		// A thread-safe (draft) socket blocks in libzmq on a condition
		// variable, which no signal interrupts; zmq_poll on it waits in
		// poll(2), which a signal does.
		return waitPoll
	}
	return waitThread
}

// parkable reports whether the socket can wait in the runtime poller,
// registering its ZMQ_FD on first use.
func (s *Socket) parkable() bool {
	if s.desc.Load() != nil {
		return true
	}
	if s.noPark {
		return false
	}
	s.noPark = true
	fd, err := s.zmqFD()
	if err != nil {
		s.noFD = true
		return false
	}
	if forceThreadWait || !wait.CanPark() {
		return false
	}
	// ZMQ_FD signals changes (edge-triggered); ZMQ_EVENTS says what is
	// ready.
	d, err := wait.Register(fd, wait.Read|wait.Edge, nil)
	if err != nil {
		return false
	}
	s.noPark = false
	s.desc.Store(d)
	return true
}

// unpark stops watching the socket's ZMQ_FD; Close calls it before
// zmq_close closes the descriptor.
func (s *Socket) unpark() {
	if d := s.desc.Swap(nil); d != nil {
		d.Close()
	}
}

// zmqFD reads ZMQ_FD, the descriptor libzmq makes readable when the
// socket's state may have changed (an int on POSIX systems).
func (s *Socket) zmqFD() (int, error) {
	s.optLen = 4
	r, e := callAgainOnEINTR(s.a.fn.Getsockopt, s.ptr, uintptr(FD), uintptr(unsafe.Pointer(&s.optBuf)), uintptr(unsafe.Pointer(&s.optLen)))
	if failed(r) {
		return 0, errnoErr(e)
	}
	return int(s.optBuf), nil
}

// events reads ZMQ_EVENTS (uint32 on 2.x, int later: four bytes either
// way). Reading it also makes libzmq process the socket's pending
// commands, after which a change will make ZMQ_FD readable again. The
// value goes through fields of the socket so that nothing is allocated.
func (s *Socket) events() (PollEvents, error) {
	s.optLen = 4
	r, e := callAgainOnEINTR(s.a.fn.Getsockopt, s.ptr, uintptr(EVENTS), uintptr(unsafe.Pointer(&s.optBuf)), uintptr(unsafe.Pointer(&s.optLen)))
	if failed(r) {
		return 0, errnoErr(e)
	}
	return PollEvents(uint32(s.optBuf)), nil
}

// park waits until the socket may be ready for ev, its timeout (ms, -1
// forever) passes (EAGAIN), it is closed, or the context of a
// SendCtx/RecvCtx call ends. It runs after the call failed with EAGAIN.
// The order is what keeps an edge-triggered ZMQ_FD from losing a
// wake-up: Prepare, then read ZMQ_EVENTS, and only then Wait.
// ZMQ_EVENTS is needed here, not the failed call alone: it makes
// libzmq process the socket's pending commands unconditionally, where a
// failed zmq_send may have skipped them (libzmq throttles that
// processing by time), leaving a command whose signal was already
// spent. Before parking, waitBriefly may wait a little on the
// descriptor in the calling thread. After a wake-up, or an end of that
// wait, park returns at once and the caller makes the call again: a
// success needs no ZMQ_EVENTS read, and a new EAGAIN brings it back
// here to read one before the next wait.
func (s *Socket) park(ev PollEvents, w *waiter, timeout int) error {
	d := s.desc.Load()
	if sh := s.share.Load(); sh != nil {
		return s.parkShared(sh, d, ev, w, timeout)
	}
	if w.looked && ev == POLLIN {
		// The failed receive was the look (lookOnFail).
		w.looked = false
	} else {
		d.Prepare()
		got, err := s.events()
		if err != nil {
			return err
		}
		if got&ev != 0 {
			return nil
		}
	}
	if err := s.stopped(); err != nil {
		return err
	}
	left, ok := w.remaining(timeout)
	if !ok {
		return EAGAIN
	}
	if s.waitBriefly(d, w, left) {
		return nil
	}
	if left, ok = w.remaining(timeout); !ok {
		return EAGAIN
	}
	switch d.Wait(left, s.ctxDone) {
	case wait.ErrTimeout:
		return EAGAIN
	case wait.ErrClosed:
		return s.closedErr()
	}
	// Woken or cancelled: the call is made again, and a cancelled one
	// returns at its next EAGAIN (stopped), so that a message that came
	// first is not lost.
	return nil
}

// stopped says why a wait must end now: the socket is closing, or the
// context of the call in progress is done.
func (s *Socket) stopped() error {
	if s.state.Load()&stClosing != 0 {
		return s.closedErr()
	}
	if s.ctxDone != nil {
		select {
		case <-s.ctxDone:
			return errCancelled
		default:
		}
	}
	return nil
}

// left is how much of a timeout (ms) remains, counted from the first
// wait of the call.
func (w *waiter) left(timeout int) time.Duration {
	if !w.deadline {
		w.start = time.Now()
		w.deadline = true
	}
	return time.Duration(timeout)*time.Millisecond - time.Since(w.start)
}

// remaining is what left says for a finite timeout (ms), -1 for an
// infinite one; ok is false once a finite timeout has run out.
func (w *waiter) remaining(timeout int) (left time.Duration, ok bool) {
	if timeout < 0 {
		return -1, true
	}
	left = w.left(timeout)
	return left, left > 0
}

// again decides what a call does after it failed with errno e: nil means
// make it again (after parking when e is EAGAIN and the call may wait).
func (s *Socket) again(e int, mode int, w *waiter, timeout int, ev PollEvents) error {
	if mode == waitPark {
		if e == int(syscall.EAGAIN) {
			return s.park(ev, w, timeout)
		}
		if e == int(syscall.EINTR) {
			// A DONTWAIT call was interrupted while libzmq read its
			// command pipe: nothing moved.
			if err := s.stopped(); err != nil {
				return err
			}
			if s.noRetry {
				return EINTR
			}
			return nil
		}
		return errnoErr(e)
	}
	if mode == waitWake && e == int(syscall.EAGAIN) {
		if e = s.waitTurn(ev, timeout, w); e == 0 {
			return nil
		}
	}
	if mode == waitPoll && e == int(syscall.EAGAIN) {
		left, ok := w.remaining(timeout)
		if !ok {
			return EAGAIN
		}
		_, err := s.pollSelf(ev, left)
		if err == nil {
			return nil // ready, or the time is up: the call says which
		}
		if err != EINTR {
			return err
		}
		e = int(syscall.EINTR)
	}
	return s.retry(e, mode != waitNone, w, timeout, ev)
}

// callFlags is what a call is made with in mode: when parking, libzmq
// itself must never wait.
func callFlags(flags SendRecvOption, mode int) SendRecvOption {
	if mode == waitPark || mode == waitWake || mode == waitPoll {
		return flags | DONTWAIT
	}
	return flags
}

// call1 makes one try of fn(x, y, flags), blocking in libzmq only in
// waitThread mode.
//
//go:uintptrescapes
func (s *Socket) call1(mode int, fn, x, y uintptr, flags SendRecvOption) (uintptr, int) {
	if mode == waitThread {
		r, e := ccall.CallBlocking(s.thread.Slot(), fn, x, y, uintptr(flags), 0, 0, 0)
		s.thread.Done()
		return r, e
	}
	return ccall.Call(fn, x, y, uintptr(flags), 0, 0, 0)
}
