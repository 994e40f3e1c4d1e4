//go:build windows

package zmq

import (
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// Windows has no signal that interrupts a thread blocked in libzmq, so a
// blocking call there first waits in zmq_poll on its socket and on a
// wake socket of the binding's own: a UDP socket bound to 127.0.0.1
// that Close (or a cancelled context) sends a datagram to. zmq_poll
// takes raw SOCKETs next to libzmq sockets, so the wait ends either when
// the socket is ready, and the call then goes ahead without blocking, or
// when the datagram arrives, and the call returns as it does after a
// signal elsewhere (ENOTSOCK, ETERM or the context's error).

var (
	ws2           = syscall.NewLazyDLL("ws2_32.dll")
	procIoctlsock = ws2.NewProc("ioctlsocket")
	// syscall.Sendto and Recvfrom are stubs on Windows (EWINDOWS).
	procSendto = ws2.NewProc("sendto")
	procRecv   = ws2.NewProc("recv")
	wsaOnce    sync.Once
	wsaErr     error
)

const fionbio = 0x8004667e // FIONBIO: make a SOCKET non-blocking

// wakeSocket is a socket's wake-up channel, made at its first blocking
// call and closed with it.
type wakeSocket struct {
	h       atomic.Uintptr // the SOCKET; 0 when none
	addr    sockaddrIn     // where it listens
	pending atomic.Bool    // a datagram is on its way or unread
	failed  bool           // could not be made: calls block as before
}

// sockaddrIn is the C struct sockaddr_in.
type sockaddrIn struct {
	family uint16
	port   uint16 // network byte order
	addr   [4]byte
	zero   [8]byte
}

// ensure makes the wake socket if it does not exist yet. Only the
// goroutine inside the socket's call runs it.
func (w *wakeSocket) ensure() bool {
	if w.h.Load() != 0 {
		return true
	}
	if w.failed {
		return false
	}
	h, err := newWakeSocket(&w.addr)
	if err != nil {
		w.failed = true
		return false
	}
	w.h.Store(uintptr(h))
	return true
}

func newWakeSocket(addr *sockaddrIn) (syscall.Handle, error) {
	wsaOnce.Do(func() {
		var d syscall.WSAData
		wsaErr = syscall.WSAStartup(0x202, &d)
	})
	if wsaErr != nil {
		return 0, wsaErr
	}
	h, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, syscall.IPPROTO_UDP)
	if err != nil {
		return 0, err
	}
	fail := func(err error) (syscall.Handle, error) {
		syscall.Closesocket(h)
		return 0, err
	}
	if err := syscall.Bind(h, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		return fail(err)
	}
	sa, err := syscall.Getsockname(h)
	if err != nil {
		return fail(err)
	}
	in, ok := sa.(*syscall.SockaddrInet4)
	if !ok {
		return fail(syscall.EAFNOSUPPORT)
	}
	// Non-blocking both ways: ring must never wait, and drain reads
	// until nothing is left.
	on := uint32(1)
	if r, _, err := procIoctlsock.Call(uintptr(h), fionbio, uintptr(unsafe.Pointer(&on))); r != 0 {
		return fail(err)
	}
	*addr = sockaddrIn{family: syscall.AF_INET, port: uint16(in.Port>>8) | uint16(in.Port&0xff)<<8, addr: in.Addr}
	return h, nil
}

// ring wakes the call waiting on the socket, if any. At most one
// datagram is outstanding: Close and a cancelled context ring again
// every millisecond until the call has returned, so none is needed more.
func (w *wakeSocket) ring() {
	h := w.h.Load()
	if h == 0 || !w.pending.CompareAndSwap(false, true) {
		return
	}
	b := byte(1)
	r, _, _ := procSendto.Call(h, uintptr(unsafe.Pointer(&b)), 1, 0, uintptr(unsafe.Pointer(&w.addr)), unsafe.Sizeof(w.addr))
	if int32(r) != 1 {
		w.pending.Store(false)
	}
}

// drain reads every datagram and allows the next ring.
func (w *wakeSocket) drain() {
	h := w.h.Load()
	if h == 0 {
		return
	}
	var b [8]byte
	for {
		// recv returns -1 (WSAEWOULDBLOCK) once the socket is empty.
		if r, _, _ := procRecv.Call(h, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0); int32(r) < 0 {
			break
		}
	}
	w.pending.Store(false)
}

// release closes the wake socket; the socket is idle by then.
func (w *wakeSocket) release() {
	if h := w.h.Swap(0); h != 0 {
		syscall.Closesocket(syscall.Handle(h))
	}
}

// interruptible reports whether a blocked call on s can be woken: when
// its wake socket exists or can be made.
func (s *Socket) interruptible() bool { return s.wake.ensure() }

// wakeable reports whether blocking calls on s can wait in waitTurn:
// a DONTWAIT call first, and on EAGAIN a zmq_poll that the wake socket
// can end. A call that fails at once (EFSM, ETERM...) so still does.
func (s *Socket) wakeable() bool { return s.wake.ensure() }

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
		{fd: ZmqOsSocketType(s.wake.h.Load()), events: int16(POLLIN)},
	}
	for {
		s.wake.drain()
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
		r, e := ccall.Call(s.a.fn.Poll, uintptr(unsafe.Pointer(&items[0])), 2, uintptr(pollTimeout(s.a, left)), 0, 0, 0)
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
// Poller or Proxy. It returns the items to poll and how many were added.
func addWakeItems(citems []pollitemC, socks []*Socket) ([]pollitemC, int) {
	items := citems
	n := 0
	for _, s := range socks {
		if !s.wake.ensure() {
			continue
		}
		if n == 0 {
			items = append(make([]pollitemC, 0, len(citems)+len(socks)), citems...)
		}
		s.wake.drain()
		items = append(items, pollitemC{fd: ZmqOsSocketType(s.wake.h.Load()), events: int16(POLLIN)})
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
