package zmq

import (
	"encoding/binary"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// The binding's side of a socket's libzmq monitor (see doc.go,
// "Monitors"). libzmq writes events with blocking sends on a PAIR socket
// it binds, from whichever thread the event happens in, and every
// release has ways of hanging or corrupting itself around that socket.
// So:
//
//   - libzmq's monitor endpoint is always the binding's own, and a
//     goroutine of the binding (the pipe's) always reads it;
//   - libzmq is asked to monitor a socket once, for every event, and the
//     pipe lives as long as the socket: starting, replacing and stopping
//     a monitor only change where the pipe passes events on (a sink),
//     never call libzmq, so no monitor socket is ever stopped or
//     replaced by the application thread while an I/O thread may be
//     writing to it (3.2 and 4.0 have no lock there; 3.2 to 4.1 leak
//     the first monitor socket when a second is started);
//   - a sink never makes the pipe wait: what finds it full is dropped.
//
// The pipe ends when libzmq destroys the socket (4.x: its last event,
// MONITOR_STOPPED, sent by the reaper thread once the socket's
// connections are gone) or, on 3.2, which sends no last event, when the
// binding stops the monitor as the socket is closed.

// monStopWait bounds how long Context.Close waits for libzmq's last
// event of a monitor before closing the reading socket anyway.
const monStopWait = 2 * time.Second

// monPipe reads one socket's monitor.
type monPipe struct {
	s      *Socket
	ep     string  // libzmq's monitor endpoint
	reader *Socket // PAIR connected to it
	sink   atomic.Pointer[monSink]
	// endErr is what the sink attached at the end is told (nil after
	// MONITOR_STOPPED, ETERM when the context closed).
	endErr atomic.Pointer[error]
	exited chan struct{}
}

// monSink is where one Monitor (ch) or one Socket.Monitor address (out)
// gets its events.
type monSink struct {
	pipe    *monPipe
	want    Event
	out     *Socket
	ch      chan MonitorEvent
	dropped atomic.Uint64

	mu     sync.Mutex // held while passing an event on, and to end
	ended  bool
	err    error
	exited chan struct{}
}

var monPipeSeq atomic.Uint64

// attachMonitor makes k the socket's sink, starting the pipe on first
// use; an earlier sink ends with ErrMonitorReplaced. The caller has
// entered s.
func (s *Socket) attachMonitor(k *monSink) error {
	k.exited = make(chan struct{})
	p := s.mon.Load()
	if p == nil {
		var err error
		if p, err = s.startPipe(); err != nil {
			return err
		}
	}
	k.pipe = p
	if old := p.sink.Swap(k); old != nil {
		old.end(s.a, ErrMonitorReplaced, false)
	}
	return nil
}

// detachMonitor ends the socket's sink, if any, as stopping a monitor
// does. The pipe goes on reading.
func (s *Socket) detachMonitor() {
	if p := s.mon.Load(); p != nil {
		p.detach(nil)
	}
}

// detach ends sink k (or whichever is attached, when k is nil) if it is
// still the pipe's: on 4.x with a MONITOR_STOPPED if it asked for one.
func (p *monPipe) detach(k *monSink) {
	if k == nil {
		k = p.sink.Load()
	}
	if k != nil && p.sink.CompareAndSwap(k, nil) {
		k.end(p.s.a, nil, p.s.a.v.Major >= 4)
	}
}

// startPipe asks libzmq to monitor the socket for every event, on an
// endpoint of the binding's own, and starts reading it.
func (s *Socket) startPipe() (*monPipe, error) {
	ep := "inproc://gozmq.monitor." + strconv.FormatUint(monPipeSeq.Add(1), 10)
	// The reader exists before libzmq's monitor does: if it cannot be
	// made (the context is closing), libzmq is never touched. It
	// connects after libzmq has bound (3.2 cannot connect first), and
	// Context.Close does not close it before this socket.
	reader, err := s.c.newSocket(PAIR, true)
	if err != nil {
		return nil, err
	}
	reader.SetSockOptInt(LINGER, 0)
	if err := s.callMonitor(ep, EVENT_ALL); err != nil {
		reader.Close()
		return nil, err
	}
	if err := reader.Connect(ep); err != nil {
		s.callMonitor("", 0)
		reader.Close()
		return nil, err
	}
	p := &monPipe{s: s, ep: ep, reader: reader, exited: make(chan struct{})}
	s.c.monitorStarted(p)
	s.mon.Store(p)
	go p.run()
	return p, nil
}

// callMonitor calls zmq_socket_monitor; an empty ep stops monitoring.
// A signal can interrupt the bind of libzmq's monitor socket (EINTR on
// 4.0, found under a signal storm); libzmq then closes that socket
// again, so the call is simply repeated.
func (s *Socket) callMonitor(ep string, events Event) error {
	var r uintptr
	var e int
	if ep == "" {
		r, e = callAgainOnEINTR(s.a.fn.SocketMonitor, s.ptr, 0, 0, 0)
	} else {
		b := cstring(ep)
		r, e = callAgainOnEINTR(s.a.fn.SocketMonitor, s.ptr, uintptr(unsafe.Pointer(&b[0])), uintptr(events), 0)
		runtime.KeepAlive(b)
	}
	if failed(r) {
		return errnoErr(e)
	}
	return nil
}

// closeMonitored is Socket.close's first step for a monitored socket.
// The pipe is left to end when libzmq is done with the monitor, which it
// stops when it destroys the socket, in the reaper thread, after the
// socket's connections are gone (so no I/O thread reports an event at
// the same time: 3.2 and 4.0 have no lock around the monitor socket).
// The events of the closing (CLOSED, DISCONNECTED) are delivered. On 4.x
// the last event, MONITOR_STOPPED, ends the reading. 3.2 sends none; its
// reaper closes the monitor socket, which unbinds libzmq's monitor
// endpoint, so a watcher ends the reading when that endpoint can be
// bound again. Context.Close waits for the end of every pipe (bounded)
// before it closes the reading sockets.
func (s *Socket) closeMonitored(byContext bool) {
	p := s.mon.Swap(nil)
	if p == nil {
		return
	}
	var why error
	if byContext {
		why = ETERM
	}
	p.endErr.CompareAndSwap(nil, &why)
	if s.a.v.Major < 4 {
		go p.watchUnbind()
	}
}

// watchUnbind (3.2) closes the reader once libzmq has closed its
// monitor socket, seen as its endpoint becoming free: binding a probe
// there succeeds (also while Context.Close runs: see newProbe). It gives
// up when the context is terminated, by which time endMonitors has ended
// the pipe.
func (p *monPipe) watchUnbind() {
	wait := time.Millisecond
	for {
		t := time.NewTimer(wait)
		select {
		case <-p.exited:
			t.Stop()
			return
		case <-t.C:
		}
		if wait < 50*time.Millisecond {
			wait *= 2
		}
		probe, err := p.s.c.newProbe()
		if err != nil {
			return
		}
		err = probe.Bind(p.ep)
		probe.Close()
		if err == nil {
			p.reader.Close()
			return
		}
	}
}

// finish waits for the pipe to end, closing its reader at once or when
// deadline passes without libzmq's last event.
func (p *monPipe) finish(now bool, deadline time.Time) {
	if !now {
		t := time.NewTimer(time.Until(deadline))
		defer t.Stop()
		select {
		case <-p.exited:
			return
		case <-t.C:
		}
	}
	p.reader.Close()
	<-p.exited
}

// run reads the events until libzmq's last one, or until the reader is
// closed, and passes each to the sink attached at the time.
func (p *monPipe) run() {
	err := p.read()
	if e := p.endErr.Load(); e != nil {
		err = *e
	}
	p.reader.Close()
	if k := p.sink.Swap(nil); k != nil {
		k.end(p.s.a, err, false)
	}
	p.s.c.monitorEnded(p)
	close(p.exited)
}

func (p *monPipe) read() error {
	parts := [2]*Msg{NewMsg(), NewMsg()}
	defer parts[0].Close()
	defer parts[1].Close()
	v4 := p.s.a.v.Major >= 4
	for {
		// An event is one part (3.2) or two (4.x); anything longer is
		// not one, and is skipped whole.
		n := 0
		for {
			m := parts[min(n, 1)]
			if err := p.reader.RecvMsg(m, 0); err != nil {
				return err
			}
			n++
			if !m.More() {
				break
			}
		}
		if (v4 && n == 2 && parts[0].Size() == 6) || (!v4 && n == 1 && parts[0].Size() == int(ev3Size)) {
			var e Event
			if v4 {
				e = Event(binary.NativeEndian.Uint16(parts[0].Data()))
			} else {
				e = Event(int32(binary.NativeEndian.Uint32(parts[0].Data())))
			}
			if k := p.sink.Load(); k != nil && k.want&e != 0 {
				k.pass(p.s.a, e, parts[:n])
			}
			if v4 && e == EVENT_MONITOR_STOPPED {
				return nil
			}
		}
		parts[0].Close()
		parts[1].Close()
	}
}

// pass gives one event to the sink without waiting: a full channel or
// an out socket nobody reads drops it.
func (k *monSink) pass(a *api, e Event, parts []*Msg) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.ended {
		return
	}
	if k.out != nil {
		// The parts go on as libzmq made them, without a copy: 3.2's
		// event points into memory that lives with its message.
		for i, m := range parts {
			flags := DONTWAIT
			if i < len(parts)-1 {
				flags |= SNDMORE
			}
			if k.out.SendMsg(m, flags) != nil {
				k.dropped.Add(1)
				return
			}
		}
		return
	}
	ev, ok := decodeParts(a, e, parts)
	if !ok {
		return
	}
	select {
	case k.ch <- ev:
	default:
		k.dropped.Add(1)
	}
}

// decodeParts decodes an event whose parts the pipe holds.
func decodeParts(a *api, e Event, parts []*Msg) (MonitorEvent, bool) {
	if a.v.Major == 3 {
		b := parts[0].b
		return decodeEvent3(a, &b.m, parts[0].Size())
	}
	head := parts[0].Data()
	return MonitorEvent{
		Event:    e,
		Value:    int(int32(binary.NativeEndian.Uint32(head[2:]))),
		Endpoint: string(parts[1].Data()),
	}, true
}

// end ends the sink once: it says err to its Monitor, on 4.x first
// passes a MONITOR_STOPPED if stopped is set and the sink asked for it
// (as libzmq does when a monitor is stopped), and closes its channel or
// socket.
func (k *monSink) end(a *api, err error, stopped bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.ended {
		return
	}
	k.ended = true
	k.err = err
	if stopped && k.want&EVENT_MONITOR_STOPPED != 0 {
		if k.out != nil {
			var head [6]byte
			binary.NativeEndian.PutUint16(head[:], uint16(EVENT_MONITOR_STOPPED))
			k.out.SendMultipart([][]byte{head[:], nil}, DONTWAIT)
		} else {
			select {
			case k.ch <- MonitorEvent{Event: EVENT_MONITOR_STOPPED}:
			default:
				k.dropped.Add(1)
			}
		}
	}
	// exited closes before ch, so that a reader who sees ch closed finds
	// the reason in Err, as Monitor.C's documentation promises.
	close(k.exited)
	if k.out != nil {
		k.out.Close()
	}
	if k.ch != nil {
		close(k.ch)
	}
}

// monitorStarted and monitorEnded keep the context's set of running
// pipes, which Context.Close ends before closing the reading sockets.
func (c *Context) monitorStarted(p *monPipe) {
	c.mu.Lock()
	if c.monitors == nil {
		c.monitors = make(map[*monPipe]struct{})
	}
	c.monitors[p] = struct{}{}
	c.mu.Unlock()
}

func (c *Context) monitorEnded(p *monPipe) {
	c.mu.Lock()
	delete(c.monitors, p)
	c.mu.Unlock()
}

// endMonitors is Context.Close's second step, after the program's
// sockets were closed: it waits (bounded) for the pipes whose sockets
// libzmq is destroying to get libzmq's last event, before the binding's
// reading sockets are closed under libzmq's last send.
func (c *Context) endMonitors() {
	c.mu.Lock()
	left := make([]*monPipe, 0, len(c.monitors))
	for p := range c.monitors {
		left = append(left, p)
	}
	c.mu.Unlock()
	deadline := time.Now().Add(monStopWait)
	for _, p := range left {
		var eterm error = ETERM
		p.endErr.CompareAndSwap(nil, &eterm)
		p.finish(false, deadline)
	}
}
