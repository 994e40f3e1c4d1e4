//go:build windows

package wait

import (
	"syscall"
	"unsafe"
)

// Lost reports whether the wake socket has stopped being a socket (code
// elsewhere in the process closing a stale handle number twice can close
// it), and then forgets it without closing it, since its number may be
// another's socket by now: the next Ensure makes a new one. Only the
// waiting goroutine calls it.
func (w *WakeSocket) Lost() bool {
	h := w.h.Load()
	if h == 0 || isSocket(h) {
		return false
	}
	w.h.CompareAndSwap(h, 0)
	w.pending.Store(false)
	return true
}

// isSocket reports whether h is an open socket: getsockopt(SO_TYPE)
// fails with WSAENOTSOCK for anything else.
func isSocket(h uintptr) bool {
	const solSocket, soType = 0xffff, 0x1008
	var typ int32
	n := int32(unsafe.Sizeof(typ))
	return syscall.Getsockopt(syscall.Handle(h), solSocket, soType, (*byte)(unsafe.Pointer(&typ)), &n) == nil
}
