// Package null provides the ZeroMQ NULL security mechanism, run by
// libzmq: no authentication (unless a ZAP handler is set up with a
// domain through package zmq) and no encryption.
package null

import (
	"errors"
	"io"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/internal/mech"
)

type security struct{}

// Security returns a value that implements the NULL security mechanism.
func Security() zmq4.Security { return security{} }

func (security) Type() zmq4.SecurityType { return zmq4.NullSecurity }

// Handshake returns an error: libzmq runs the handshake.
func (security) Handshake(conn *zmq4.Conn, server bool) error {
	return errors.New("security/null: the handshake is run by libzmq, not over a Go Conn")
}

// Encrypt writes data to w unchanged.
func (security) Encrypt(w io.Writer, data []byte) (int, error) { return mech.PassThrough(w, data) }

// Decrypt writes data to w unchanged.
func (security) Decrypt(w io.Writer, data []byte) (int, error) { return mech.PassThrough(w, data) }

func (security) Mechanism() mech.Config { return mech.Config{Kind: mech.Null} }
