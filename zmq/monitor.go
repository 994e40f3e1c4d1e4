package zmq

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// Event is a set of socket monitor event bits, as passed to
// Socket.Monitor and reported in MonitorEvent.
type Event int

// Monitor events. The bits of the ten events libzmq 3.2 introduced kept
// their numbers in every later release; newer releases only add bits.
const (
	EVENT_CONNECTED       = Event(0x0001)
	EVENT_CONNECT_DELAYED = Event(0x0002)
	EVENT_CONNECT_RETRIED = Event(0x0004)

	EVENT_LISTENING   = Event(0x0008)
	EVENT_BIND_FAILED = Event(0x0010)

	EVENT_ACCEPTED      = Event(0x0020)
	EVENT_ACCEPT_FAILED = Event(0x0040)

	EVENT_CLOSED       = Event(0x0080)
	EVENT_CLOSE_FAILED = Event(0x0100)
	EVENT_DISCONNECTED = Event(0x0200)

	// EVENT_MONITOR_STOPPED (4.0+) is the last event a monitor sends:
	// monitoring was stopped or the monitored socket closed.
	EVENT_MONITOR_STOPPED = Event(0x0400)

	// Handshake events (4.3+; draft API in 4.2). Value carries the
	// error number or ZMTP protocol error code of a failure.
	EVENT_HANDSHAKE_FAILED_NO_DETAIL = Event(0x0800)
	EVENT_HANDSHAKE_SUCCEEDED        = Event(0x1000)
	EVENT_HANDSHAKE_FAILED_PROTOCOL  = Event(0x2000)
	EVENT_HANDSHAKE_FAILED_AUTH      = Event(0x4000)

	// EVENT_ALL selects every event of the loaded release. Releases
	// ignore the bits of events they do not have, so it is safe on all.
	EVENT_ALL = Event(0xFFFF)
)

var eventNames = []struct {
	e    Event
	name string
}{
	{EVENT_CONNECTED, "EVENT_CONNECTED"}, {EVENT_CONNECT_DELAYED, "EVENT_CONNECT_DELAYED"},
	{EVENT_CONNECT_RETRIED, "EVENT_CONNECT_RETRIED"}, {EVENT_LISTENING, "EVENT_LISTENING"},
	{EVENT_BIND_FAILED, "EVENT_BIND_FAILED"}, {EVENT_ACCEPTED, "EVENT_ACCEPTED"},
	{EVENT_ACCEPT_FAILED, "EVENT_ACCEPT_FAILED"}, {EVENT_CLOSED, "EVENT_CLOSED"},
	{EVENT_CLOSE_FAILED, "EVENT_CLOSE_FAILED"}, {EVENT_DISCONNECTED, "EVENT_DISCONNECTED"},
	{EVENT_MONITOR_STOPPED, "EVENT_MONITOR_STOPPED"},
	{EVENT_HANDSHAKE_FAILED_NO_DETAIL, "EVENT_HANDSHAKE_FAILED_NO_DETAIL"},
	{EVENT_HANDSHAKE_SUCCEEDED, "EVENT_HANDSHAKE_SUCCEEDED"},
	{EVENT_HANDSHAKE_FAILED_PROTOCOL, "EVENT_HANDSHAKE_FAILED_PROTOCOL"},
	{EVENT_HANDSHAKE_FAILED_AUTH, "EVENT_HANDSHAKE_FAILED_AUTH"},
}

// String names the event, or the events of a set joined by "|".
func (e Event) String() string {
	if e == EVENT_ALL {
		return "EVENT_ALL"
	}
	var parts []string
	rest := e
	for _, n := range eventNames {
		if e&n.e != 0 {
			parts = append(parts, n.name)
			rest &^= n.e
		}
	}
	if rest != 0 || len(parts) == 0 {
		parts = append(parts, "Event(0x"+strconv.FormatInt(int64(rest), 16)+")")
	}
	return strings.Join(parts, "|")
}

// MonitorEvent is one event read from a monitor endpoint.
type MonitorEvent struct {
	// Event is the single event bit that happened.
	Event Event
	// Value is the event's number: the file descriptor for CONNECTED,
	// LISTENING, ACCEPTED, CLOSED and DISCONNECTED, the error number for
	// the *_FAILED and CONNECT_DELAYED events, the reconnect interval in
	// milliseconds for CONNECT_RETRIED.
	Value int
	// Endpoint is the address the event concerns, e.g.
	// "tcp://127.0.0.1:5555". It is empty for MONITOR_STOPPED, and on
	// libzmq 3.2.0 and 3.2.1, whose events do not carry it safely.
	Endpoint string
}

// String formats the event for logs.
func (e MonitorEvent) String() string {
	return e.Event.String() + " " + e.Endpoint + " (" + strconv.Itoa(e.Value) + ")"
}

// ErrNotMonitorEvent is returned by RecvEvent for a message that does
// not have the layout of a monitor event of the loaded release. The
// whole message has been consumed.
var ErrNotMonitorEvent = errors.New("gozmq: message is not a socket monitor event")

// Monitor makes the socket report the events selected by events as
// messages on a PAIR socket bound at address, which must be an inproc
// endpoint. Connect a PAIR socket of the same context to address and read
// the events with RecvEvent, or let Context.NewMonitor do all of that. An
// empty address stops monitoring. Monitoring again replaces the earlier
// monitor of the socket (libzmq 4.3's rule, kept on every release).
//
// libzmq sends events with blocking sends: with nobody reading, 4.3
// blocks the thread that reports an event (Bind, Monitor, Close, an I/O
// thread) forever, and 3.2 to 4.1 leak or race on the monitor socket
// (see the package documentation, "Monitors"). So the binding, not the
// caller, is libzmq's reader: libzmq reports every event of the socket on
// an endpoint of the binding's own, read by a goroutine of the binding
// for as long as the socket lives, and the events asked for are passed on
// to the PAIR socket the binding binds at address with non-blocking
// sends. Events that find no reader connected to address, or 1000 events
// unread (SNDHWM), are dropped instead of stalling anything. Monitor
// needs zmq_socket_monitor (libzmq 3.2.1+).
func (s *Socket) Monitor(address string, events Event) error {
	if s.invalid() {
		return ENOTSOCK
	}
	if s.a.fn.SocketMonitor == 0 {
		return s.a.lacks("zmq_socket_monitor", versions.Function, "zmq_socket_monitor")
	}
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	if address == "" {
		s.detachMonitor()
		return nil
	}
	if !strings.HasPrefix(address, "inproc://") {
		// libzmq's own rule: only inproc carries events.
		return errnoErr(int(syscall.EPROTONOSUPPORT))
	}
	if err := checkEndpoint(address, true); err != nil {
		return err
	}
	out, err := s.c.newSocket(PAIR, true)
	if err != nil {
		return err
	}
	out.SetSockOptInt(LINGER, 0)
	if err := out.Bind(address); err != nil {
		out.Close()
		return err
	}
	if err := s.attachMonitor(&monSink{want: events, out: out}); err != nil {
		out.Close()
		return err
	}
	return nil
}

// RecvEvent receives one monitor event on s, a PAIR socket connected to
// the address given to Monitor, and decodes it. flags may be DONTWAIT.
//
// libzmq 3.2 sends each event as one frame holding its C struct
// zmq_event_t, whose address is a pointer into libzmq's memory. From
// 3.2.2 on that memory belongs to the message (libzmq frees it with the
// message), and RecvEvent reads the address while it still holds the
// message, after checking that the message is one libzmq built around
// an external buffer of exactly that struct's size. Otherwise the
// pointer is never followed and Endpoint stays empty. libzmq 4.x sends
// two frames: a 16-bit event and a 32-bit value, then the endpoint.
func (s *Socket) RecvEvent(flags SendRecvOption) (MonitorEvent, error) {
	if s.invalid() {
		return MonitorEvent{}, ENOTSOCK
	}
	if s.a.fn.SocketMonitor == 0 {
		return MonitorEvent{}, s.a.lacks("zmq_socket_monitor", versions.Function, "zmq_socket_monitor")
	}
	if err := s.enter(); err != nil {
		return MonitorEvent{}, err
	}
	defer s.leave()
	var ev MonitorEvent
	err := s.recvOwned(flags, func(msg *msgT, n int) (err error) {
		ev, err = s.decodeEvent(msg, n)
		return err
	})
	return ev, err
}

// decodeEvent decodes the monitor event whose first part is in msg,
// receiving the second part into msg on 4.x.
func (s *Socket) decodeEvent(msg *msgT, n int) (MonitorEvent, error) {
	if s.a.v.Major == 3 {
		ev, ok := decodeEvent3(s.a, msg, n)
		if more, _ := s.more(msg); more || !ok {
			s.monDrain(msg, more)
			return MonitorEvent{}, ErrNotMonitorEvent
		}
		s.setRcvMore(false)
		return ev, nil
	}
	more, _ := s.more(msg)
	if n != 6 || !more {
		s.monDrain(msg, more)
		return MonitorEvent{}, ErrNotMonitorEvent
	}
	head := msgBytes(s.a, msg, n)
	ev := MonitorEvent{
		Event: Event(binary.NativeEndian.Uint16(head)),
		Value: int(int32(binary.NativeEndian.Uint32(head[2:]))),
	}
	n, err := s.recvMsg(msg, 0)
	if err != nil {
		return MonitorEvent{}, err
	}
	ev.Endpoint = string(msgBytes(s.a, msg, n))
	if more, _ := s.more(msg); more {
		s.monDrain(msg, more)
		return MonitorEvent{}, ErrNotMonitorEvent
	}
	s.setRcvMore(false)
	return ev, nil
}

// monDrain discards the rest of a message whose first parts were not
// an event, so that the next RecvEvent starts at a message boundary.
func (s *Socket) monDrain(msg *msgT, more bool) {
	defer s.setRcvMore(false)
	for more {
		if _, err := s.recvMsg(msg, 0); err != nil {
			return
		}
		more, _ = s.more(msg)
	}
}

// msgBytes returns the content of a received message. The slice is
// libzmq's memory, valid until the message is reused or closed.
func msgBytes(a *api, msg *msgT, n int) []byte {
	if n == 0 {
		return nil
	}
	p, _ := ccall.Call(a.fn.MsgData, uintptr(unsafe.Pointer(msg)), 0, 0, 0, 0, 0)
	return unsafe.Slice((*byte)(cptr(p)), n)
}

// Layout of libzmq 3.2's zmq_event_t: int event, then a union whose
// members all start with char *addr followed by an int.
const (
	ptrSize      = unsafe.Sizeof(uintptr(0))
	ev3AddrOff   = (4 + ptrSize - 1) / ptrSize * ptrSize
	ev3ValueOff  = ev3AddrOff + ptrSize
	ev3Size      = (ev3ValueOff + 4 + ptrSize - 1) / ptrSize * ptrSize
	maxEndpoint3 = 4096
)

// Layout of libzmq 3.2's msg_t (identical in 3.2.0 to 3.2.5): a union
// of 32 bytes whose byte 30 is the type; a "long" message (type 102)
// starts with a pointer to its content_t {data, size, ffn, hint, ...}.
const (
	msg3TypeOff  = 30
	msg3TypeLong = 102
)

// decodeEvent3 decodes a libzmq 3.2 event frame held in msg.
func decodeEvent3(a *api, msg *msgT, n int) (MonitorEvent, bool) {
	if n != int(ev3Size) {
		return MonitorEvent{}, false
	}
	b := msgBytes(a, msg, n)
	ev := MonitorEvent{
		Event: Event(int32(binary.NativeEndian.Uint32(b))),
		Value: int(int32(binary.NativeEndian.Uint32(b[ev3ValueOff:]))),
	}
	if !oneKnownEvent3(ev.Event) {
		return MonitorEvent{}, false
	}
	if !ownsExternalBuffer3(msg, b) {
		// 3.2.2 and later build every event around an external buffer;
		// 3.2.0 and 3.2.1 copy the struct, with a pointer that may
		// already dangle.
		return ev, a.v.Patch < 2
	}
	addr := *(*uintptr)(unsafe.Pointer(&b[ev3AddrOff]))
	ev.Endpoint = boundedCString(addr, maxEndpoint3)
	return ev, true
}

func oneKnownEvent3(e Event) bool {
	return e > 0 && e <= EVENT_DISCONNECTED && e&(e-1) == 0
}

// ownsExternalBuffer3 reports whether msg is a 3.2 message built by
// zmq_msg_init_data around b: only libzmq's monitor_event (3.2.2+)
// builds event messages that way, and there the address string is
// malloc'd memory freed with the message's buffer. Messages that
// crossed a transport or came from zmq_msg_init_size (3.2.0/3.2.1, whose
// pointer may already be dangling) fail the test.
func ownsExternalBuffer3(msg *msgT, b []byte) bool {
	raw := (*[32]byte)(unsafe.Pointer(msg))
	if raw[msg3TypeOff] != msg3TypeLong {
		return false
	}
	content := *(*uintptr)(unsafe.Pointer(&raw[0]))
	if content == 0 {
		return false
	}
	c := (*[4]uintptr)(cptr(content))
	data, size, ffn := c[0], c[1], c[2]
	inline := content + 5*ptrSize // init_size puts data right after content_t
	return data == uintptr(unsafe.Pointer(&b[0])) && size == uintptr(len(b)) && ffn != 0 && data != inline
}

// boundedCString copies the C string at p, reading at most max bytes; it
// returns "" if p is 0 or no terminator is found within max.
func boundedCString(p uintptr, max int) string {
	if p == 0 {
		return ""
	}
	base := cptr(p)
	for n := 0; n < max; n++ {
		if *(*byte)(unsafe.Add(base, n)) == 0 {
			return string(unsafe.Slice((*byte)(base), n))
		}
	}
	return ""
}

// Monitor delivers the events of a socket on a channel. It is made by
// Context.NewMonitor; the reading is done by the binding's goroutine
// that reads every monitor (see Socket.Monitor).
type Monitor struct {
	// C receives the events in order. It is closed after
	// EVENT_MONITOR_STOPPED, after Close, when the socket is monitored
	// anew, or when the context closes; Err then says why. Events that
	// find C full (it holds 256) are dropped and counted by Dropped:
	// libzmq must never wait for a slow reader.
	C <-chan MonitorEvent

	s  *Socket
	st *monSink
}

// ErrMonitorReplaced is what Monitor.Err returns when the socket was
// monitored anew (NewMonitor or Socket.Monitor again): a socket has one
// monitor at a time.
var ErrMonitorReplaced = errors.New("gozmq: the socket's monitor was replaced by a newer one")

// NewMonitor starts monitoring s for events (see Socket.Monitor) and
// returns a Monitor that delivers them on its channel C. A socket has
// one monitor at a time: a new one ends the earlier one (its Err is then
// ErrMonitorReplaced). s must not be in use by another goroutine while
// NewMonitor runs. Needs zmq_socket_monitor (libzmq 3.2.1+).
func (c *Context) NewMonitor(s *Socket, events Event) (*Monitor, error) {
	if c.invalid() {
		return nil, ETERM
	}
	if c.a.fn.SocketMonitor == 0 {
		return nil, c.a.lacks("zmq_socket_monitor", versions.Function, "zmq_socket_monitor")
	}
	if s.invalid() {
		return nil, ENOTSOCK
	}
	if s.c != c {
		return nil, fmt.Errorf("gozmq: NewMonitor: the socket belongs to another context: %w", EINVAL)
	}
	if err := s.enter(); err != nil {
		return nil, err
	}
	defer s.leave()
	ch := make(chan MonitorEvent, 256)
	k := &monSink{want: events, ch: ch}
	if err := s.attachMonitor(k); err != nil {
		return nil, err
	}
	return &Monitor{C: ch, s: s, st: k}, nil
}

// Err returns the error that ended the monitor after C was closed: nil
// after Close or EVENT_MONITOR_STOPPED, ETERM when the context closed,
// ErrMonitorReplaced when the socket was monitored anew.
func (m *Monitor) Err() error {
	if m == nil || m.st == nil {
		return nil
	}
	select {
	case <-m.st.exited:
		m.st.mu.Lock()
		defer m.st.mu.Unlock()
		return m.st.err
	default:
		return nil
	}
}

// Dropped returns how many events were dropped because C was full.
func (m *Monitor) Dropped() uint64 {
	if m == nil || m.st == nil {
		return 0
	}
	return m.st.dropped.Load()
}

// Close stops monitoring the socket: C is closed (on 4.x after an
// EVENT_MONITOR_STOPPED, if it was asked for and C has room); events
// already buffered in C can still be read. It never waits and may be
// called from any goroutine, while the socket is in use or after it was
// closed. Closing twice does nothing.
func (m *Monitor) Close() error {
	if m == nil || m.st == nil {
		// Not made by NewMonitor: nothing runs, as after Close.
		return nil
	}
	m.st.pipe.detach(m.st)
	return nil
}
