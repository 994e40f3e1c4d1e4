package zmq4

import (
	"errors"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// Close leaves the addresses the socket listened on free when it
// returns, as go-zeromq's Close does. libzmq closes a listener later, in
// its I/O thread, after zmq_close has returned; it then tells the
// socket's monitor with an EVENT_CLOSED carrying the listener's
// descriptor, sent once the descriptor is closed (libzmq 3.2 and every
// later release; for ipc, an EVENT_CLOSE_FAILED when the socket file
// could not be removed), and before the monitor's last event. So the
// face keeps its monitor through zmq_close and waits for that word,
// at most closeWait; it never binds the address itself, which would take
// it, for a moment, from whoever else wants it.
//
// libzmq 2.x has no monitor, and cannot say when its listener is closed.
// There, and whenever the word does not come within closeWait, Close
// returns without it, and the face's own Listen on such an address
// retries while it is still in use, until closeWait after the Close.

// closeWait bounds how long Close waits for libzmq to close the
// socket's listeners, and how long after a Close the face's Listen
// retries an address that Close could not see freed: a second, in
// nanoseconds. A variable so that the tests can lengthen it.
var closeWait atomic.Int64

func init() { closeWait.Store(int64(time.Second)) }

// closeDeadline returns when a wait or retry that starts now ends.
func closeDeadline() time.Time { return time.Now().Add(time.Duration(closeWait.Load())) }

// awaitListenersClosed is Close's last step, after zmq_close: it waits
// for libzmq's word that the socket's listeners are closed, then stops
// the monitor.
func (s *face) awaitListenersClosed() {
	s.mu.Lock()
	bound := s.bound
	s.mu.Unlock()
	w := s.watch.Load()
	if w == nil {
		// 2.x, or a socket that never listened or dialed over tcp or ipc.
		markReleased(bound, closeDeadline())
		return
	}
	freed := w.listenersClosed(len(bound), closeDeadline())
	w.close()
	if !freed {
		markReleased(bound, closeDeadline())
	}
}

// noteListener follows the socket's listeners through the monitor's
// LISTENING, CLOSED and CLOSE_FAILED events. A CLOSED is matched by
// descriptor, and by endpoint too where both events carry one (not on
// libzmq 3.2.0 and 3.2.1), so that a connection's CLOSED is never taken
// for a listener's. Two carry no descriptor, and are matched by endpoint
// alone: the CLOSED of an ipc listener before 4.2, which libzmq sends
// with -1 (it forgets the descriptor first), and CLOSE_FAILED, which
// carries an error number (libzmq closed the descriptor, then could not
// remove the ipc socket file). The caller holds w.mu.
func (w *watcher) noteListener(ev zmq.MonitorEvent) {
	switch {
	case ev.Event == zmq.EVENT_LISTENING:
		w.listeners[ev.Value] = ev.Endpoint
		w.listened++
	case ev.Event == zmq.EVENT_CLOSED && ev.Value != -1:
		ep, ok := w.listeners[ev.Value]
		if !ok || ep != ev.Endpoint && ep != "" && ev.Endpoint != "" {
			return // not a listener's
		}
		delete(w.listeners, ev.Value)
	default: // CLOSED with -1, CLOSE_FAILED
		if !w.forgetListener(ev.Endpoint) {
			return
		}
	}
	select {
	case w.changed <- struct{}{}:
	default: // a token is already waiting
	}
}

// forgetListener forgets one listener on endpoint ep, if there is one.
func (w *watcher) forgetListener(ep string) bool {
	if ep == "" {
		return false
	}
	for fd, lep := range w.listeners {
		if lep == ep {
			delete(w.listeners, fd)
			return true
		}
	}
	return false
}

// listenersClosed waits until libzmq has reported all n listeners the
// socket opened and their closing, or until deadline. It reports whether
// libzmq said they are closed: the events, or the monitor's end after
// libzmq destroyed the socket (which it does only once its listeners
// are closed). A monitor replaced by the program (through
// LibzmqSocket), or ended by the context, says nothing.
func (w *watcher) listenersClosed(n int, deadline time.Time) bool {
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	for {
		if w.allClosed(n) {
			return true
		}
		select {
		case <-w.changed:
		case <-w.ended:
			return w.allClosed(n) || w.mon.Err() == nil
		case <-t.C:
			return false
		}
	}
}

func (w *watcher) allClosed(n int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.listened >= n && len(w.listeners) == 0
}

// released holds the tcp and ipc addresses whose listeners Close could
// not see closed, by endpointKey, with the time until which the face's
// Listen retries them.
var released = struct {
	sync.Mutex
	m map[string]time.Time
}{m: make(map[string]time.Time)}

func markReleased(bound []string, until time.Time) {
	if len(bound) == 0 {
		return
	}
	released.Lock()
	defer released.Unlock()
	now := time.Now()
	for k, t := range released.m {
		if now.After(t) {
			delete(released.m, k)
		}
	}
	for _, ep := range bound {
		released.m[endpointKey(ep)] = until
	}
}

// releasedUntil returns until when the face's Listen retries ep, and
// whether it does.
func releasedUntil(ep string) (time.Time, bool) {
	released.Lock()
	defer released.Unlock()
	t, ok := released.m[endpointKey(ep)]
	return t, ok && time.Now().Before(t)
}

// bind binds the socket to ep. An address in use that a socket of this
// package released without libzmq's word that it is free (see
// closeWait) is tried again until it is free or the retry time is over.
func (s *face) bind(ep string) (string, error) {
	for {
		bound, err := s.zs.BindEndpoint(ep)
		if err == nil || !maybeInUse(err) {
			return bound, err
		}
		if _, ok := releasedUntil(ep); !ok {
			return bound, err
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// maybeInUse reports whether a failed bind may have found the address in
// use. libzmq reports the failed bind of a monitored socket with
// whatever error number sending its BIND_FAILED event left behind, often
// EAGAIN, which zmq_bind has no other reason to return: seen on 3.2, and
// on 4.3.4 too (make test, once in several runs).
func maybeInUse(err error) bool {
	return errors.Is(err, syscall.EADDRINUSE) || errors.Is(err, syscall.EAGAIN)
}
