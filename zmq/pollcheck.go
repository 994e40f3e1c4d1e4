package zmq

import (
	"fmt"
	"time"
)

// A plain descriptor in Poll or Poller reaches the poll(2), WSAPoll or
// select call inside zmq_poll, and libzmq asserts that call succeeds:
// a descriptor that makes it fail aborts the process. poll(2) fails for
// no descriptor (it ignores a negative one and reports POLLNVAL for one
// that is not open), but WSAPoll fails when no descriptor in the set is
// a socket or when one asks for POLLPRI, and Windows' select fails on
// a descriptor that is not a socket or on empty sets. So descriptors
// are checked before libzmq sees them (fdCheck, per platform), and all
// platforms answer as poll(2) does:
//
//   - a negative descriptor (INVALID_SOCKET on Windows) is ignored: its
//     REvents stay 0;
//   - one that is not open (not a socket on Windows) is reported at
//     once with REvents POLLERR and counts as ready;
//   - on Windows, POLLPRI is not asked of Winsock, which has no
//     priority data, and an item left with nothing to watch is ignored.
//
// With a thread-safe (draft) socket in the set, libzmq polls through
// its zmq_poller code, which fails with EBADF on a negative descriptor
// and hides POLLNVAL unless POLLERR was asked for: then descriptors are
// checked on POSIX systems too (fstat), to give the same answer.
//
// Items with a libzmq socket cost one comparison each; only plain
// descriptors are checked (on Windows with one getsockopt call).

// fdVerdict says what to do with a plain descriptor item.
type fdVerdict uint8

const (
	fdPass   fdVerdict = iota // hand it to libzmq as it is
	fdAdjust                  // hand it with the events fdCheck returned
	fdIgnore                  // leave it out; its REvents stay 0
	fdError                   // leave it out; report POLLERR
)

// pollChecked is pollC for the items of Poll and Poller, whose plain
// descriptors may be anything a caller handed over. When every item
// can go to libzmq as it is, it is pollC on citems itself.
func pollChecked(a *api, citems []pollitemC, timeout time.Duration, socks []*Socket, noRetry bool) (int, error) {
	if err := checkCount(len(citems), len(socks)); err != nil {
		return 0, err
	}
	clean, watched := true, false
	strict, known := alwaysStrict, alwaysStrict
	for i := range citems {
		c := &citems[i]
		if c.socket != 0 {
			watched = watched || c.events != 0
			continue
		}
		if !known {
			strict, known = anyThreadSafe(socks), true
		}
		v, ev := fdCheck(c, strict)
		if v != fdPass {
			clean = false
			break
		}
		watched = watched || ev != 0
	}
	if clean && (watched || !needWatched || len(citems) == 0) {
		return pollC(a, citems, timeout, socks, noRetry)
	}
	return pollFiltered(a, citems, timeout, socks, noRetry, strict)
}

// anyThreadSafe reports whether one of socks is of a thread-safe type,
// which makes zmq_poll use libzmq's zmq_poller code.
func anyThreadSafe(socks []*Socket) bool {
	for _, s := range socks {
		if s.typ >= SERVER && s.typ <= CHANNEL && s.typ != DGRAM {
			return true
		}
	}
	return false
}

// pollFiltered polls a copy of citems without the descriptors libzmq
// must not see, then reports those as fdCheck decided.
func pollFiltered(a *api, citems []pollitemC, timeout time.Duration, socks []*Socket, noRetry, strict bool) (int, error) {
	keep := make([]pollitemC, 0, len(citems))
	from := make([]int, 0, len(citems))
	var bad []int
	watched := false
	for i := range citems {
		c := citems[i]
		c.revents = 0
		if c.socket == 0 {
			v, ev := fdCheck(&c, strict)
			switch v {
			case fdIgnore:
				continue
			case fdError:
				bad = append(bad, i)
				continue
			case fdAdjust:
				c.events = ev
			}
		}
		watched = watched || c.events != 0
		keep = append(keep, c)
		from = append(from, i)
	}
	if needWatched && !watched && !anyWakeable(socks) {
		// Nothing for libzmq to wait on (Windows' select fails on
		// empty sets): nothing can become ready, so only the time
		// passes, as pollC spends it for no items.
		keep, from = keep[:0], from[:0]
	}
	if len(bad) > 0 {
		// Ready items exist: like poll(2), do not wait.
		timeout = 0
	}
	n, err := pollC(a, keep, timeout, socks, noRetry)
	if err != nil {
		return 0, err
	}
	for i := range citems {
		citems[i].revents = 0
	}
	for j, i := range from {
		citems[i].revents = keep[j].revents
	}
	for _, i := range bad {
		citems[i].revents = int16(POLLERR)
	}
	return n + len(bad), nil
}

// errTooManyItems is the error of a poll over more items than the
// platform's poll call takes.
func errTooManyItems(n, max int, why string) error {
	return fmt.Errorf("gozmq: Poll: %d items, more than the %d %s: %w", n, max, why, EINVAL)
}
