//go:build !windows

package ccall

// goErrno converts the errno a C call left into Go's number for it: on
// POSIX systems both are the C library's, so it only widens.
func goErrno(e uintptr) int { return int(int32(e)) }

// CErrno converts a Go error number back to the C library's, for
// zmq_strerror: the identity here.
func CErrno(e int) int { return e }
