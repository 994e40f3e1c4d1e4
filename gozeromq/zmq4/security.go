package zmq4

import (
	"errors"
	"fmt"
	"io"

	"github.com/gozmq/gozmq/gozeromq/zmq4/internal/mech"
)

// Security is a ZMTP security mechanism. The values of the security/null,
// security/plain and security/curve packages are run by libzmq; the
// interface is kept so that programs written for go-zeromq compile, but a
// Security implemented elsewhere cannot run inside libzmq, and Listen and
// Dial with it return an error saying so.
type Security interface {
	// Type returns the security mechanism type.
	Type() SecurityType

	// Handshake performs the mechanism's handshake over conn. libzmq
	// performs it for the sockets of this package: the values of this
	// module return an error if called.
	Handshake(conn *Conn, server bool) error

	// Encrypt writes the encrypted form of data to w.
	Encrypt(w io.Writer, data []byte) (int, error)

	// Decrypt writes the decrypted form of data to w.
	Decrypt(w io.Writer, data []byte) (int, error)
}

// SecurityType names a security mechanism.
type SecurityType string

// The mechanisms.
const (
	// NullSecurity neither authenticates nor encrypts.
	NullSecurity SecurityType = "NULL"

	// PlainSecurity sends a user name and password in clear text.
	PlainSecurity SecurityType = "PLAIN"

	// CurveSecurity authenticates and encrypts with CurveZMQ.
	CurveSecurity SecurityType = "CURVE"
)

// errHandshakeInLibzmq is what the Handshake method of this module's
// security values returns: there is no Go ZMTP connection to run it on.
var errHandshakeInLibzmq = errors.New("zmq4: the security handshake is run by libzmq, not over a Go Conn")

// nullSecurity is the default mechanism.
type nullSecurity struct{}

func (nullSecurity) Type() SecurityType                            { return NullSecurity }
func (nullSecurity) Handshake(*Conn, bool) error                   { return errHandshakeInLibzmq }
func (nullSecurity) Encrypt(w io.Writer, data []byte) (int, error) { return mech.PassThrough(w, data) }
func (nullSecurity) Decrypt(w io.Writer, data []byte) (int, error) { return mech.PassThrough(w, data) }
func (nullSecurity) Mechanism() mech.Config                        { return mech.Config{Kind: mech.Null} }

// mechanismOf returns what libzmq must run for sec, or an error naming a
// mechanism it cannot run.
func mechanismOf(sec Security) (mech.Config, error) {
	if sec == nil {
		return mech.Config{Kind: mech.Null}, nil
	}
	if p, ok := sec.(mech.Provider); ok {
		return p.Mechanism(), nil
	}
	return mech.Config{}, fmt.Errorf("zmq4: security %T (%s) is implemented in Go and cannot run inside libzmq: use null.Security, plain.Security or curve.Security of github.com/gozmq/gozmq/gozeromq/zmq4/security", sec, sec.Type())
}
