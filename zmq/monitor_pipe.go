package zmq

import (
	"encoding/binary"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// The binding's side of a socket's libzmq monitor. libzmq writes events
// with blocking sends on a PAIR socket it binds; every release has ways
// of hanging or corrupting itself when that socket has no reader or is
// used across threads (see doc.go, "Monitors"). So libzmq's monitor
// endpoint is always the binding's own, a goroutine of the binding
// always reads it, and the events go on to the program without ever
// waiting for it: on a Monitor's channel, or to the PAIR socket bound at
// the address given to Socket.Monitor.

// monStopWait bounds how long closing waits for libzmq's last event of a
// monitor before closing the reading socket anyway.
const monStopWait = 2 * time.Second

// monState is one monitor of one socket.
type monState struct {
	s      *Socket
	reader *Socket // PAIR connected to libzmq's monitor endpoint
	want   Event   // the events the program asked for

	// Where the events go: out for Socket.Monitor, ch for NewMonitor
	// (gone is closed when the Monitor is closed: drop from then on).
	out      *Socket
	ch       chan MonitorEvent
	gone     chan struct{}
	goneOnce sync.Once
	dropped  atomic.Uint64

	// endErr is set before the reading is stopped, err when it has
	// ended, exited is closed then.
	endErr  atomic.Pointer[error]
	err     error
	exited  chan struct{}
	counted bool // in the context's live monitors
}

var monPipeSeq atomic.Uint64

// startMonitor makes st the socket's monitor, replacing the earlier one.
// The caller has entered s.
func (s *Socket) startMonitor(events Event, st *monState) error {
	s.stopMonitor(ErrMonitorReplaced)
	ep := "inproc://gozmq.monitor." + strconv.FormatUint(monPipeSeq.Add(1), 10)
	asked := events
	if s.a.v.Major >= 4 {
		// The last event libzmq sends for a monitor (when it is stopped,
		// replaced, or the socket is destroyed) tells the reader that
		// nothing more comes, whoever stopped it.
		asked |= EVENT_MONITOR_STOPPED
	}
	// The reader exists before libzmq's monitor does: if it cannot be
	// made (the context is closing), libzmq is never touched. Then it
	// connects after libzmq has bound (3.2 cannot connect first), and
	// Context.Close does not close it before this socket (see Close).
	reader, err := s.c.newSocket(PAIR, true)
	if err != nil {
		return err
	}
	reader.SetSockOptInt(LINGER, 0)
	if err := s.callMonitor(ep, asked); err != nil {
		reader.Close()
		return err
	}
	if err := reader.Connect(ep); err != nil {
		s.callMonitor("", 0)
		reader.Close()
		return err
	}
	st.s, st.reader, st.want, st.exited = s, reader, events, make(chan struct{})
	s.c.monitorStarted(st)
	s.mon.Store(st)
	go st.run()
	return nil
}

// callMonitor calls zmq_socket_monitor; an empty ep stops monitoring.
func (s *Socket) callMonitor(ep string, events Event) error {
	var r uintptr
	var e int
	if ep == "" {
		r, e = ccall.Call(s.a.fn.SocketMonitor, s.ptr, 0, 0, 0, 0, 0)
	} else {
		b := cstring(ep)
		r, e = ccall.Call(s.a.fn.SocketMonitor, s.ptr, uintptr(unsafe.Pointer(&b[0])), uintptr(events), 0, 0, 0)
	}
	if failed(r) {
		return errnoErr(e)
	}
	return nil
}

// stopMonitor stops the socket's monitor, if any, and waits until its
// reading has ended; why is what the Monitor's Err says. The caller has
// entered s, or is closing it.
func (s *Socket) stopMonitor(why error) {
	st := s.mon.Swap(nil)
	if st == nil {
		return
	}
	st.setEnd(why)
	// libzmq sends its last event (4.x) and closes its monitor socket;
	// the reader is reading, so the send does not wait.
	s.callMonitor("", 0)
	st.finish(s.a.v.Major < 4, time.Now().Add(monStopWait))
}

// finish waits for the reading to end: on 4.x at the MONITOR_STOPPED
// libzmq has sent or is about to send (until deadline at most), on 3.2,
// which has no such event, at once, by closing the reader.
func (st *monState) finish(now bool, deadline time.Time) {
	if !now {
		t := time.NewTimer(time.Until(deadline))
		defer t.Stop()
		select {
		case <-st.exited:
			return
		case <-t.C:
		}
	}
	st.reader.Close()
	<-st.exited
}

func (st *monState) setEnd(err error) {
	st.endErr.CompareAndSwap(nil, &err)
}

// leave tells the reading that the Monitor's owner has gone: events are
// dropped from now on.
func (st *monState) leave() {
	if st.gone != nil {
		st.goneOnce.Do(func() { close(st.gone) })
	}
}

// run reads the events until libzmq's last one, or until the reader is
// closed, and passes them on.
func (st *monState) run() {
	var err error
	if st.out != nil {
		err = st.forward()
	} else {
		err = st.deliver()
	}
	if p := st.endErr.Load(); p != nil {
		err = *p
	}
	st.err = err
	st.reader.Close()
	if st.out != nil {
		st.out.Close()
	}
	if st.ch != nil {
		close(st.ch)
	}
	st.s.c.monitorEnded(st)
	close(st.exited)
}

// deliver decodes events onto the Monitor's channel, never waiting for
// its reader.
func (st *monState) deliver() error {
	for {
		ev, err := st.reader.RecvEvent(0)
		if err == ErrNotMonitorEvent {
			continue
		}
		if err != nil {
			return err
		}
		if ev.Event&st.want != 0 {
			select {
			case <-st.gone:
			case st.ch <- ev:
			default:
				st.dropped.Add(1)
			}
		}
		if ev.Event == EVENT_MONITOR_STOPPED {
			return nil
		}
	}
}

// forward passes each event message on to the PAIR socket bound at the
// program's address without copying it (3.2's events point into memory
// that lives with the message) and without waiting: an event nobody is
// ready for is dropped.
func (st *monState) forward() error {
	parts := [2]*Msg{NewMsg(), NewMsg()}
	defer parts[0].Close()
	defer parts[1].Close()
	for {
		// An event is one part (3.2) or two (4.x); anything longer is
		// not one, and is skipped whole.
		n := 0
		for {
			m := parts[min(n, 1)]
			if err := st.reader.RecvMsg(m, 0); err != nil {
				return err
			}
			n++
			if !m.More() {
				break
			}
		}
		if n > 2 {
			continue
		}
		stopped := false
		if st.s.a.v.Major >= 4 && n == 2 && parts[0].Size() == 6 {
			stopped = Event(binary.NativeEndian.Uint16(parts[0].Data())) == EVENT_MONITOR_STOPPED
			if stopped && st.want&EVENT_MONITOR_STOPPED == 0 {
				return nil
			}
		}
		for i := 0; i < n; i++ {
			flags := DONTWAIT
			if i < n-1 {
				flags |= SNDMORE
			}
			if st.out.SendMsg(parts[i], flags) != nil {
				// Not taken: nobody connected, or SNDHWM events unread.
				break
			}
		}
		parts[0].Close()
		parts[1].Close()
		if stopped {
			return nil
		}
	}
}

// monitorStarted and monitorEnded keep the context's set of monitors
// whose reading runs, which Context.Close ends before closing sockets.
func (c *Context) monitorStarted(st *monState) {
	c.mu.Lock()
	if c.monitors == nil {
		c.monitors = make(map[*monState]struct{})
	}
	c.monitors[st] = struct{}{}
	c.mu.Unlock()
}

func (c *Context) monitorEnded(st *monState) {
	c.mu.Lock()
	delete(c.monitors, st)
	c.mu.Unlock()
}

// closeMonitored is Socket.close's first step for a monitored socket.
// On 4.x libzmq stops a monitor itself when it destroys the socket, in
// the reaper thread once the socket's connections are gone (so no I/O
// thread reports an event for it any more: 4.0 has no lock around the
// monitor socket), and sends a last MONITOR_STOPPED: the monitor is left
// running, the events of the closing (CLOSED, DISCONNECTED) are
// delivered, and the reading ends at MONITOR_STOPPED. Context.Close
// waits for that before it closes the reading sockets. 3.2 sends no last
// event, so the binding could not tell when libzmq is done: the monitor
// is stopped here, while the socket is still open and the reader reads.
func (s *Socket) closeMonitored(byContext bool) {
	var why error
	if byContext {
		why = ETERM
	}
	if s.a.v.Major < 4 {
		s.stopMonitor(why)
		return
	}
	if st := s.mon.Swap(nil); st != nil {
		st.setEnd(why)
	}
}

// endMonitors is Context.Close's second step, after the program's
// sockets were closed (and their monitors stopped): it waits (bounded)
// for the reading of the monitors whose sockets the program closed
// before and libzmq is destroying, before the binding's reading sockets
// are closed under libzmq's last send.
func (c *Context) endMonitors() {
	c.mu.Lock()
	left := make([]*monState, 0, len(c.monitors))
	for st := range c.monitors {
		left = append(left, st)
	}
	c.mu.Unlock()
	deadline := time.Now().Add(monStopWait)
	for _, st := range left {
		st.setEnd(ETERM)
		st.finish(st.s.a.v.Major < 4, deadline)
	}
}
