package zmq

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gozmq/gozmq/internal/wait"
)

// A shared socket (SetShared) lets several goroutines call it at once.
// libzmq still sees one call at a time: a call waits for its turn (the
// busy bit) instead of failing with ErrSocketBusy, and a call that has
// to wait for a message or for room gives the turn up while it is
// parked, so that a Send can run while a Recv waits.
//
// Giving the turn up has a cost the exclusive socket does not pay.
// ZMQ_FD is edge-triggered and any libzmq call on the socket may
// consume its signal, so a parked call cannot count on the descriptor
// alone to learn that another goroutine's call made it ready. Hence:
//   - one parked call, the watcher, sleeps on ZMQ_FD for all of them;
//     the others sleep on a broadcast channel;
//   - a call that leaves while others are parked reads ZMQ_EVENTS and
//     wakes them all if what one of them waits for is ready;
//   - the watcher, when woken, wakes them all, since it cannot tell
//     which of them the change was for, and one of those still not
//     ready becomes the next watcher.
type share struct {
	mu sync.Mutex
	// changed is closed to wake every goroutine waiting; nil until one
	// waits.
	changed chan struct{}
	// waiting counts the goroutines parked or waiting for a turn (a
	// parked one stays counted until it has its turn back, so that
	// Close knows who may still touch the socket); it changes under mu
	// but is atomic so that a call leaving an idle socket need not
	// lock. wantIn and wantOut count those parked for POLLIN and POLLOUT.
	waiting         atomic.Int32
	wantIn, wantOut int
	// watcher is true while a parked call sleeps on ZMQ_FD.
	watcher bool
}

// errNotShareable says why SetShared(true) cannot be honoured.
var errNotShareable = errors.New("gozmq: SetShared: calls on this socket wait holding an OS thread (no runtime poller here, GOZMQ_WAIT=thread, or a thread-safe draft type), so a blocked call cannot step aside; the socket stays exclusive")

// SetShared makes the socket usable from several goroutines at once, or
// (false) exclusive again, the default. On a shared socket a call made
// while another goroutine's call is in progress waits for it rather
// than returning ErrSocketBusy, and a Send, Recv or option call may run
// while another goroutine is blocked in Recv or Send: the blocked call
// steps aside while it waits. libzmq still sees one call at a time.
//
// What stays exclusive: Poll, a Poller's Poll and the proxies hold
// their sockets for their whole run, and a call that meets one returns
// ErrSocketBusy. The parts of a multipart message sent one Send at a
// time with SNDMORE may interleave with another goroutine's: send them
// with SendMultipart, which keeps a message whole.
//
// Sharing needs calls that wait in Go's runtime poller (see the package
// doc): where a blocked call holds an OS thread instead, SetShared(true)
// returns an error and the socket stays exclusive. A shared socket pays
// for the others' sake while goroutines wait on it (a ZMQ_EVENTS read
// as a call leaves, a wake-up of the waiters when something changes);
// used by one goroutine at a time it pays an atomic load per call.
func (s *Socket) SetShared(on bool) error {
	return s.guarded(func() error {
		sh := s.share.Load()
		if !on {
			if sh != nil && sh.pending() {
				return ErrSocketBusy
			}
			s.share.Store(nil)
			return nil
		}
		if !s.parkable() {
			return errNotShareable
		}
		if sh == nil {
			s.share.Store(new(share))
		}
		return nil
	})
}

// Shared reports whether SetShared(true) is in effect.
func (s *Socket) Shared() bool { return !s.invalid() && s.share.Load() != nil }

// enterShared waits for the socket's turn; it fails on a closing
// socket and on one a long holder (stLong: Poll, a proxy) has.
func (s *Socket) enterShared(sh *share) error {
	for {
		if s.state.CompareAndSwap(0, stBusy) {
			return nil
		}
		if err := s.enterRefused(); err != nil {
			return err
		}
		sh.mu.Lock()
		ch := sh.join(0)
		sh.mu.Unlock()
		// The holder may have left between the try and the join, before
		// it could see this goroutine waiting: try again before sleeping.
		ok := s.state.CompareAndSwap(0, stBusy)
		err := s.enterRefused()
		if !ok && err == nil {
			<-ch
		}
		sh.quit()
		if ok {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// enterRefused says why the socket cannot be waited for: it is closing,
// or a long holder has it.
func (s *Socket) enterRefused() error {
	st := s.state.Load()
	if st&(stClosing|stClosed) != 0 {
		return s.closedErr()
	}
	if st&stLong != 0 {
		return ErrSocketBusy
	}
	return nil
}

// leaveShared gives the turn up. If goroutines are parked on the
// socket, the call that is leaving may have consumed the ZMQ_FD signal
// that would have woken them: ZMQ_EVENTS, read while the turn is still
// held, says whether one of them can go on now.
func (s *Socket) leaveShared(sh *share) {
	if sh.waiting.Load() == 0 {
		// Nobody to wake: a goroutine that starts waiting for a turn
		// after this load tries the busy bit after it counted itself,
		// and finds it clear.
		s.state.And(^uint32(stBusy | stLong))
		return
	}
	sh.mu.Lock()
	if sh.waiting.Load() > 0 {
		var got PollEvents
		if s.state.Load()&stClosing == 0 && sh.wantIn+sh.wantOut > 0 {
			got = s.readiness()
		} else {
			got = POLLIN | POLLOUT // closing: wake everyone to see it
		}
		sh.wakeFor(got, s.desc.Load())
	}
	s.state.And(^uint32(stBusy | stLong))
	sh.mu.Unlock()
}

// readiness reads ZMQ_EVENTS for the parked calls and returns what they
// can have; the turn is held.
func (s *Socket) readiness() PollEvents {
	got, err := s.events()
	if err != nil {
		return POLLIN | POLLOUT // let them find out
	}
	return got & (POLLIN | POLLOUT)
}

// wakeFor wakes the waiters if some of them can go on: those parked for
// what got has, or those waiting only for a turn. sh.mu is held.
func (sh *share) wakeFor(got PollEvents, d *wait.Desc) {
	ready := sh.wantIn > 0 && got&POLLIN != 0 || sh.wantOut > 0 && got&POLLOUT != 0
	if !ready && int(sh.waiting.Load()) == sh.wantIn+sh.wantOut {
		return
	}
	sh.broadcast()
	if ready && sh.watcher && d != nil {
		d.Wake()
	}
}

// broadcast wakes every goroutine sleeping on changed; sh.mu is held.
func (sh *share) broadcast() {
	if sh.changed != nil {
		close(sh.changed)
		sh.changed = nil
	}
}

// wakeChan returns the channel the next broadcast closes; sh.mu is held.
func (sh *share) wakeChan() <-chan struct{} {
	if sh.changed == nil {
		sh.changed = make(chan struct{})
	}
	return sh.changed
}

// join counts a waiting goroutine (parked for ev, or waiting for a turn
// when ev is 0) and returns the channel that wakes it; sh.mu is held.
func (sh *share) join(ev PollEvents) <-chan struct{} {
	sh.waiting.Add(1)
	sh.want(ev, 1)
	return sh.wakeChan()
}

// want adds n to the count of those parked for ev; sh.mu is held.
func (sh *share) want(ev PollEvents, n int) {
	if ev&POLLIN != 0 {
		sh.wantIn += n
	}
	if ev&POLLOUT != 0 {
		sh.wantOut += n
	}
}

// quit undoes join(0).
func (sh *share) quit() {
	sh.mu.Lock()
	sh.waiting.Add(-1)
	sh.mu.Unlock()
}

// pending reports whether goroutines wait on the socket (Close waits
// for them to go).
func (sh *share) pending() bool {
	return sh.waiting.Load() > 0
}

// wakeAll wakes every goroutine waiting on the broadcast, for Close
// (which wakes the watcher through the descriptor itself).
func (sh *share) wakeAll() {
	sh.mu.Lock()
	sh.wakeFor(POLLIN|POLLOUT, nil)
	sh.mu.Unlock()
}

// parkShared is park for a shared socket: the call has failed with
// EAGAIN, and ev is what it waits for. It gives the turn up, sleeps,
// and has its turn again before it returns, as park does, so that the
// caller makes its call again.
func (s *Socket) parkShared(sh *share, d *wait.Desc, ev PollEvents, w *waiter, timeout int) error {
	// Only the watcher may clear the descriptor's note (Prepare): a
	// token in it may be for the watcher already asleep. The role is
	// settled under sh.mu as the call joins the waiters: one that found
	// a watcher and finds none by then takes the watch and looks again,
	// so that no call sleeps on the broadcast with nobody watching.
	sh.mu.Lock()
	watcher := !sh.watcher
	sh.watcher = true
	sh.mu.Unlock()
	// A receive made with nobody waiting was the look already
	// (lookOnFail): nobody could have become the watcher since.
	looked := w.looked && ev == POLLIN && watcher
	w.looked = false
	var got PollEvents
	var left time.Duration
	for {
		var err error
		if looked {
			looked = false
		} else {
			if watcher {
				d.Prepare()
			}
			got, err = s.events()
		}
		var ok bool
		left, ok = w.remaining(timeout)
		if err == nil && got&ev == 0 {
			if err = s.stopped(); err == nil && !ok {
				err = EAGAIN
			}
		}
		if err == nil && got&ev == 0 && watcher && sh.waiting.Load() == 0 && s.waitBriefly(d, w, left) {
			// Alone on the socket, the call may wait briefly holding
			// the turn, as on an exclusive socket; ready, it goes on.
			got = ev
		}
		if err != nil || got&ev != 0 {
			if watcher {
				sh.dropWatch()
			}
			return err
		}
		sh.mu.Lock()
		if watcher || sh.watcher {
			break // sh.mu stays held
		}
		sh.watcher = true
		watcher = true
		sh.mu.Unlock()
	}
	cancel := s.ctxDone

	// Those parked for what got has can go on, and those waiting for a
	// turn can have it: wake them before joining them (the watcher too,
	// unless that is this call).
	wd := d
	if watcher {
		wd = nil
	}
	sh.wakeFor(got, wd)
	ch := sh.join(ev)
	s.state.And(^uint32(stBusy))
	sh.mu.Unlock()

	var werr error
	if watcher {
		werr = d.Wait(left, cancel)
	} else {
		werr = sleepOn(ch, left, cancel)
	}
	sh.mu.Lock()
	sh.want(ev, -1) // still counted in waiting until it has a turn
	if watcher {
		// Whatever woke the watcher may be for any of them.
		sh.watcher = false
		sh.wakeFor(POLLIN|POLLOUT, nil)
	}
	sh.mu.Unlock()

	s.retake(sh)
	s.ctxDone = cancel
	if s.state.Load()&stClosing != 0 {
		return s.closedErr()
	}
	switch werr {
	case wait.ErrTimeout:
		return EAGAIN
	case wait.ErrClosed:
		return s.closedErr()
	}
	return nil
}

// dropWatch gives up the watch a parked call claimed and did not use.
func (sh *share) dropWatch() {
	sh.mu.Lock()
	sh.watcher = false
	if sh.wantIn+sh.wantOut > 0 {
		// They slept on the broadcast while this call watched: one of
		// them must take the watch.
		sh.broadcast()
	}
	sh.mu.Unlock()
}

// retake has the turn again after a parked wait; the caller is still
// counted in sh.waiting and stops being so here. A closing socket is
// entered all the same: Close waits until nobody is counted or holds a
// turn, so the call returns its error with the turn held, as any call
// that meets Close does.
func (s *Socket) retake(sh *share) {
	for {
		sh.mu.Lock()
		st := s.state.Load()
		if st&stBusy == 0 && s.state.CompareAndSwap(st, st|stBusy) {
			sh.waiting.Add(-1)
			sh.mu.Unlock()
			return
		}
		ch := sh.wakeChan()
		sh.mu.Unlock()
		<-ch
	}
}

// sleepOn waits for ch to close, left to pass (never when negative) or
// cancel to close.
func sleepOn(ch <-chan struct{}, left time.Duration, cancel <-chan struct{}) error {
	if left < 0 {
		select {
		case <-ch:
			return nil
		case <-cancel:
			return wait.ErrCancelled
		}
	}
	t := time.NewTimer(left)
	defer t.Stop()
	select {
	case <-ch:
		return nil
	case <-cancel:
		return wait.ErrCancelled
	case <-t.C:
		return wait.ErrTimeout
	}
}
