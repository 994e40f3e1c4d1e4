//go:build !windows

package zmq

import "syscall"

// needWatched is false: poll(2) takes a set in which no item asks for
// anything, and then only waits.
const needWatched = false

// fdCheck hands every descriptor to libzmq: its poll(2) ignores a
// negative one and reports one that is not open as POLLNVAL, which
// libzmq turns into POLLERR, just as the rule in pollcheck.go says.
func fdCheck(c *pollitemC) (fdVerdict, int16) { return fdPass, c.events }

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
