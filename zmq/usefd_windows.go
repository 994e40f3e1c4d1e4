//go:build windows

package zmq

import (
	"syscall"
	"unsafe"
)

const soAcceptConn = 0x0002 // SO_ACCEPTCONN

// badListener says why the SOCKET fd cannot serve as a listener,
// or "" when it can.
func badListener(fd int64) string {
	if fd < 0 {
		return "is not a socket"
	}
	h := syscall.Handle(fd)
	getInt := func(opt int32) (int32, error) {
		var v int32
		n := int32(unsafe.Sizeof(v))
		err := syscall.Getsockopt(h, solSocket, opt, (*byte)(unsafe.Pointer(&v)), &n)
		return v, err
	}
	typ, err := getInt(soType)
	if err != nil {
		return "is not an open socket"
	}
	if typ != syscall.SOCK_STREAM {
		return "is not a stream socket"
	}
	if on, err := getInt(soAcceptConn); err == nil && on == 0 {
		return "is not listening"
	}
	return ""
}
