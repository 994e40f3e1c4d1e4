//go:build windows

package zmq

import "syscall"

// The wake socket is the binding's own, but a SOCKET is only a number:
// code elsewhere in the process that closes a stale handle twice can
// close it behind the binding's back. zmq_poll then gets a handle that
// is no socket: WSAPoll reports POLLNVAL for it at once (a busy loop),
// select fails the call with ENOTSOCK (a wrong error). Checking before
// every poll would cost a system call on the hot path, so the wake
// socket is checked only after a poll says something is wrong with it,
// and replaced when it is gone (wait.WakeSocket.Lost).

// suspect reports whether a poll result points at a bad wake socket:
// the call failed with ENOTSOCK (select) or the wake item came back
// with POLLERR (WSAPoll's POLLNVAL).
func suspect(wake []pollitemC, r uintptr, e int) bool {
	if failed(r) {
		return e == int(syscall.ENOTSOCK)
	}
	for i := range wake {
		if wake[i].revents&int16(POLLERR) != 0 {
			return true
		}
	}
	return false
}

// renewWakes replaces the wake sockets of socks that are gone when the
// result of polling wake (their items) points at one; true means the
// poll must be made again, with new wake items.
func renewWakes(wake []pollitemC, socks []*Socket, r uintptr, e int) bool {
	if len(wake) == 0 || !suspect(wake, r, e) {
		return false
	}
	renewed := false
	for _, s := range socks {
		if s.wake.Lost() {
			renewed = true
		}
	}
	return renewed
}
