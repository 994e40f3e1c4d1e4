// Package mech carries a security mechanism from the security packages
// to the socket code. Its types live in an internal package so that only
// this module can make a Security value that libzmq runs: a Security
// written elsewhere has no Mechanism method and is refused with a clear
// error instead of being silently replaced by NULL.
package mech

import (
	"errors"
	"io"
)

// ErrNilWriter is what Encrypt and Decrypt of the security values return
// for a nil io.Writer, rather than panicking.
var ErrNilWriter = errors.New("zmq4: security: Encrypt or Decrypt into a nil io.Writer")

// PassThrough writes data to w unchanged, for the mechanisms whose
// Encrypt and Decrypt do not transform (NULL, PLAIN).
func PassThrough(w io.Writer, data []byte) (int, error) {
	if w == nil {
		return 0, ErrNilWriter
	}
	return w.Write(data)
}

// Kind is the libzmq security mechanism.
type Kind int

// The mechanisms libzmq implements and the face offers.
const (
	Null Kind = iota
	Plain
	Curve
)

// Config is what libzmq needs to run one mechanism, on either side.
type Config struct {
	Kind Kind
	// PLAIN: the client's credentials (a server accepts any, unless a ZAP
	// handler such as zmq.Authenticator says otherwise).
	User, Pass string
	// CURVE: this socket's key pair (Z85) and, for a client, the
	// server's public key.
	Public, Secret, ServerKey string
}

// Provider is implemented by the security values of this module.
type Provider interface {
	Mechanism() Config
}
