// Package plain provides the ZeroMQ PLAIN security mechanism
// (https://rfc.zeromq.org/spec:24/ZMTP-PLAIN/), run by libzmq.
//
// A socket that dials sends the user name and password given to
// Security. A socket that listens is a PLAIN server: as in go-zeromq it
// accepts any client, until the program takes over the ZAP handler of
// the package's sockets to check credentials (before Listen):
//
//	auth, _ := zmq4.ZAP()
//	auth.SetPlainUsers(zmq.AnyDomain, map[string]string{"user": "secret"})
package plain

import (
	"errors"
	"io"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/internal/mech"
)

type security struct {
	user, pass string
}

// Security returns a value that implements the PLAIN security mechanism.
func Security(user, pass string) zmq4.Security { return &security{user: user, pass: pass} }

func (*security) Type() zmq4.SecurityType { return zmq4.PlainSecurity }

// Handshake returns an error: libzmq runs the handshake.
func (*security) Handshake(conn *zmq4.Conn, server bool) error {
	return errors.New("security/plain: the handshake is run by libzmq, not over a Go Conn")
}

// Encrypt writes data to w unchanged: PLAIN does not encrypt.
func (*security) Encrypt(w io.Writer, data []byte) (int, error) { return mech.PassThrough(w, data) }

// Decrypt writes data to w unchanged: PLAIN does not encrypt.
func (*security) Decrypt(w io.Writer, data []byte) (int, error) { return mech.PassThrough(w, data) }

func (s *security) Mechanism() mech.Config {
	return mech.Config{Kind: mech.Plain, User: s.user, Pass: s.pass}
}
