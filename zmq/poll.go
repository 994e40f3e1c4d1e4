package zmq

import (
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/internal/wait"
)

// PollItem is one socket or file descriptor to watch in Poll. Set either
// Socket, or Fd with Socket nil. Events says what to wait for; Poll sets
// REvents to what happened.
//
// Fd is answered as poll(2) answers on every platform: a negative Fd
// (INVALID_SOCKET on Windows) is ignored, and one that is not open (on
// Windows: not a socket, the only descriptors zmq_poll takes there) is
// reported at once with REvents POLLERR. On Windows, POLLPRI is never
// reported (Winsock has no priority data), and an Fd item asking for
// nothing else is ignored. Closing a descriptor while it is being
// polled remains a race for the caller to avoid.
type PollItem struct {
	Socket  *Socket
	Fd      ZmqOsSocketType
	Events  PollEvents
	REvents PollEvents
}

// PollItems is a list of PollItem.
type PollItems []PollItem

// Poll waits until one of items is ready or timeout passes, and returns
// how many are ready. A negative timeout waits forever; zero returns at
// once. Timeouts are rounded up to libzmq's unit (microseconds on 2.x,
// milliseconds later) and cut to what zmq_poll's C long holds (2^31-1
// units on Windows and 32-bit systems). Signals do not end the wait
// early; closing one of the sockets from another goroutine does, with
// that socket's error. A set libzmq's poll call cannot take is EINVAL
// rather than the abort libzmq would make of it: more items than
// RLIMIT_NOFILE descriptors on POSIX systems, more than 16384 (items
// plus one per distinct socket) on Windows.
func Poll(items []PollItem, timeout time.Duration) (count int, err error) {
	a, err := lib()
	if err != nil {
		return 0, err
	}
	citems := make([]pollitemC, len(items))
	entered := make([]*Socket, 0, len(items))
	defer func() {
		for _, s := range entered {
			s.leave()
		}
	}()
	noRetry := false
	for i := range items {
		it := &items[i]
		it.REvents = 0
		citems[i] = pollitemC{fd: it.Fd, events: int16(it.Events)}
		if it.Socket == nil {
			continue
		}
		s := it.Socket
		citems[i].socket = s.ptr
		if contains(entered, s) {
			continue
		}
		if err := s.enterLong(); err != nil {
			return 0, err
		}
		entered = append(entered, s)
		noRetry = noRetry || s.noRetry
	}
	n, err := pollChecked(a, citems, timeout, entered, noRetry)
	if err != nil {
		return 0, err
	}
	for i := range items {
		items[i].REvents = PollEvents(citems[i].revents)
	}
	return n, nil
}

func contains(list []*Socket, s *Socket) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pollC runs zmq_poll over citems, whose sockets are already entered.
// It waits in the runtime poller when it can (pollPark); otherwise in
// zmq_poll, every socket recording this thread so that Close can
// interrupt the wait. EINTR is retried with the time that is left.
func pollC(a *api, citems []pollitemC, timeout time.Duration, socks []*Socket, noRetry bool) (int, error) {
	if len(citems) == 0 {
		// zmq_poll would only sleep, and 2.x's sleep (usleep, result
		// ignored) ends early at any signal while reporting a full wait.
		if timeout > 0 {
			time.Sleep(timeout)
		} else if timeout < 0 {
			select {}
		}
		return 0, nil
	}
	if timeout != 0 && parkAll(socks) {
		if n, err, ok := pollPark(a, citems, timeout, socks, noRetry); ok {
			return n, err
		}
	}
	if timeout != 0 {
		pin(socks)
		defer unpin(socks)
	}
	var start time.Time
	if timeout > 0 {
		start = time.Now()
	}
	left := timeout
	for {
		// The pointer is converted in the argument list itself: a small
		// citems may live on the goroutine stack, which can move before
		// the call, so an address taken earlier would go stale.
		// ccall.Call rather than the variadic callNB: no argument slice
		// to allocate on every poll of a Poller.
		items, nw := addWakeItems(citems, socks)
		r, e := ccall.Call(a.fn.Poll, uintptr(unsafe.Pointer(unsafe.SliceData(items))), uintptr(len(items)), uintptr(pollTimeout(a, left)), 0, 0, 0)
		if renewWakes(items[len(citems):], socks, r, e) {
			continue
		}
		r, e = takeWake(items, citems, nw, r, e)
		if !failed(r) {
			return int(int32(r)), nil
		}
		if e != int(syscall.EINTR) {
			return 0, errnoErr(e)
		}
		for _, s := range socks {
			if s.state.Load()&stClosing != 0 {
				return 0, s.closedErr()
			}
		}
		if noRetry {
			return 0, EINTR
		}
		if timeout > 0 {
			if left = timeout - time.Since(start); left <= 0 {
				return 0, nil
			}
		}
	}
}

// pollTimeout converts d to zmq_poll's unit, rounding up so that a short
// positive wait is not turned into a busy poll.
func pollTimeout(a *api, d time.Duration) int64 {
	if d < 0 {
		return -1
	}
	unit := time.Duration(a.Table.PollUnit)
	return min(int64((d+unit-1)/unit), maxCLong)
}

// pin locks the goroutine to its thread and records that thread in each
// socket for the duration of a multi-call blocking operation (Poll,
// Proxy), so that Close on any of them can interrupt it.
func pin(socks []*Socket) {
	id := wait.LockThread()
	for _, s := range socks {
		s.thread.Pin(id)
	}
}

func unpin(socks []*Socket) {
	for _, s := range socks {
		s.thread.Unpin()
	}
	wait.UnlockThread()
}

// pollSelf waits up to d for ev on the socket alone (used to bound EINTR
// retries by the socket's timeout).
func (s *Socket) pollSelf(ev PollEvents, d time.Duration) (int, error) {
	items := []pollitemC{{socket: s.ptr, events: int16(ev)}}
	if !s.thread.Pinned() {
		pin([]*Socket{s})
		defer unpin([]*Socket{s})
	}
	r, e := callNB(s.a.fn.Poll, uintptr(unsafe.Pointer(&items[0])), 1, uintptr(pollTimeout(s.a, d)))
	if failed(r) {
		return 0, errnoErr(e)
	}
	return int(int32(r)), nil
}

// parkAll reports whether every socket can wait in the runtime poller.
func parkAll(socks []*Socket) bool {
	for _, s := range socks {
		if !s.parkable() {
			return false
		}
	}
	return true
}

// pollPark is pollC in the runtime poller: zmq_poll without waiting, and
// when nothing is ready, a wait for any item's descriptor. Every socket's
// wake-ups go to one note for the time of the call (the first socket's,
// which nothing else uses while the socket is entered); plain
// descriptors are registered for the events asked, their wake-ups going
// there too. ok is false, with nothing done, when a descriptor cannot be
// watched (a regular file, or one watched already): the caller then
// waits in zmq_poll.
func pollPark(a *api, citems []pollitemC, timeout time.Duration, socks []*Socket, noRetry bool) (n int, err error, ok bool) {
	var note *wait.Note
	if len(socks) > 0 {
		note = socks[0].desc.Load().Note()
	} else {
		note = wait.NewNote()
	}
	fds, ok := watchFds(citems, note)
	if !ok {
		return 0, nil, false
	}
	defer func() {
		for _, d := range fds {
			d.Close()
		}
	}()
	for _, s := range socks {
		s.desc.Load().Redirect(note)
	}
	defer func() {
		for _, s := range socks {
			s.desc.Load().Redirect(nil)
		}
	}()
	var start time.Time
	if timeout > 0 {
		start = time.Now()
	}
	for {
		note.Clear()
		r, e := ccall.Call(a.fn.Poll, uintptr(unsafe.Pointer(unsafe.SliceData(citems))), uintptr(len(citems)), 0, 0, 0, 0)
		if failed(r) && e != int(syscall.EINTR) {
			return 0, errnoErr(e), true
		}
		if !failed(r) && int32(r) > 0 {
			return int(int32(r)), nil, true
		}
		for _, s := range socks {
			if s.state.Load()&stClosing != 0 {
				return 0, s.closedErr(), true
			}
		}
		if failed(r) {
			if noRetry {
				return 0, EINTR, true
			}
			continue
		}
		left := time.Duration(-1)
		if timeout > 0 {
			if left = timeout - time.Since(start); left <= 0 {
				return 0, nil, true
			}
		}
		// The watches are armed after zmq_poll has read the state: a
		// change since then makes a token at once.
		for _, d := range fds {
			d.Arm()
		}
		for _, s := range socks {
			s.desc.Load().Arm()
		}
		if note.Sleep(left, nil) == wait.ErrTimeout {
			return 0, nil, true
		}
	}
}

// watchFds registers the plain descriptors among citems, with their
// wake-ups going to note.
func watchFds(citems []pollitemC, note *wait.Note) ([]*wait.Desc, bool) {
	var fds []*wait.Desc
	for i := range citems {
		if citems[i].socket != 0 {
			continue
		}
		var ev wait.Events
		if PollEvents(citems[i].events)&POLLIN != 0 {
			ev |= wait.Read
		}
		if PollEvents(citems[i].events)&POLLOUT != 0 {
			ev |= wait.Write
		}
		d, err := wait.Register(int(citems[i].fd), ev, note)
		if err != nil {
			for _, d := range fds {
				d.Close()
			}
			return nil, false
		}
		fds = append(fds, d)
	}
	return fds, true
}
