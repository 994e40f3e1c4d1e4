package zmq4

import (
	"sync"

	"github.com/gozmq/gozmq/zmq"
)

// The ZAP handler of the shared context. libzmq 4.3 refuses PLAIN and
// CURVE clients when no ZAP handler runs, whereas go-zeromq's PLAIN
// server accepts anyone; so the first socket that listens with PLAIN or
// CURVE starts one that lets every client in, until the program takes it
// over with ZAP.
var zap struct {
	sync.Mutex
	auth  *zmq.Authenticator
	owned bool // the program called ZAP: its rules apply
}

// acceptAll is go-zeromq's rule: every client that completes the
// mechanism's handshake is in.
func acceptAll(zmq.ZAPRequest) zmq.ZAPReply { return zmq.ZAPReply{Status: "200", Text: "OK"} }

// startZAP starts the shared handler if none runs; owned says whether
// the program asked for it.
func startZAP(owned bool) (*zmq.Authenticator, error) {
	zap.Lock()
	defer zap.Unlock()
	if zap.auth == nil {
		lib, err := sharedContext(0)
		if err != nil {
			return nil, err
		}
		au, err := zmq.NewAuthenticator(lib)
		if err != nil {
			return nil, err
		}
		au.SetDecider(acceptAll)
		zap.auth = au
	}
	if owned && !zap.owned {
		zap.owned = true
		zap.auth.SetDecider(nil)
	}
	return zap.auth, nil
}

// ZAP returns the ZAP handler (ZeroMQ RFC 27) of the sockets of this
// package, started if need be. Until ZAP is first called, listening
// sockets accept every PLAIN and CURVE client, as go-zeromq does; from
// then on the handler's settings decide: give it users with
// SetPlainUsers, client keys with SetCurveKeys (or SetCurveAny), and
// address lists with Allow and Deny. Call ZAP before Listen to never
// accept a client without checking it. It needs libzmq 4.0 or newer.
// (Not in go-zeromq, which never checked PLAIN passwords.)
func ZAP() (*zmq.Authenticator, error) { return startZAP(true) }
