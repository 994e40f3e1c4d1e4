package zmq

import (
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/internal/wait"
)

// On Windows no signal interrupts a thread blocked in libzmq, so a
// blocking call there first waits in zmq_poll on its socket and on the
// socket's wait.WakeSocket, which Close (or a cancelled context) rings.
// The wait ends either when the socket is ready, and the call then goes
// ahead without blocking, or when the wake socket is rung, and the call
// returns as it does after a signal elsewhere (ENOTSOCK, ETERM or the
// context's error). Elsewhere there is no wake socket: Ensure is false,
// and none of this is used.

// interruptible reports whether a blocked call on s can be woken: by a
// signal to its thread, or by its wake socket.
func (s *Socket) interruptible() bool { return wait.CanInterrupt() || s.wake.Ensure() }

// wakeable reports whether blocking calls on s can wait in waitTurn:
// a DONTWAIT call first, and on EAGAIN a zmq_poll that the wake socket
// can end. A call that fails at once (EFSM, ETERM...) so still does.
func (s *Socket) wakeable() bool { return s.wake.Ensure() }

// waitTurn waits, after a DONTWAIT call found nothing to do, until the
// socket has ev, the call is woken, or timeout milliseconds (-1: none)
// have passed since the call began. It returns 0 when the call should
// be made again, EINTR when woken (the caller's retry then returns the
// closed or cancelled error) and EAGAIN when the time is up.
func (s *Socket) waitTurn(ev PollEvents, timeout int, w *waiter) int {
	if w.start.IsZero() {
		w.start = time.Now()
	}
	items := [2]pollitemC{
		{socket: s.ptr, events: int16(ev)},
		{fd: ZmqOsSocketType(s.wake.Handle()), events: int16(POLLIN)},
	}
	for {
		s.wake.Drain()
		if s.state.Load()&stClosing != 0 || s.cancelled.Load() {
			return int(syscall.EINTR)
		}
		left := time.Duration(-1)
		if timeout >= 0 {
			if left = time.Duration(timeout)*time.Millisecond - time.Since(w.start); left < 0 {
				left = 0
			}
		}
		items[0].revents, items[1].revents = 0, 0
		// Without a wake socket (it was lost and none could be made
		// again) the wait goes on without one: never hand over handle 0.
		n := uintptr(len(items))
		if items[1].fd == 0 {
			n = 1
		}
		r, e := ccall.Call(s.a.fn.Poll, uintptr(unsafe.Pointer(&items[0])), n, uintptr(pollTimeout(s.a, left)), 0, 0, 0)
		if renewWakes(items[1:n], []*Socket{s}, r, e) {
			s.wake.Ensure()
			items[1].fd = ZmqOsSocketType(s.wake.Handle())
			continue
		}
		if failed(r) {
			if e == int(syscall.EINTR) {
				continue
			}
			return e
		}
		if items[0].revents != 0 {
			return 0
		}
		if items[1].revents == 0 && left >= 0 && time.Since(w.start) >= time.Duration(timeout)*time.Millisecond {
			return int(syscall.EAGAIN)
		}
	}
}

// addWakeItems appends the wake socket of every socket in socks to a
// copy of citems, so that Close of any of them ends the wait of Poll,
// Poller or Proxy. It returns the items to poll and how many were added
// (none where there are no wake sockets).
func addWakeItems(citems []pollitemC, socks []*Socket) ([]pollitemC, int) {
	items := citems
	n := 0
	for _, s := range socks {
		if !s.wake.Ensure() {
			continue
		}
		if n == 0 {
			items = append(make([]pollitemC, 0, len(citems)+len(socks)), citems...)
		}
		s.wake.Drain()
		items = append(items, pollitemC{fd: ZmqOsSocketType(s.wake.Handle()), events: int16(POLLIN)})
		n++
	}
	return items, n
}

// takeWake hands the result of polling items (from addWakeItems) back
// to citems: the events of the caller's items are copied, and a wake
// item that fired turns the result into EINTR, as a signal does
// elsewhere, so that the caller sees a closed socket.
func takeWake(items, citems []pollitemC, n int, r uintptr, e int) (uintptr, int) {
	if n == 0 || failed(r) {
		return r, e
	}
	for i := range citems {
		citems[i].revents = items[i].revents
	}
	woken := 0
	for _, it := range items[len(citems):] {
		if it.revents != 0 {
			woken++
		}
	}
	if woken > 0 {
		return ^uintptr(0), int(syscall.EINTR)
	}
	return r, e
}
