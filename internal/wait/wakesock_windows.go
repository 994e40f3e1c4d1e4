//go:build windows

package wait

import (
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"
)

// Windows has no signal that interrupts a thread blocked in a foreign
// call. What can end a wait there is a socket of the waiter's own in
// the same poll (zmq_poll takes raw SOCKETs next to libzmq sockets): a
// UDP socket bound to 127.0.0.1 that Ring sends a datagram to.

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

// WakeSocket is a waiter's wake-up socket, made at its first Ensure
// and closed by Release. Only the waiting goroutine calls Ensure,
// Drain and Release; any goroutine may Ring.
type WakeSocket struct {
	h       atomic.Uintptr // the SOCKET; 0 when none
	addr    sockaddrIn     // where it listens
	pending atomic.Bool    // a datagram is on its way or unread
	failed  bool           // could not be made: callers wait otherwise
}

// sockaddrIn is the C struct sockaddr_in.
type sockaddrIn struct {
	family uint16
	port   uint16 // network byte order
	addr   [4]byte
	zero   [8]byte
}

// Ensure makes the wake socket if it does not exist yet, and reports
// whether it exists.
func (w *WakeSocket) Ensure() bool {
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

// Handle returns the SOCKET to poll for reading; 0 when there is none.
func (w *WakeSocket) Handle() uintptr { return w.h.Load() }

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
	// Non-blocking both ways: Ring must never wait, and Drain reads
	// until nothing is left.
	on := uint32(1)
	if r, _, err := procIoctlsock.Call(uintptr(h), fionbio, uintptr(unsafe.Pointer(&on))); r != 0 {
		return fail(err)
	}
	*addr = sockaddrIn{family: syscall.AF_INET, port: uint16(in.Port>>8) | uint16(in.Port&0xff)<<8, addr: in.Addr}
	return h, nil
}

// Ring wakes the poll waiting on the socket, if any. At most one
// datagram is outstanding: callers ring again (every millisecond) until
// the waiter has returned, so none is needed more.
func (w *WakeSocket) Ring() {
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

// Drain reads every datagram and allows the next Ring.
func (w *WakeSocket) Drain() {
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

// Release closes the wake socket; its waiter is gone by then.
func (w *WakeSocket) Release() {
	if h := w.h.Swap(0); h != 0 {
		syscall.Closesocket(syscall.Handle(h))
	}
}
