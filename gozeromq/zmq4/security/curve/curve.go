// Package curve provides the CurveZMQ security mechanism
// (https://rfc.zeromq.org/spec:26/CURVEZMQ/), run by libzmq:
// authentication and encryption, which go-zeromq/zmq4 never had.
//
// Keys are 40-character Z85 strings, as zmq.NewCurveKeypair makes them.
// A socket that listens is a CURVE server with its key pair; a socket
// that dials is a client that also needs the server's public key. To
// admit only known clients, run a ZAP handler on the shared context
// (zmq4.ZAP(), then SetCurveKeys).
// CURVE needs a libzmq built with it (zmq.Has("curve")).
package curve

import (
	"errors"
	"io"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/internal/mech"
)

type security struct {
	public, secret, server string
}

// Security returns the CURVE mechanism for a socket whose key pair is
// public and secret. serverKey is the public key of the server a Dial
// connects to; it is not used by Listen and may be "" for a socket
// that only listens.
func Security(public, secret, serverKey string) zmq4.Security {
	return &security{public: public, secret: secret, server: serverKey}
}

func (*security) Type() zmq4.SecurityType { return zmq4.CurveSecurity }

// Handshake returns an error: libzmq runs the handshake.
func (*security) Handshake(conn *zmq4.Conn, server bool) error {
	return errors.New("security/curve: the handshake is run by libzmq, not over a Go Conn")
}

// Encrypt returns an error: libzmq encrypts each message with the
// connection's session keys, which never leave it.
func (*security) Encrypt(w io.Writer, data []byte) (int, error) {
	return 0, errors.New("security/curve: encryption is done by libzmq, per connection")
}

// Decrypt returns an error, as Encrypt does.
func (*security) Decrypt(w io.Writer, data []byte) (int, error) {
	return 0, errors.New("security/curve: decryption is done by libzmq, per connection")
}

func (s *security) Mechanism() mech.Config {
	return mech.Config{Kind: mech.Curve, Public: s.public, Secret: s.secret, ServerKey: s.server}
}
