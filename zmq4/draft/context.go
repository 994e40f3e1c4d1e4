package draft

import (
	"sync"

	"github.com/gozmq/gozmq/zmq4"
)

// Context is a zmq4.Context whose NewSocket makes draft sockets. A nil
// *Context and a zero Context{} behave as a terminated context, as a nil
// *zmq4.Context does.
type Context struct {
	*zmq4.Context
}

// inner returns the zmq4 context, nil for a nil Context.
func (ctx *Context) inner() *zmq4.Context {
	if ctx == nil {
		return nil
	}
	return ctx.Context
}

// contexts gives each zmq4.Context one draft face, so that
// Socket.Context returns the same *Context every time.
var contexts sync.Map // *zmq4.Context -> *Context

func face(c *zmq4.Context) *Context {
	if c == nil {
		return nil
	}
	v, _ := contexts.LoadOrStore(c, &Context{c})
	return v.(*Context)
}

// NewContext creates a context.
func NewContext() (ctx *Context, err error) {
	c, err := zmq4.NewContext()
	if err != nil {
		return nil, err
	}
	return face(c), nil
}

// NewSocket creates a socket of type t; a draft type needs a libzmq
// with the draft API.
func (ctx *Context) NewSocket(t Type) (soc *Socket, err error) {
	if isDraftType(t) {
		if err := needDraft(); err != nil {
			return &Socket{Socket: &zmq4.Socket{}}, err
		}
	}
	s, err := ctx.inner().NewSocket(t)
	return &Socket{Socket: s}, err
}

// NewSocket creates a socket of type t in the default context, which
// is zmq4's.
func NewSocket(t Type) (soc *Socket, err error) {
	if isDraftType(t) {
		if err := needDraft(); err != nil {
			return &Socket{Socket: &zmq4.Socket{}}, err
		}
	}
	s, err := zmq4.NewSocket(t)
	return &Socket{Socket: s}, err
}

// Term terminates the default context.
func Term() error { return zmq4.Term() }

// GetIoThreads returns the default context's I/O thread count.
func GetIoThreads() (int, error) { return zmq4.GetIoThreads() }

// GetMaxSockets returns the default context's limit on sockets.
func GetMaxSockets() (int, error) { return zmq4.GetMaxSockets() }

// GetMaxMsgsz returns the default context's largest message size.
func GetMaxMsgsz() (int, error) { return zmq4.GetMaxMsgsz() }

// GetIpv6 reports whether the default context's sockets use IPv6.
func GetIpv6() (bool, error) { return zmq4.GetIpv6() }

// GetBlocky returns the default context's BLOCKY option.
func GetBlocky() (bool, error) { return zmq4.GetBlocky() }

// GetRetryAfterEINTR reports whether the default context retries after
// EINTR.
func GetRetryAfterEINTR() bool { return zmq4.GetRetryAfterEINTR() }

// SetIoThreads sets the default context's I/O thread count.
func SetIoThreads(n int) error { return zmq4.SetIoThreads(n) }

// SetMaxSockets sets the default context's limit on sockets.
func SetMaxSockets(n int) error { return zmq4.SetMaxSockets(n) }

// SetMaxMsgsz sets the default context's largest message size.
func SetMaxMsgsz(n int) error { return zmq4.SetMaxMsgsz(n) }

// SetThreadSchedPolicy sets the default context's thread policy.
func SetThreadSchedPolicy(n int) error { return zmq4.SetThreadSchedPolicy(n) }

// SetThreadPriority sets the default context's thread priority.
func SetThreadPriority(n int) error { return zmq4.SetThreadPriority(n) }

// SetIpv6 makes the default context's new sockets use IPv6 or not.
func SetIpv6(i bool) error { return zmq4.SetIpv6(i) }

// SetBlocky sets the default context's BLOCKY option.
func SetBlocky(i bool) error { return zmq4.SetBlocky(i) }

// SetRetryAfterEINTR chooses whether the default context retries after
// EINTR.
func SetRetryAfterEINTR(retry bool) { zmq4.SetRetryAfterEINTR(retry) }

// Version returns the version of the loaded libzmq.
func Version() (major, minor, patch int) { return zmq4.Version() }

// Error returns libzmq's text for error number e.
func Error(e int) string { return zmq4.Error(e) }

// AsErrno returns err as an Errno, or 0.
func AsErrno(err error) Errno { return zmq4.AsErrno(err) }

// Proxy runs zmq4.Proxy on the sockets.
func Proxy(frontend, backend, capture *Socket) error {
	return zmq4.Proxy(frontend.Socket, backend.Socket, capture.inner())
}

// ProxySteerable runs zmq4.ProxySteerable on the sockets.
func ProxySteerable(frontend, backend, capture, control *Socket) error {
	return zmq4.ProxySteerable(frontend.Socket, backend.Socket, capture.inner(), control.inner())
}

// Z85encode encodes data as Z85 text.
func Z85encode(data string) string { return zmq4.Z85encode(data) }

// Z85decode decodes Z85 text.
func Z85decode(s string) string { return zmq4.Z85decode(s) }

// NewCurveKeypair returns a new CURVE key pair.
func NewCurveKeypair() (z85_public_key, z85_secret_key string, err error) {
	return zmq4.NewCurveKeypair()
}

// HasIpc reports ipc support.
func HasIpc() bool { return zmq4.HasIpc() }

// HasPgm reports pgm support.
func HasPgm() bool { return zmq4.HasPgm() }

// HasTipc reports tipc support.
func HasTipc() bool { return zmq4.HasTipc() }

// HasNorm reports norm support.
func HasNorm() bool { return zmq4.HasNorm() }

// HasCurve reports CURVE support.
func HasCurve() bool { return zmq4.HasCurve() }

// HasGssapi reports GSSAPI support.
func HasGssapi() bool { return zmq4.HasGssapi() }

// The ZAP handler is zmq4's: see the functions of the same names there.

// AuthStart starts the default context's ZAP handler.
func AuthStart() (err error) { return zmq4.AuthStart() }

// AuthStop stops it.
func AuthStop() { zmq4.AuthStop() }

// AuthSetVerbose makes it log its decisions.
func AuthSetVerbose(verbose bool) { zmq4.AuthSetVerbose(verbose) }

// AuthAllow adds addresses to domain's allow list.
func AuthAllow(domain string, addresses ...string) { zmq4.AuthAllow(domain, addresses...) }

// AuthDeny adds addresses to domain's deny list.
func AuthDeny(domain string, addresses ...string) { zmq4.AuthDeny(domain, addresses...) }

// AuthPlainAdd adds a PLAIN user of domain.
func AuthPlainAdd(domain, username, password string) { zmq4.AuthPlainAdd(domain, username, password) }

// AuthPlainRemove removes PLAIN users of domain.
func AuthPlainRemove(domain string, usernames ...string) {
	zmq4.AuthPlainRemove(domain, usernames...)
}

// AuthPlainRemoveAll removes every PLAIN user of domain.
func AuthPlainRemoveAll(domain string) { zmq4.AuthPlainRemoveAll(domain) }

// AuthCurveAdd allows CURVE client keys of domain.
func AuthCurveAdd(domain string, pubkeys ...string) { zmq4.AuthCurveAdd(domain, pubkeys...) }

// AuthCurveRemove removes CURVE client keys of domain.
func AuthCurveRemove(domain string, pubkeys ...string) { zmq4.AuthCurveRemove(domain, pubkeys...) }

// AuthCurveRemoveAll removes every CURVE client key of domain.
func AuthCurveRemoveAll(domain string) { zmq4.AuthCurveRemoveAll(domain) }

// AuthSetMetadataHandler sets the metadata handler.
func AuthSetMetadataHandler(
	handler func(
		version, request_id, domain, address, identity, mechanism string, credentials ...string) (metadata map[string]string)) {
	zmq4.AuthSetMetadataHandler(handler)
}

// AuthMetaBlob encodes a ZAP metadata property.
func AuthMetaBlob(key, value string) (blob []byte, err error) { return zmq4.AuthMetaBlob(key, value) }

// AuthCurvePublic derives a Z85 public key from a secret key.
func AuthCurvePublic(z85SecretKey string) (z85PublicKey string, err error) {
	return zmq4.AuthCurvePublic(z85SecretKey)
}
