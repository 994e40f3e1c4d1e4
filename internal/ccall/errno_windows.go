//go:build windows

package ccall

import "syscall"

// The C run-time's errno numbers on Windows (those of MSVC's errno.h,
// which MinGW-w64 shares; libzmq uses them, and its own ZMQ_HAUSNUMERO
// numbers only for what errno.h lacks), paired with Go's syscall.Errno
// for the same condition. Go's numbers are its own on Windows
// (APPLICATION_ERROR + n), so without this EINTR, EAGAIN, EINVAL... from
// libzmq would never equal syscall.EINTR, syscall.EAGAIN, syscall.EINVAL.
var crtErrnos = [...]struct {
	c   int
	goe syscall.Errno
}{
	{1, syscall.EPERM}, {2, syscall.ENOENT}, {3, syscall.ESRCH}, {4, syscall.EINTR},
	{5, syscall.EIO}, {6, syscall.ENXIO}, {7, syscall.E2BIG}, {8, syscall.ENOEXEC},
	{9, syscall.EBADF}, {10, syscall.ECHILD}, {11, syscall.EAGAIN}, {12, syscall.ENOMEM},
	{13, syscall.EACCES}, {14, syscall.EFAULT}, {16, syscall.EBUSY}, {17, syscall.EEXIST},
	{18, syscall.EXDEV}, {19, syscall.ENODEV}, {20, syscall.ENOTDIR}, {21, syscall.EISDIR},
	{22, syscall.EINVAL}, {23, syscall.ENFILE}, {24, syscall.EMFILE}, {25, syscall.ENOTTY},
	{27, syscall.EFBIG}, {28, syscall.ENOSPC}, {29, syscall.ESPIPE}, {30, syscall.EROFS},
	{31, syscall.EMLINK}, {32, syscall.EPIPE}, {33, syscall.EDOM}, {34, syscall.ERANGE},
	{36, syscall.EDEADLK}, {38, syscall.ENAMETOOLONG}, {39, syscall.ENOLCK}, {40, syscall.ENOSYS},
	{41, syscall.ENOTEMPTY}, {42, syscall.EILSEQ},
	{100, syscall.EADDRINUSE}, {101, syscall.EADDRNOTAVAIL}, {102, syscall.EAFNOSUPPORT},
	{103, syscall.EALREADY}, {104, syscall.EBADMSG}, {105, syscall.ECANCELED},
	{106, syscall.ECONNABORTED}, {107, syscall.ECONNREFUSED}, {108, syscall.ECONNRESET},
	{109, syscall.EDESTADDRREQ}, {110, syscall.EHOSTUNREACH}, {111, syscall.EIDRM},
	{112, syscall.EINPROGRESS}, {113, syscall.EISCONN}, {114, syscall.ELOOP},
	{115, syscall.EMSGSIZE}, {116, syscall.ENETDOWN}, {117, syscall.ENETRESET},
	{118, syscall.ENETUNREACH}, {119, syscall.ENOBUFS}, {120, syscall.ENODATA},
	{121, syscall.ENOLINK}, {122, syscall.ENOMSG}, {123, syscall.ENOPROTOOPT},
	{124, syscall.ENOSR}, {125, syscall.ENOSTR}, {126, syscall.ENOTCONN},
	{127, syscall.ENOTRECOVERABLE}, {128, syscall.ENOTSOCK}, {129, syscall.ENOTSUP},
	{130, syscall.EOPNOTSUPP}, {132, syscall.EOVERFLOW}, {133, syscall.EOWNERDEAD},
	{134, syscall.EPROTO}, {135, syscall.EPROTONOSUPPORT}, {136, syscall.EPROTOTYPE},
	{137, syscall.ETIME}, {138, syscall.ETIMEDOUT}, {139, syscall.ETXTBSY},
	{140, syscall.EWOULDBLOCK},
}

// fromC is indexed by the C number; 0 marks a number without a Go twin.
var fromC = func() (t [141]syscall.Errno) {
	for _, p := range crtErrnos {
		t[p.c] = p.goe
	}
	return t
}()

// goErrno converts the errno a C call left into Go's syscall.Errno
// number; numbers outside errno.h (libzmq's ZMQ_HAUSNUMERO ones) pass
// unchanged.
func goErrno(e uintptr) int {
	n := int(int32(e))
	if n > 0 && n < len(fromC) && fromC[n] != 0 {
		return int(fromC[n])
	}
	return n
}

// CErrno converts a Go error number back to the C run-time's, for
// zmq_strerror.
func CErrno(e int) int {
	for _, p := range crtErrnos {
		if int(p.goe) == e {
			return p.c
		}
	}
	return e
}
