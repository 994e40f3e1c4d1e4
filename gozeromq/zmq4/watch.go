package zmq4

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/gozmq/gozmq/zmq"
)

// watcher follows a socket's tcp and ipc connections through libzmq's
// monitor. It is what lets Dial wait for a connection, as go-zeromq's
// does, and Recv report a lost connection with io.EOF, as go-zeromq's
// does; libzmq itself only reconnects, silently.
type watcher struct {
	s   *face
	mon *zmq.Monitor
	// handshakes is true from libzmq 4.3, whose monitor reports
	// handshakes; older releases only report the TCP connection.
	handshakes bool

	mu   sync.Mutex
	dial chan zmq.MonitorEvent // the events a Dial in progress waits for
	live int                   // connections up
	// listeners are the listeners libzmq reported LISTENING and not yet
	// CLOSED, by descriptor, with their endpoints; listened counts the
	// LISTENING events. Close waits on them (see closewait.go).
	listeners map[int]string
	listened  int
	// changed receives a token when listeners changes; ended is closed
	// when the monitor has delivered its last event.
	changed chan struct{}
	ended   chan struct{}
	// lost ends when a connection is lost, waking a blocked Recv; it is
	// replaced each time.
	lost       context.Context
	cancelLost context.CancelFunc
}

// pre43Events makes sockets made from now on ignore handshake events,
// as they do on libzmq before 4.3, which has none: the tests use it to
// run that path on any release.
var pre43Events atomic.Bool

// startWatch starts the socket's monitor, once, before its first tcp or
// ipc endpoint so that no event is missed. A libzmq without monitors
// (2.x) leaves the socket unwatched: Dial then returns at once.
func (s *face) startWatch() error {
	if s.watch.Load() != nil {
		return nil
	}
	mon, err := s.lib.NewMonitor(s.zs, zmq.EVENT_ALL)
	if err != nil {
		var ve *zmq.VersionError
		if errors.As(err, &ve) {
			return nil
		}
		return fmt.Errorf("zmq4: could not monitor the socket's connections: %w", err)
	}
	major, minor, _ := zmq.Version()
	hs := (major > 4 || major == 4 && minor >= 3) && !pre43Events.Load()
	w := &watcher{s: s, mon: mon, handshakes: hs, listeners: make(map[int]string),
		changed: make(chan struct{}, 1), ended: make(chan struct{})}
	w.lost, w.cancelLost = context.WithCancel(context.Background())
	s.watch.Store(w)
	go w.run()
	return nil
}

func (w *watcher) run() {
	for ev := range w.mon.C {
		w.handle(ev)
	}
	close(w.ended)
}

func (w *watcher) handle(ev zmq.MonitorEvent) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.dial != nil {
		select {
		case w.dial <- ev:
		default: // a Dial reads every event it needs long before 64 pile up
		}
	}
	switch ev.Event {
	case zmq.EVENT_LISTENING, zmq.EVENT_CLOSED, zmq.EVENT_CLOSE_FAILED:
		w.noteListener(ev)
	case zmq.EVENT_HANDSHAKE_SUCCEEDED:
		w.live++
	case zmq.EVENT_CONNECTED, zmq.EVENT_ACCEPTED:
		if !w.handshakes {
			w.live++
		}
	case zmq.EVENT_DISCONNECTED:
		if w.live > 0 {
			w.live--
			if w.s.typ.reportsLoss() {
				w.s.lost.Add(1)
				w.cancelLost()
				w.lost, w.cancelLost = context.WithCancel(context.Background())
			}
		}
	}
}

// lostCtx returns the context that ends at the next lost connection.
func (w *watcher) lostCtx() context.Context {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lost
}

// beginDial starts collecting events for a Dial; endDial stops.
func (w *watcher) beginDial() <-chan zmq.MonitorEvent {
	ch := make(chan zmq.MonitorEvent, 64)
	w.mu.Lock()
	w.dial = ch
	w.mu.Unlock()
	return ch
}

func (w *watcher) endDial() {
	w.mu.Lock()
	w.dial = nil
	w.mu.Unlock()
}

func (w *watcher) close() {
	_ = w.mon.Close()
	w.mu.Lock()
	w.cancelLost()
	w.mu.Unlock()
}

// reportsLoss says whether Recv returns io.EOF for a lost connection:
// go-zeromq's PAIR, SUB, XSUB, PULL, DEALER and REQ do; its ROUTER, REP
// and XPUB drop the connection silently (a server is not stopped by a
// client leaving).
func (t SocketType) reportsLoss() bool {
	switch t {
	case Pair, Sub, XSub, Pull, Dealer, Req:
		return true
	}
	return false
}
