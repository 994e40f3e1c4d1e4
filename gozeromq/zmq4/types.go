package zmq4

import "github.com/gozmq/gozmq/zmq"

// SocketType is a ZeroMQ socket type, as named in ZMTP's Socket-Type.
type SocketType string

// The socket types of go-zeromq/zmq4. libzmq has more (STREAM, and the
// draft types): reach them through package zmq.
const (
	Pair   SocketType = "PAIR"   // a ZMQ_PAIR socket
	Pub    SocketType = "PUB"    // a ZMQ_PUB socket
	Sub    SocketType = "SUB"    // a ZMQ_SUB socket
	Req    SocketType = "REQ"    // a ZMQ_REQ socket
	Rep    SocketType = "REP"    // a ZMQ_REP socket
	Dealer SocketType = "DEALER" // a ZMQ_DEALER socket
	Router SocketType = "ROUTER" // a ZMQ_ROUTER socket
	Pull   SocketType = "PULL"   // a ZMQ_PULL socket
	Push   SocketType = "PUSH"   // a ZMQ_PUSH socket
	XPub   SocketType = "XPUB"   // a ZMQ_XPUB socket
	XSub   SocketType = "XSUB"   // a ZMQ_XSUB socket
)

// compatible lists, per type, the peer types ZMTP 3.1 allows.
var compatible = map[SocketType][]SocketType{
	Pair:   {Pair},
	Pub:    {Sub, XSub},
	Sub:    {Pub, XPub},
	Req:    {Rep, Router},
	Rep:    {Req, Dealer},
	Dealer: {Rep, Dealer, Router},
	Router: {Req, Dealer, Router},
	Pull:   {Push},
	Push:   {Pull},
	XPub:   {Sub, XSub},
	XSub:   {Pub, XPub},
}

// IsCompatible reports whether a socket of type sck may talk to a peer
// of type peer (ZMTP 3.1); libzmq refuses the others during the handshake.
func (sck SocketType) IsCompatible(peer SocketType) bool {
	for _, t := range compatible[sck] {
		if t == peer {
			return true
		}
	}
	return false
}

// libzmqType is the libzmq type a face socket is made of. PUB is made of
// an XPUB, which behaves as a PUB towards its peers but lets the face see
// the subscriptions that Topics reports.
func (sck SocketType) libzmqType() zmq.SocketType {
	switch sck {
	case Pair:
		return zmq.PAIR
	case Pub, XPub:
		return zmq.XPUB
	case Sub:
		return zmq.SUB
	case Req:
		return zmq.REQ
	case Rep:
		return zmq.REP
	case Dealer:
		return zmq.DEALER
	case Router:
		return zmq.ROUTER
	case Pull:
		return zmq.PULL
	case Push:
		return zmq.PUSH
	case XSub:
		return zmq.XSUB
	}
	return -1
}

// SocketIdentity is a socket's identity (libzmq's ZMQ_ROUTING_ID), as a
// ROUTER peer sees it.
type SocketIdentity []byte

// String returns the identity as text, cut to ZMTP's 255 bytes.
func (id SocketIdentity) String() string {
	if len(id) > 255 {
		id = id[:255]
	}
	return string(id)
}

// Topics is implemented by the PUB, SUB and XPUB sockets.
type Topics interface {
	// Topics returns the sorted list of topics a socket is subscribed to.
	Topics() []string
}
