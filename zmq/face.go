package zmq

import (
	"errors"
	"syscall"
)

// Hooks for other faces of this package (zmq4, the pebbe/zmq4 API):
// they share this package's sockets and calls and need a few facts it
// otherwise keeps to itself.

// ErrnoOf returns the error number behind err when err is, or wraps, an
// error number this package returned (ETERM, EFSM, syscall.EAGAIN ...),
// so that another API can re-type it without a table of its own.
func ErrnoOf(err error) (int, bool) {
	var z zmqErrno
	if errors.As(err, &z) {
		return int(z), true
	}
	var e syscall.Errno
	if errors.As(err, &e) {
		return int(e), true
	}
	return 0, false
}

// Strerror returns libzmq's text for error number e (zmq_strerror), or
// the system's when libzmq cannot be loaded.
func Strerror(e int) string { return zmqErrno(e).Error() }
