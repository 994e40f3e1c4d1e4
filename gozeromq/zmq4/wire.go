package zmq4

import (
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sort"
)

// ZMTP commands (ZMTP 3.1, https://rfc.zeromq.org/spec:23/ZMTP/#commands).
// libzmq exchanges them itself; the names are kept for programs that
// refer to them.
const (
	CmdCancel      = "CANCEL"
	CmdError       = "ERROR"
	CmdHello       = "HELLO"
	CmdInitiate    = "INITIATE"
	CmdPing        = "PING"
	CmdPong        = "PONG"
	CmdReady       = "READY"
	CmdSubscribe   = "SUBSCRIBE"
	CmdUnsubscribe = "UNSUBSCRIBE"
	CmdWelcome     = "WELCOME"
)

// Errors of go-zeromq's ZMTP codec, kept for programs that compare
// against them.
var (
	ErrBadCmd   = errors.New("zmq4: invalid command name")
	ErrBadFrame = errors.New("zmq4: invalid frame")
)

// ErrBadProperty is returned by GetOption for an option never set, by
// SetOption for an option the socket type does not have, and by the
// metadata codec for a malformed property.
var ErrBadProperty = errors.New("zmq4: bad property")

// ErrClosedConn is returned by every I/O method of Conn: there are no Go
// ZMTP connections in this package (libzmq owns them).
var ErrClosedConn = errors.New("zmq4: read/write on closed connection")

// errNoGoZMTP explains why Open fails.
var errNoGoZMTP = errors.New("zmq4: Open: ZMTP connections are made and run by libzmq; a Go net.Conn cannot carry one (use a Socket's Listen and Dial)")

// Cmd is a ZMTP command.
type Cmd struct {
	Name string
	Body []byte
}

// Conn stands for a ZMTP connection. The sockets of this package never
// make one (libzmq runs ZMTP); the type exists so that the Security
// interface and programs naming it compile. Its I/O methods return
// ErrClosedConn.
type Conn struct {
	Server bool
	Meta   Metadata
	Peer   struct {
		Server bool
		Meta   Metadata
	}
}

// Open would run ZMTP over rw in Go. It returns an error: the ZMTP of
// this package is libzmq's, over connections libzmq makes.
func Open(rw net.Conn, sec Security, sockType SocketType, sockID SocketIdentity, server bool, onCloseErrorCB func(c *Conn)) (*Conn, error) {
	return nil, errNoGoZMTP
}

// Close does nothing.
func (c *Conn) Close() error { return nil }

// Closed reports true: a Conn of this package carries nothing.
func (c *Conn) Closed() bool { return true }

// SetClosed does nothing: a Conn is always closed.
func (c *Conn) SetClosed() {}

// Read returns ErrClosedConn.
func (c *Conn) Read(p []byte) (int, error) { return 0, ErrClosedConn }

// Write returns ErrClosedConn.
func (c *Conn) Write(p []byte) (int, error) { return 0, ErrClosedConn }

// RecvCmd returns ErrClosedConn.
func (c *Conn) RecvCmd() (Cmd, error) { return Cmd{}, ErrClosedConn }

// RecvMsg returns ErrClosedConn.
func (c *Conn) RecvMsg() (Msg, error) { return Msg{}, ErrClosedConn }

// SendCmd returns ErrClosedConn.
func (c *Conn) SendCmd(name string, body []byte) error { return ErrClosedConn }

// SendMsg returns ErrClosedConn.
func (c *Conn) SendMsg(msg Msg) error { return ErrClosedConn }

// Metadata is a connection's ZMTP metadata: property names and values.
type Metadata map[string]string

// MarshalZMTP encodes the metadata as ZMTP 3 properties, in name order.
func (md Metadata) MarshalZMTP() ([]byte, error) {
	names := make([]string, 0, len(md))
	for k := range md {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []byte
	for _, k := range names {
		b, err := Property{K: k, V: md[k]}.encode(nil)
		if err != nil {
			return nil, err
		}
		out = append(out, b...)
	}
	return out, nil
}

// UnmarshalZMTP decodes ZMTP 3 properties into md, adding to what it holds.
// A nil *Metadata has nowhere to put them: ErrBadProperty.
func (md *Metadata) UnmarshalZMTP(p []byte) error {
	if md == nil {
		return ErrBadProperty
	}
	if *md == nil {
		*md = make(Metadata)
	}
	for len(p) > 0 {
		var prop Property
		n, err := prop.Write(p)
		if err != nil {
			return err
		}
		(*md)[prop.K] = prop.V
		p = p[n:]
	}
	return nil
}

// Property is one metadata entry: on the wire a name of 1 to 255 bytes
// after its length byte, then a value after its 4-byte big-endian length.
type Property struct {
	K string
	V string
}

func (prop Property) encode(dst []byte) ([]byte, error) {
	if len(prop.K) == 0 || len(prop.K) > 255 {
		return nil, ErrBadProperty
	}
	dst = append(dst, byte(len(prop.K)))
	dst = append(dst, prop.K...)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(prop.V)))
	return append(dst, prop.V...), nil
}

// Read writes the property's wire form into data and returns its length
// (io.ErrShortBuffer when data is too small).
func (prop Property) Read(data []byte) (n int, err error) {
	b, err := prop.encode(nil)
	if err != nil {
		return 0, err
	}
	if len(data) < len(b) {
		return 0, io.ErrShortBuffer
	}
	return copy(data, b), nil
}

// Write decodes one property from the start of data into prop and
// returns the number of bytes it took. A nil *Property takes nothing:
// ErrBadProperty.
func (prop *Property) Write(data []byte) (n int, err error) {
	if prop == nil {
		return 0, ErrBadProperty
	}
	if len(data) < 1 {
		return 0, io.ErrUnexpectedEOF
	}
	kn := int(data[0])
	if kn == 0 || len(data) < 1+kn+4 {
		return 0, ErrBadProperty
	}
	k := string(data[1 : 1+kn])
	vn := binary.BigEndian.Uint32(data[1+kn:])
	rest := data[1+kn+4:]
	if uint64(vn) > uint64(len(rest)) {
		return 0, ErrBadProperty
	}
	prop.K, prop.V = k, string(rest[:vn])
	return 1 + kn + 4 + int(vn), nil
}
