//go:build !windows

package zmq

import (
	"math"
	"syscall"
)

// needWatched is false: poll(2) takes a set in which no item asks for
// anything, and then only waits.
const needWatched = false

// alwaysStrict is false: zmq_poll's own poll(2) ignores a negative
// descriptor and reports one that is not open as POLLNVAL, which libzmq
// turns into POLLERR, just as the rule in pollcheck.go says.
const alwaysStrict = false

// fdCheck hands every descriptor to libzmq unless strict (a thread-safe
// socket is in the set): then a negative descriptor is ignored and one
// that is not open is an error, without libzmq seeing either.
func fdCheck(c *pollitemC, strict bool) (fdVerdict, int16) {
	if !strict {
		return fdPass, c.events
	}
	if c.fd < 0 {
		return fdIgnore, 0
	}
	var st syscall.Stat_t
	if syscall.Fstat(int(c.fd), &st) == syscall.EBADF {
		return fdError, 0
	}
	return fdPass, c.events
}

// anyWakeable is not needed where needWatched is false.
func anyWakeable([]*Socket) bool { return true }

// minNofile is the fewest descriptors a process is taken to be allowed:
// a poll over no more items is not checked against RLIMIT_NOFILE.
const minNofile = 64

// checkCount refuses a poll over more items than the process may have
// descriptors: poll(2) fails then with EINVAL, and libzmq aborts. The
// limit is read only for a poll over more than minNofile items.
func checkCount(n, _ int) error {
	if n <= minNofile {
		return nil
	}
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl) != nil {
		return nil
	}
	if uint64(n) > uint64(rl.Cur) {
		return errTooManyItems(n, int(rl.Cur), "descriptors RLIMIT_NOFILE allows (poll(2) would fail and libzmq abort)")
	}
	return nil
}

// maxCLong is the largest timeout zmq_poll takes: C long is as wide as
// a pointer on POSIX systems, as Go's int is.
const maxCLong = math.MaxInt
