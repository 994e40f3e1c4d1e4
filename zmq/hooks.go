package zmq

import (
	"errors"
	"fmt"
	"syscall"
)

// Hooks for the zmq4 face: it re-types errors, keeps pebbe's ZAP rules
// on this package's handler, and needs a few facts the gozmq face keeps
// to itself.

// ErrnoOf returns the error number behind err when err is, or wraps, an
// error number this package returned (ETERM, EFSM, syscall.EAGAIN ...),
// so that another API can re-type it without a table of its own.
func ErrnoOf(err error) (int, bool) {
	var z zmqErrno
	if errors.As(err, &z) {
		return int(z), true
	}
	var e syscall.Errno
	if errors.As(err, &e) {
		return int(e), true
	}
	return 0, false
}

// Strerror returns libzmq's text for error number e (zmq_strerror), or
// the system's when libzmq cannot be loaded.
func Strerror(e int) string { return zmqErrno(e).Error() }

// ZAPRequest is one ZAP request (ZeroMQ RFC 27) as a decider set with
// Authenticator.SetDecider sees it.
type ZAPRequest struct {
	Version, RequestID, Domain, Address, Identity, Mechanism string
	// Credentials are the mechanism's frames: none for NULL, user name
	// and password for PLAIN, the client's 32-byte public key for CURVE.
	Credentials [][]byte
}

// ZAPReply is a decider's answer: Status "200" lets the peer in, "300"
// is a temporary and "400" a permanent denial, "500" an error.
// Metadata is the RFC 27 encoded property list (name length byte,
// name, 4-byte big-endian value length, value) or nil.
type ZAPReply struct {
	Status, Text, UserID string
	Metadata             []byte
}

// SetDecider replaces the handler's own settings (Allow, Deny,
// SetPlainUsers, SetCurve*) by f, called in the handler's goroutine for
// every well-formed version 1.0 request; nil goes back to the settings.
// It lets another API (zmq4's Auth* functions) keep its own rules on
// this package's ZAP socket and loop.
func (au *Authenticator) SetDecider(f func(ZAPRequest) ZAPReply) {
	if au == nil {
		return
	}
	au.mu.Lock()
	au.decider = f
	au.mu.Unlock()
}

// decide answers req with the decider, if one is set.
func (au *Authenticator) decide(req [][]byte) ([][]byte, string, bool) {
	au.mu.Lock()
	f := au.decider
	au.mu.Unlock()
	if f == nil || len(req) < 6 || string(req[0]) != "1.0" {
		return nil, "", false
	}
	s := func(i int) string { return string(req[i]) }
	r := f(ZAPRequest{Version: s(0), RequestID: s(1), Domain: s(2), Address: s(3),
		Identity: s(4), Mechanism: s(5), Credentials: req[6:]})
	meta := r.Metadata
	if meta == nil {
		meta = []byte{} // libzmq 4.0 wants the frame, empty or not
	}
	reply := [][]byte{req[0], req[1], []byte(r.Status), []byte(r.Text), []byte(r.UserID), meta}
	line := fmt.Sprintf("ZAP %s %s domain=%q address=%q mechanism=%s", r.Status, r.Text, s(2), s(3), s(5))
	return reply, line, true
}
