package zmq

import (
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// Message properties libzmq attaches to messages received over a
// connection (4.1+), for RecvWithMetadata.
const (
	// PropSocketType is the peer's socket type, e.g. "DEALER".
	PropSocketType = "Socket-Type"
	// PropIdentity is the identity (routing id) the peer announced.
	PropIdentity = "Identity"
	// PropRoutingID is the 4.2+ name the peer may announce instead.
	PropRoutingID = "Routing-Id"
	// PropResource is the resource the peer connected to (ZMTP 3).
	PropResource = "Resource"
	// PropPeerAddress is the peer's IP address (tcp).
	PropPeerAddress = "Peer-Address"
	// PropUserID is the user id a ZAP handler gave the connection.
	PropUserID = "User-Id"
)

// defaultProperties are read when RecvWithMetadata is given none.
var defaultProperties = []string{PropSocketType, PropIdentity, PropRoutingID, PropResource, PropPeerAddress, PropUserID}

// RecvWithMetadata receives one message part, like Recv, together with
// the properties libzmq attached to it (zmq_msg_gets): those named, or
// when none are named the standard ones above. The map holds only the
// properties the message has: messages that did not come over a
// connection (inproc) have none, and ZAP handlers may add their own
// names. It needs zmq_msg_gets (libzmq 4.1).
func (s *Socket) RecvWithMetadata(flags SendRecvOption, properties ...string) ([]byte, map[string]string, error) {
	if s.invalid() {
		return nil, nil, ENOTSOCK
	}
	fn := s.a.fn.MsgGets
	if fn == 0 {
		return nil, nil, s.a.lacks("zmq_msg_gets", versions.Function, "zmq_msg_gets")
	}
	if err := s.enter(); err != nil {
		return nil, nil, err
	}
	defer s.leave()
	if len(properties) == 0 {
		properties = defaultProperties
	}
	var data []byte
	md := make(map[string]string, len(properties))
	err := s.recvOwned(flags, func(msg *msgT, n int) error {
		data = make([]byte, n)
		copy(data, msgBytes(s.a, msg, n))
		for _, p := range properties {
			name := cstring(p)
			r, _ := ccall.Call(fn, uintptr(unsafe.Pointer(msg)), uintptr(unsafe.Pointer(&name[0])), 0, 0, 0, 0)
			if r != 0 {
				md[p] = gostring(r)
			}
		}
		more, _ := s.more(msg)
		s.setRcvMore(more)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return data, md, nil
}

// setRcvMore records the MORE flag of a part received into a message of
// its own, so that RcvMore describes it rather than s.rmsg's last part.
func (s *Socket) setRcvMore(more bool) {
	s.rmore = 1
	if more {
		s.rmore = 2
	}
}
