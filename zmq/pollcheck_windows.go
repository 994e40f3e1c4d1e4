//go:build windows

package zmq

import (
	"math"
	"syscall"
	"unsafe"
)

// needWatched is true: Windows' select fails when no item asks for
// anything, and a libzmq built with select asserts that it does not.
const needWatched = true

// maxPollItems is FD_SETSIZE in libzmq's Windows builds (its CMake and
// autotools builds define it so): a select-based zmq_poll asserts that
// it gets no more items.
const maxPollItems = 16384

const (
	solSocket = 0xffff // SOL_SOCKET
	soType    = 0x1008 // SO_TYPE
)

// checkCount refuses a poll over more items than a select-based libzmq
// takes, counting the wake socket each libzmq socket may add.
func checkCount(n, socks int) error {
	if n+socks > maxPollItems {
		return errTooManyItems(n+socks, maxPollItems, "items (with one wake socket per libzmq socket) a select-based libzmq takes on Windows")
	}
	return nil
}

// alwaysStrict is true: Winsock fails on what poll(2) takes.
const alwaysStrict = true

// fdCheck decides on a SOCKET: INVALID_SOCKET (any negative value, as
// WSAPoll documents) is ignored; a handle that is not a socket is an
// error, since WSAPoll fails on a set without a socket and select on
// any non-socket; POLLPRI is dropped, since WSAPoll fails on it; and an
// item left with nothing to watch is ignored, as select fails on empty
// sets.
func fdCheck(c *pollitemC, _ bool) (fdVerdict, int16) {
	if int(c.fd) < 0 {
		return fdIgnore, 0
	}
	if !isSocket(c.fd) {
		return fdError, 0
	}
	ev := c.events &^ int16(POLLPRI)
	if ev&int16(POLLIN|POLLOUT|POLLERR) == 0 {
		return fdIgnore, 0
	}
	if ev != c.events {
		return fdAdjust, ev
	}
	return fdPass, ev
}

// isSocket reports whether h is an open socket: getsockopt fails with
// WSAENOTSOCK for anything else.
func isSocket(h ZmqOsSocketType) bool {
	var typ int32
	n := int32(unsafe.Sizeof(typ))
	return syscall.Getsockopt(syscall.Handle(h), solSocket, soType, (*byte)(unsafe.Pointer(&typ)), &n) == nil
}

// anyWakeable reports whether pollC adds a wake socket for one of
// socks, which libzmq then always has to wait on.
func anyWakeable(socks []*Socket) bool {
	for _, s := range socks {
		if s.wakeable() {
			return true
		}
	}
	return false
}

// maxCLong is the largest timeout zmq_poll takes: C long has 32 bits on
// Windows, and a larger value would be cut to its low bits (2^32 ms
// plus one turned into 1 ms).
const maxCLong = math.MaxInt32
