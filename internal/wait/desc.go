package wait

import (
	"sync/atomic"
	"time"
)

// Events says what a registered descriptor is watched for.
type Events uint32

const (
	// Read: the descriptor has something to read.
	Read Events = 1 << iota
	// Write: the descriptor has room to write.
	Write
	// Edge reports changes rather than states: after a report nothing
	// more comes until the descriptor changes again, however long it
	// stays readable. A libzmq ZMQ_FD works this way.
	Edge
)

// Desc is a descriptor registered with the process's poller. Every
// watch is one-shot: it reports once, and reports again only after Arm
// (which Wait does). A descriptor that changes while nobody waits on it
// therefore costs nothing.
//
// The caller side of a wait, as in internal/poll:
//
//	for {
//		try the call without blocking; done unless it would block
//		d.Prepare()
//		look at the state once more; done if it changed (ready)
//		if err := d.Wait(left, cancel); err != nil { give up with err }
//	}
//
// Prepare before the look is what keeps a change that comes between
// the look and the Wait from being lost: it leaves a token, and Wait
// returns at once.
type Desc struct {
	fd     int
	closed atomic.Bool
	own    Note
	home   *Note // the note registered with: own, or the caller's
	note   atomic.Pointer[Note]
	sys    descSys
}

// Register watches fd for ev with the process's poller; wake-ups go to
// n, or to a Note of the descriptor's own when n is nil. It returns
// ErrUnsupported where there is no poller (see CanPark), and the
// system's error for a descriptor the poller cannot watch (a regular
// file, or one already watched). The descriptor must stay open until
// Close.
func Register(fd int, ev Events, n *Note) (*Desc, error) {
	d := &Desc{fd: fd}
	if n == nil {
		d.own.c = make(chan struct{}, 1)
		n = &d.own
	}
	d.home = n
	d.note.Store(n)
	if err := d.register(ev); err != nil {
		return nil, err
	}
	return d, nil
}

// Fd returns the descriptor.
func (d *Desc) Fd() int { return d.fd }

// Note returns the note the descriptor was registered with.
func (d *Desc) Note() *Note { return d.home }

// Redirect sends the descriptor's wake-ups to n from now on, so that a
// goroutine can wait for several descriptors on one note; a nil n sends
// them back to the descriptor's own note.
func (d *Desc) Redirect(n *Note) {
	if n == nil {
		n = d.home
	}
	d.note.Store(n)
}

// Wake gives a token to whoever waits on the descriptor, now or at its
// next Wait.
func (d *Desc) Wake() { d.note.Load().Wake() }

// Prepare takes away a token left from before, ahead of the caller's
// last look at its state (see Desc).
func (d *Desc) Prepare() { d.note.Load().Clear() }

// Wait arms the descriptor's watch and sleeps until a token comes (the
// descriptor changed, or Wake), left has passed (no limit when
// negative), cancel is closed, or the descriptor is closed. It returns
// nil, ErrTimeout, ErrCancelled or ErrClosed.
func (d *Desc) Wait(left time.Duration, cancel <-chan struct{}) error {
	if d.closed.Load() {
		return ErrClosed
	}
	d.Arm()
	err := d.note.Load().Sleep(left, cancel)
	if d.closed.Load() {
		return ErrClosed
	}
	return err
}

// Close stops watching the descriptor and wakes its waiter, whose Wait
// returns ErrClosed; later Waits return it at once. It must come before
// the descriptor itself is closed, so that a new descriptor given the
// same number is not taken for this one. Closing twice does nothing.
func (d *Desc) Close() {
	if d.closed.Swap(true) {
		return
	}
	d.unregister()
	d.Wake()
}
