package wait

import (
	"errors"
	"time"
)

// Errors a wait ends with. A wait that ends without an error has been
// woken: the caller looks again at what it waits for.
var (
	// ErrTimeout: the time given to the wait has passed.
	ErrTimeout = errors.New("wait: time is up")
	// ErrCancelled: the cancel channel given to the wait was closed.
	ErrCancelled = errors.New("wait: cancelled")
	// ErrClosed: the descriptor was closed (see Desc.Close).
	ErrClosed = errors.New("wait: descriptor closed")
	// ErrUnsupported: this platform has no poller to register with.
	ErrUnsupported = errors.New("wait: no poller on this platform")
)

// Note is what a goroutine sleeps on: a box holding at most one wake-up
// token, and a timer kept for reuse, so that sleeping allocates nothing.
// A token given while nobody sleeps is kept until the next Sleep or
// Clear: a wake-up that comes before the wait is not lost.
//
// One goroutine at a time may Sleep on a Note; any may Wake it.
type Note struct {
	c chan struct{}
	t *time.Timer
}

// NewNote returns an empty Note.
func NewNote() *Note { return &Note{c: make(chan struct{}, 1)} }

// Wake leaves a token in the note, or does nothing if one is there.
func (n *Note) Wake() {
	select {
	case n.c <- struct{}{}:
	default:
	}
}

// Clear takes away a token left by an earlier Wake. A waiter clears the
// note before it looks at what it waits for, so that only a wake-up
// that comes after the look ends the next Sleep.
func (n *Note) Clear() {
	select {
	case <-n.c:
	default:
	}
}

// Sleep waits for a token, at most left (no limit when left is
// negative), or until cancel is closed (a nil cancel never is). It
// returns nil when woken by a token, ErrTimeout or ErrCancelled.
func (n *Note) Sleep(left time.Duration, cancel <-chan struct{}) error {
	if left < 0 {
		select {
		case <-n.c:
			return nil
		case <-cancel:
			return ErrCancelled
		}
	}
	if n.t == nil {
		n.t = time.NewTimer(left)
	} else {
		n.t.Reset(left)
	}
	select {
	case <-n.c:
	case <-cancel:
		n.t.Stop()
		return ErrCancelled
	case <-n.t.C:
		return ErrTimeout
	}
	n.t.Stop()
	return nil
}
