package zmq4

import (
	"errors"
	"syscall"

	"github.com/gozmq/gozmq/zmq"
)

// Errno is an error number from libzmq or the system, the type of every
// error a libzmq call returns through this package, as in pebbe/zmq4:
// compare it with the constants below, directly or through AsErrno.
type Errno uintptr

// hausnumero is ZMQ_HAUSNUMERO, where libzmq's own error numbers start.
const hausnumero = 156384712

// Error numbers libzmq returns. Those the system defines have the
// system's numbers, as libzmq uses them; the last four are libzmq's own.
const (
	EADDRINUSE      = Errno(syscall.EADDRINUSE)
	EADDRNOTAVAIL   = Errno(syscall.EADDRNOTAVAIL)
	EAFNOSUPPORT    = Errno(syscall.EAFNOSUPPORT)
	ECONNABORTED    = Errno(syscall.ECONNABORTED)
	ECONNREFUSED    = Errno(syscall.ECONNREFUSED)
	ECONNRESET      = Errno(syscall.ECONNRESET)
	EHOSTUNREACH    = Errno(syscall.EHOSTUNREACH)
	EINPROGRESS     = Errno(syscall.EINPROGRESS)
	EMSGSIZE        = Errno(syscall.EMSGSIZE)
	ENETDOWN        = Errno(syscall.ENETDOWN)
	ENETRESET       = Errno(syscall.ENETRESET)
	ENETUNREACH     = Errno(syscall.ENETUNREACH)
	ENOBUFS         = Errno(syscall.ENOBUFS)
	ENOTCONN        = Errno(syscall.ENOTCONN)
	ENOTSOCK        = Errno(syscall.ENOTSOCK)
	ENOTSUP         = Errno(syscall.ENOTSUP)
	EPROTONOSUPPORT = Errno(syscall.EPROTONOSUPPORT)
	ETIMEDOUT       = Errno(syscall.ETIMEDOUT)

	EFSM           = Errno(hausnumero + 51)
	ENOCOMPATPROTO = Errno(hausnumero + 52)
	ETERM          = Errno(hausnumero + 53)
	EMTHREAD       = Errno(hausnumero + 54)
)

// Errors of this package that are not error numbers. The names and
// texts are pebbe/zmq4's, so code that compares with them keeps working.
var (
	ErrorContextClosed         = errors.New("Context is closed")
	ErrorSocketClosed          = errors.New("Socket is closed")
	ErrorMoreExpected          = errors.New("More expected")
	ErrorNotImplemented405     = errors.New("Not implemented, requires 0MQ version 4.0.5")
	ErrorNotImplemented41      = errors.New("Not implemented, requires 0MQ version 4.1")
	ErrorNotImplemented42      = errors.New("Not implemented, requires 0MQ version 4.2")
	ErrorNotImplementedWindows = errors.New("Not implemented on Windows")
	ErrorNoSocket              = errors.New("No such socket")
)

// ErrSocketBusy is returned when a socket is used by a goroutine while
// another goroutine is inside a call on it. With pebbe/zmq4 that is
// undefined behaviour (libzmq may abort); here it is this error, the
// same value as zmq.ErrSocketBusy.
var ErrSocketBusy = zmq.ErrSocketBusy

// Error returns libzmq's text for error number e, or the system's.
func (errno Errno) Error() string {
	if errno >= hausnumero {
		return zmq.Strerror(int(errno))
	}
	return syscall.Errno(errno).Error()
}

// Is lets errors.Is match an Errno against the syscall.Errno or the
// gozmq error (zmq.ETERM ...) of the same number, beyond what pebbe/zmq4
// offers; == keeps pebbe's meaning.
func (errno Errno) Is(target error) bool {
	n, ok := zmq.ErrnoOf(target)
	return ok && n == int(errno)
}

// AsErrno returns err as an Errno when it is one (or a syscall.Errno),
// or wraps one (an endpoint refused before libzmq saw it is EINVAL with
// the reason), and 0 otherwise.
func AsErrno(err error) Errno {
	if e, ok := err.(Errno); ok {
		return e
	}
	if n, ok := zmq.ErrnoOf(err); ok {
		return Errno(n)
	}
	return Errno(0)
}

// Error returns libzmq's text for error number e (zmq_strerror).
func Error(e int) string { return zmq.Strerror(e) }

// errget re-types an error from package zmq the way pebbe/zmq4 returns
// it: error numbers become Errno, everything else (*zmq.VersionError,
// ErrSocketBusy, wrapped errors) is passed on.
func errget(err error) error {
	if err == nil {
		return nil
	}
	if n, ok := zmq.ErrnoOf(err); ok && isBareErrno(err) {
		return Errno(n)
	}
	return err
}

// isBareErrno tells a plain error number from an error that wraps one
// with more text, which is worth keeping.
func isBareErrno(err error) bool {
	return errors.Unwrap(err) == nil
}
