package zmq

import (
	"os"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// How a call that may wait does so. A goroutine that must wait for a
// socket parks in Go's runtime poller on the socket's ZMQ_FD (see
// hub_linux.go): every libzmq call is then made with DONTWAIT, and an
// OS thread is held only for the length of one call. Where that cannot
// be done (no hub on this platform, a thread-safe draft socket without
// ZMQ_FD, or GOZMQ_WAIT=thread in the environment) the call blocks in
// libzmq, and Close interrupts it with a signal to its thread.
const (
	waitNone   = iota // DONTWAIT or a zero timeout: one try
	waitPark          // park the goroutine in the runtime poller
	waitWake          // wait in zmq_poll with a wake socket (Windows)
	waitThread        // block the thread in libzmq
)

// forceThreadWait is set by GOZMQ_WAIT=thread, to compare the two paths
// (make bench does) or to rule the poller out when chasing a problem.
var forceThreadWait = os.Getenv("GOZMQ_WAIT") == "thread"

// waitSlot is a descriptor watched by the hub and the channel its events
// go to: normally the socket's own, during Poll the poll's.
type waitSlot struct {
	fd     int
	key    uint32
	events uint32 // what the hub watches for (epoll flags)
	// armed is false once the one-shot watch has reported an event and
	// until arm makes it report the next one.
	armed  atomic.Bool
	notify atomic.Pointer[chan struct{}]
}

// wake hands a token to whoever waits on the slot. The channel holds one
// token, so a wake-up that comes before the wait is kept, not lost.
func (ws *waitSlot) wake() {
	if c := ws.notify.Load(); c != nil {
		select {
		case *c <- struct{}{}:
		default:
		}
	}
}

func drain(c chan struct{}) {
	select {
	case <-c:
	default:
	}
}

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
	return waitThread
}

// parkable reports whether the socket can wait in the runtime poller,
// registering it with the hub on first use.
func (s *Socket) parkable() bool {
	if s.slot.Load() != nil {
		return true
	}
	if s.noPark {
		return false
	}
	s.noPark = true
	h := getHub()
	if h == nil || forceThreadWait {
		return false
	}
	fd, err := s.zmqFD()
	if err != nil {
		return false
	}
	ws := new(waitSlot)
	ws.notify.Store(&s.wakeCh)
	if h.add(ws, fd, true, 0) != nil {
		return false
	}
	s.noPark = false
	s.slot.Store(ws)
	return true
}

// unpark removes the socket from the hub; Close calls it before
// zmq_close closes the descriptor.
func (s *Socket) unpark() {
	if ws := s.slot.Swap(nil); ws != nil {
		getHub().remove(ws)
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

// park waits in the runtime poller until the socket may be ready for ev,
// its timeout (ms, -1 forever) passes (EAGAIN), it is closed, or the
// context of a SendCtx/RecvCtx call ends. It runs after the call failed
// with EAGAIN. The order is what keeps an edge-triggered ZMQ_FD from
// losing a wake-up: take the token away, then read ZMQ_EVENTS, and only
// then wait for a new token. ZMQ_EVENTS is needed here, not the failed
// call alone: it makes libzmq process the socket's pending commands
// unconditionally, where a failed zmq_send may have skipped them
// (libzmq throttles that processing by time), leaving a command whose
// signal was already spent. Before parking, waitBriefly may wait a
// little on the descriptor in the calling thread. After a token, or an
// end of that wait, park returns at once and the
// caller makes the call again: a success needs no ZMQ_EVENTS read, and a
// new EAGAIN brings it back here to read one before the next wait.
func (s *Socket) park(ev PollEvents, w *waiter, timeout int) error {
	drain(s.wakeCh)
	got, err := s.events()
	if err != nil {
		return err
	}
	if got&ev != 0 {
		return nil
	}
	if err := s.stopped(); err != nil {
		return err
	}
	left, ok := w.remaining(timeout)
	if !ok {
		return EAGAIN
	}
	if s.waitBriefly(w, left) {
		return nil
	}
	if left, ok = w.remaining(timeout); !ok {
		return EAGAIN
	}
	getHub().arm(s.slot.Load())
	if sleepOn(s.wakeCh, s.ctxDone, left, &s.timer) {
		return EAGAIN
	}
	return nil
}

// sleepOn waits for a token on c or for done to close, at most left
// (forever when negative), and reports whether the time ran out. *tp is
// a timer kept for reuse, so that waiting allocates nothing.
func sleepOn(c chan struct{}, done <-chan struct{}, left time.Duration, tp **time.Timer) bool {
	if left < 0 {
		select {
		case <-c:
		case <-done:
		}
		return false
	}
	t := *tp
	if t == nil {
		t = time.NewTimer(left)
		*tp = t
	} else {
		t.Reset(left)
	}
	select {
	case <-c:
	case <-done:
	case <-t.C:
		return true
	}
	t.Stop()
	return false
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
	return s.retry(e, mode != waitNone, w, timeout, ev)
}

// callFlags is what a call is made with in mode: when parking, libzmq
// itself must never wait.
func callFlags(flags SendRecvOption, mode int) SendRecvOption {
	if mode == waitPark || mode == waitWake {
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
		r, e := ccall.CallBlocking(&s.thread, fn, x, y, uintptr(flags), 0, 0, 0)
		s.blocked()
		return r, e
	}
	return ccall.Call(fn, x, y, uintptr(flags), 0, 0, 0)
}
