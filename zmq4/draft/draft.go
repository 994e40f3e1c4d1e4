package draft

import (
	"errors"
	"fmt"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
	"github.com/gozmq/gozmq/zmq4"
)

// The value types are those of package zmq4, so values pass freely
// between the two packages.
type (
	// Type is a socket type.
	Type = zmq4.Type
	// Flag is a set of send and receive flags.
	Flag = zmq4.Flag
	// Event is a set of socket monitor events.
	Event = zmq4.Event
	// State is a set of poll events.
	State = zmq4.State
	// Mechanism is a security mechanism.
	Mechanism = zmq4.Mechanism
	// Errno is an error number.
	Errno = zmq4.Errno
)

// Socket types, with the draft ones.
const (
	REQ    = zmq4.REQ
	REP    = zmq4.REP
	DEALER = zmq4.DEALER
	ROUTER = zmq4.ROUTER
	PUB    = zmq4.PUB
	SUB    = zmq4.SUB
	XPUB   = zmq4.XPUB
	XSUB   = zmq4.XSUB
	PUSH   = zmq4.PUSH
	PULL   = zmq4.PULL
	PAIR   = zmq4.PAIR
	STREAM = zmq4.STREAM

	SERVER  = Type(zmq.SERVER)
	CLIENT  = Type(zmq.CLIENT)
	RADIO   = Type(zmq.RADIO)
	DISH    = Type(zmq.DISH)
	GATHER  = Type(zmq.GATHER)
	SCATTER = Type(zmq.SCATTER)
	DGRAM   = Type(zmq.DGRAM)
)

// Flags, events, poll states and mechanisms, as in zmq4.
const (
	DONTWAIT = zmq4.DONTWAIT
	SNDMORE  = zmq4.SNDMORE

	EVENT_ALL                        = zmq4.EVENT_ALL
	EVENT_CONNECTED                  = zmq4.EVENT_CONNECTED
	EVENT_CONNECT_DELAYED            = zmq4.EVENT_CONNECT_DELAYED
	EVENT_CONNECT_RETRIED            = zmq4.EVENT_CONNECT_RETRIED
	EVENT_LISTENING                  = zmq4.EVENT_LISTENING
	EVENT_BIND_FAILED                = zmq4.EVENT_BIND_FAILED
	EVENT_ACCEPTED                   = zmq4.EVENT_ACCEPTED
	EVENT_ACCEPT_FAILED              = zmq4.EVENT_ACCEPT_FAILED
	EVENT_CLOSED                     = zmq4.EVENT_CLOSED
	EVENT_CLOSE_FAILED               = zmq4.EVENT_CLOSE_FAILED
	EVENT_DISCONNECTED               = zmq4.EVENT_DISCONNECTED
	EVENT_MONITOR_STOPPED            = zmq4.EVENT_MONITOR_STOPPED
	EVENT_HANDSHAKE_FAILED_NO_DETAIL = zmq4.EVENT_HANDSHAKE_FAILED_NO_DETAIL
	EVENT_HANDSHAKE_SUCCEEDED        = zmq4.EVENT_HANDSHAKE_SUCCEEDED
	EVENT_HANDSHAKE_FAILED_PROTOCOL  = zmq4.EVENT_HANDSHAKE_FAILED_PROTOCOL
	EVENT_HANDSHAKE_FAILED_AUTH      = zmq4.EVENT_HANDSHAKE_FAILED_AUTH

	POLLIN  = zmq4.POLLIN
	POLLOUT = zmq4.POLLOUT

	NULL   = zmq4.NULL
	PLAIN  = zmq4.PLAIN
	CURVE  = zmq4.CURVE
	GSSAPI = zmq4.GSSAPI

	CURVE_ALLOW_ANY = zmq4.CURVE_ALLOW_ANY
	MaxSocketsDflt  = zmq4.MaxSocketsDflt
	IoThreadsDflt   = zmq4.IoThreadsDflt
)

// Error numbers, as in zmq4.
const (
	EADDRINUSE      = zmq4.EADDRINUSE
	EADDRNOTAVAIL   = zmq4.EADDRNOTAVAIL
	EAFNOSUPPORT    = zmq4.EAFNOSUPPORT
	ECONNABORTED    = zmq4.ECONNABORTED
	ECONNREFUSED    = zmq4.ECONNREFUSED
	ECONNRESET      = zmq4.ECONNRESET
	EHOSTUNREACH    = zmq4.EHOSTUNREACH
	EINPROGRESS     = zmq4.EINPROGRESS
	EMSGSIZE        = zmq4.EMSGSIZE
	ENETDOWN        = zmq4.ENETDOWN
	ENETRESET       = zmq4.ENETRESET
	ENETUNREACH     = zmq4.ENETUNREACH
	ENOBUFS         = zmq4.ENOBUFS
	ENOTCONN        = zmq4.ENOTCONN
	ENOTSOCK        = zmq4.ENOTSOCK
	ENOTSUP         = zmq4.ENOTSUP
	EPROTONOSUPPORT = zmq4.EPROTONOSUPPORT
	ETIMEDOUT       = zmq4.ETIMEDOUT
	EFSM            = zmq4.EFSM
	ENOCOMPATPROTO  = zmq4.ENOCOMPATPROTO
	ETERM           = zmq4.ETERM
	EMTHREAD        = zmq4.EMTHREAD
)

// Errors: zmq4's values (its methods return them) and the draft ones.
var (
	ErrorContextClosed         = zmq4.ErrorContextClosed
	ErrorSocketClosed          = zmq4.ErrorSocketClosed
	ErrorMoreExpected          = zmq4.ErrorMoreExpected
	ErrorNotImplemented405     = zmq4.ErrorNotImplemented405
	ErrorNotImplemented41      = zmq4.ErrorNotImplemented41
	ErrorNotImplemented42      = zmq4.ErrorNotImplemented42
	ErrorNotImplementedWindows = zmq4.ErrorNotImplementedWindows
	ErrorNoSocket              = zmq4.ErrorNoSocket

	ErrorNotImplemented42draft = errors.New("Not implemented, requires 0MQ version 4.2 with drafts enabled")
	ErrorNotImplemented43      = errors.New("Not implemented, requires 0MQ version 4.3")
	ErrorNotImplemented433     = errors.New("Not implemented, requires 0MQ version 4.3.3")
	ErrorNotImplemented435     = errors.New("Not implemented, requires 0MQ version 4.3.5")
)

// OptRoutingId is a Send or Recv option: the routing id of a SERVER's
// peer.
type OptRoutingId uint32

// OptGroup is a Send or Recv option: the group of a RADIO or DISH
// message.
type OptGroup string

// RouterNotifyOption selects the notifications of SetRouterNotify.
type RouterNotifyOption int

// Notifications a ROUTER can send (SetRouterNotify).
const (
	NotifyConnect    = RouterNotifyOption(zmq.NOTIFY_CONNECT)
	NotifyDisconnect = RouterNotifyOption(zmq.NOTIFY_DISCONNECT)
)

// HasDraft reports whether the loaded libzmq was built with the draft
// API.
func HasDraft() bool { return zmq.Has(zmq.CapDraft) }

// needDraft returns ErrorNotImplemented42draft without the draft API.
func needDraft() error {
	if !HasDraft() {
		return ErrorNotImplemented42draft
	}
	return nil
}

// needOption returns pebbe's ErrorNotImplemented43x when the loaded
// libzmq is a 4.x release older than the one the versions tables
// introduce socket option name in, and nil otherwise (from 2.x to 3.x
// the core package answers with its VersionError).
func needOption(name string) error {
	in, ok := versions.Introduced(versions.SocketOption, name)
	if !ok {
		return fmt.Errorf("zmq4/draft: no libzmq release has socket option %s", name)
	}
	x, y, z := zmq4.Version()
	if x != 4 || !versions.V(x, y, z).Less(in.Release) {
		return nil
	}
	switch r := in.Release; {
	case r == versions.V(4, 3, 3):
		return ErrorNotImplemented433
	case r == versions.V(4, 3, 5):
		return ErrorNotImplemented435
	case r.Major == 4 && r.Minor == 3:
		return ErrorNotImplemented43
	}
	return ErrorNotImplemented42draft
}

// isDraftType reports whether t is one of the draft socket types.
func isDraftType(t Type) bool { return t >= SERVER && t <= DGRAM }
