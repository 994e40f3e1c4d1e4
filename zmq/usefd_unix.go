//go:build !windows

package zmq

import "syscall"

// badListener says why fd cannot serve as a listener, or "" when it
// can.
func badListener(fd int64) string {
	if fd < 0 || fd > 1<<31-1 {
		return "is not a descriptor"
	}
	d := int(fd)
	typ, err := syscall.GetsockoptInt(d, syscall.SOL_SOCKET, syscall.SO_TYPE)
	if err != nil {
		return "is not an open socket"
	}
	if typ != syscall.SOCK_STREAM {
		return "is not a stream socket"
	}
	if on, err := syscall.GetsockoptInt(d, syscall.SOL_SOCKET, syscall.SO_ACCEPTCONN); err == nil && on == 0 {
		return "is not listening"
	}
	return ""
}
