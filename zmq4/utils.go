package zmq4

import (
	"github.com/gozmq/gozmq/zmq"
)

// Proxy moves messages between frontend and backend, copying them to
// capture when it is not nil, until one of the sockets is closed or its
// context terminated. It runs the core package's proxy, so it works on
// every libzmq release and closing a socket ends it.
func Proxy(frontend, backend, capture *Socket) error {
	f, b, c, err := proxySockets(frontend, backend, capture)
	if err != nil {
		return err
	}
	return errget(zmq.Proxy(f, b, c))
}

// ProxySteerable is Proxy with a control socket that accepts PAUSE,
// RESUME, TERMINATE and STATISTICS. It returns nil after TERMINATE.
func ProxySteerable(frontend, backend, capture, control *Socket) error {
	if x, y, z := loadedVersion(); x == 4 && y == 0 && z < 5 {
		return ErrorNotImplemented405
	}
	f, b, c, err := proxySockets(frontend, backend, capture)
	if err != nil {
		return err
	}
	var ctl *zmq.Socket
	if control != nil {
		if ctl, err = control.live(); err != nil {
			return err
		}
	}
	return errget(zmq.ProxySteerable(f, b, c, ctl))
}

// proxySockets returns the core sockets, or ErrorSocketClosed if one is
// closed (capture may be nil).
func proxySockets(frontend, backend, capture *Socket) (f, b, c *zmq.Socket, err error) {
	if f, err = frontend.live(); err != nil {
		return
	}
	if b, err = backend.live(); err != nil {
		return
	}
	if capture != nil {
		c, err = capture.live()
	}
	return
}

// Z85encode encodes data, whose length must be a multiple of 4, as Z85
// text (ZeroMQ RFC 32). Like pebbe/zmq4 it panics on another length.
func Z85encode(data string) string {
	if len(data)%4 != 0 {
		panic("Z85encode: Length of data not a multiple of 4")
	}
	s, err := zmq.Z85Encode([]byte(data))
	if err != nil {
		return err.Error()
	}
	return s
}

// Z85decode decodes Z85 text, whose length must be a multiple of 5.
// Like pebbe/zmq4 it panics on another length.
func Z85decode(s string) string {
	if len(s)%5 != 0 {
		panic("Z85decode: Length of Z85 string not a multiple of 5")
	}
	b, err := zmq.Z85Decode(s)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// NewCurveKeypair returns a new CURVE key pair as Z85 text.
func NewCurveKeypair() (z85_public_key, z85_secret_key string, err error) {
	pub, sec, err := zmq.NewCurveKeypair()
	return pub, sec, errget(err)
}

// AuthCurvePublic returns the Z85 public key of a Z85 CURVE secret key
// (zmq_curve_public, libzmq 4.2+).
func AuthCurvePublic(z85SecretKey string) (z85PublicKey string, err error) {
	pub, err := zmq.CurvePublic(z85SecretKey)
	return pub, notImplemented(errget(err))
}

// hasCap asks zmq_has, which libzmq 4.1 introduced; before, the answer
// is false as with pebbe/zmq4.
func hasCap(c string) bool { return zmq.Has(c) }

// HasIpc reports whether the loaded libzmq supports the ipc transport.
func HasIpc() bool { return hasCap(zmq.CapIPC) }

// HasPgm reports whether the loaded libzmq supports pgm and epgm.
func HasPgm() bool { return hasCap(zmq.CapPGM) }

// HasTipc reports whether the loaded libzmq supports the tipc transport.
func HasTipc() bool { return hasCap(zmq.CapTIPC) }

// HasNorm reports whether the loaded libzmq supports the norm transport.
func HasNorm() bool { return hasCap(zmq.CapNORM) }

// HasCurve reports whether the loaded libzmq supports CURVE security.
func HasCurve() bool { return hasCap(zmq.CapCURVE) }

// HasGssapi reports whether the loaded libzmq supports GSSAPI security.
func HasGssapi() bool { return hasCap(zmq.CapGSSAPI) }
