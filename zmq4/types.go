package zmq4

import (
	"strings"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// Type is a socket type.
type Type int

// Socket types: zmq's numbers, which are libzmq's.
const (
	PAIR   = Type(zmq.PAIR)
	PUB    = Type(zmq.PUB)
	SUB    = Type(zmq.SUB)
	REQ    = Type(zmq.REQ)
	REP    = Type(zmq.REP)
	DEALER = Type(zmq.DEALER)
	ROUTER = Type(zmq.ROUTER)
	PULL   = Type(zmq.PULL)
	PUSH   = Type(zmq.PUSH)
	XPUB   = Type(zmq.XPUB)
	XSUB   = Type(zmq.XSUB)
	STREAM = Type(zmq.STREAM)
)

// String names the socket type, or "<INVALID>". The names are the
// core's; the draft types up to DGRAM, which zmq4/draft declares, are
// named too, so that its Type, an alias of this one, prints them.
func (t Type) String() string {
	if t < PAIR || t > Type(zmq.DGRAM) {
		return "<INVALID>"
	}
	return zmq.SocketType(t).String()
}

// Flag is a set of send and receive flags.
type Flag int

// Send and receive flags: zmq's bits.
const (
	DONTWAIT = Flag(zmq.DONTWAIT)
	SNDMORE  = Flag(zmq.SNDMORE)
)

// String names the flags joined by "|", or "<NONE>".
func (f Flag) String() string {
	return bitNames(int(f), []bitName{{int(DONTWAIT), "DONTWAIT"}, {int(SNDMORE), "SNDMORE"}})
}

// Event is a set of socket monitor events.
type Event int

// Socket monitor events (see Socket.Monitor): zmq's bits, which are
// libzmq's.
const (
	EVENT_ALL                        = Event(zmq.EVENT_ALL)
	EVENT_CONNECTED                  = Event(zmq.EVENT_CONNECTED)
	EVENT_CONNECT_DELAYED            = Event(zmq.EVENT_CONNECT_DELAYED)
	EVENT_CONNECT_RETRIED            = Event(zmq.EVENT_CONNECT_RETRIED)
	EVENT_LISTENING                  = Event(zmq.EVENT_LISTENING)
	EVENT_BIND_FAILED                = Event(zmq.EVENT_BIND_FAILED)
	EVENT_ACCEPTED                   = Event(zmq.EVENT_ACCEPTED)
	EVENT_ACCEPT_FAILED              = Event(zmq.EVENT_ACCEPT_FAILED)
	EVENT_CLOSED                     = Event(zmq.EVENT_CLOSED)
	EVENT_CLOSE_FAILED               = Event(zmq.EVENT_CLOSE_FAILED)
	EVENT_DISCONNECTED               = Event(zmq.EVENT_DISCONNECTED)
	EVENT_MONITOR_STOPPED            = Event(zmq.EVENT_MONITOR_STOPPED)
	EVENT_HANDSHAKE_FAILED_NO_DETAIL = Event(zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL)
	EVENT_HANDSHAKE_SUCCEEDED        = Event(zmq.EVENT_HANDSHAKE_SUCCEEDED)
	EVENT_HANDSHAKE_FAILED_PROTOCOL  = Event(zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL)
	EVENT_HANDSHAKE_FAILED_AUTH      = Event(zmq.EVENT_HANDSHAKE_FAILED_AUTH)
)

var eventNames = []bitName{
	{int(EVENT_CONNECTED), "EVENT_CONNECTED"},
	{int(EVENT_CONNECT_DELAYED), "EVENT_CONNECT_DELAYED"},
	{int(EVENT_CONNECT_RETRIED), "EVENT_CONNECT_RETRIED"},
	{int(EVENT_LISTENING), "EVENT_LISTENING"},
	{int(EVENT_BIND_FAILED), "EVENT_BIND_FAILED"},
	{int(EVENT_ACCEPTED), "EVENT_ACCEPTED"},
	{int(EVENT_ACCEPT_FAILED), "EVENT_ACCEPT_FAILED"},
	{int(EVENT_CLOSED), "EVENT_CLOSED"},
	{int(EVENT_CLOSE_FAILED), "EVENT_CLOSE_FAILED"},
	{int(EVENT_DISCONNECTED), "EVENT_DISCONNECTED"},
	{int(EVENT_MONITOR_STOPPED), "EVENT_MONITOR_STOPPED"},
	{int(EVENT_HANDSHAKE_FAILED_NO_DETAIL), "EVENT_HANDSHAKE_FAILED_NO_DETAIL"},
	{int(EVENT_HANDSHAKE_SUCCEEDED), "EVENT_HANDSHAKE_SUCCEEDED"},
	{int(EVENT_HANDSHAKE_FAILED_PROTOCOL), "EVENT_HANDSHAKE_FAILED_PROTOCOL"},
	{int(EVENT_HANDSHAKE_FAILED_AUTH), "EVENT_HANDSHAKE_FAILED_AUTH"},
}

// String names the events joined by "|", "EVENT_ALL" or "<NONE>".
// The handshake events (bits libzmq before 4.3 used differently) are
// named only when the loaded libzmq is 4.3 or newer, as pebbe/zmq4 does.
func (e Event) String() string {
	if e == EVENT_ALL {
		return "EVENT_ALL"
	}
	names := eventNames
	if !loadedHas(versions.MonitorEvent, "EVENT_HANDSHAKE_SUCCEEDED") {
		names = names[:11]
	}
	return bitNames(int(e), names)
}

// State is a set of poll events.
type State int

// Poll events: zmq's bits.
const (
	POLLIN  = State(zmq.POLLIN)
	POLLOUT = State(zmq.POLLOUT)
)

// String names the events joined by "|", or "<NONE>".
func (s State) String() string {
	return bitNames(int(s), []bitName{{int(POLLIN), "POLLIN"}, {int(POLLOUT), "POLLOUT"}})
}

// Mechanism is a security mechanism (GetMechanism).
type Mechanism int

// Security mechanisms.
const (
	NULL   = Mechanism(0)
	PLAIN  = Mechanism(1)
	CURVE  = Mechanism(2)
	GSSAPI = Mechanism(3)
)

// String names the mechanism, or "<INVALID>".
func (m Mechanism) String() string {
	switch m {
	case NULL:
		return "NULL"
	case PLAIN:
		return "PLAIN"
	case CURVE:
		return "CURVE"
	case GSSAPI:
		return "GSSAPI"
	}
	return "<INVALID>"
}

type bitName struct {
	bit  int
	name string
}

// bitNames joins the names of the bits set in v, in table order.
func bitNames(v int, names []bitName) string {
	var out []string
	for _, n := range names {
		if v&n.bit != 0 {
			out = append(out, n.name)
		}
	}
	if len(out) == 0 {
		return "<NONE>"
	}
	return strings.Join(out, "|")
}
