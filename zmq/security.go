package zmq

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// Capabilities Has knows about. zmq_has accepts any string and reports
// false for names it does not know, and so does Has.
const (
	CapIPC    = "ipc"
	CapPGM    = "pgm"
	CapTIPC   = "tipc"
	CapNORM   = "norm"
	CapCURVE  = "curve"
	CapGSSAPI = "gssapi"
	CapDraft  = "draft"
)

// Has reports whether the loaded libzmq supports capability: a transport
// ("ipc", "pgm", "tipc", "norm"), a security mechanism ("curve",
// "gssapi") or the draft API ("draft"). It returns false whenever the
// answer is not known; HasErr says why.
func Has(capability string) bool {
	ok, _ := HasErr(capability)
	return ok
}

// HasErr is Has with the reason when there is no answer: the library
// could not be loaded, or it is older than 4.0 (a *VersionError).
//
// libzmq 4.1 added zmq_has, which HasErr calls. On 4.0 HasErr derives
// the answer itself: "ipc" is true except on Windows, "curve" is true
// when zmq_curve_keypair works (4.0 has CURVE only when built with
// libsodium), and everything else is false: 4.0 has no GSSAPI, TIPC,
// NORM or draft API, and whether it was built with PGM cannot be
// learnt from the library.
func HasErr(capability string) (bool, error) {
	a, err := lib()
	if err != nil {
		return false, err
	}
	if a.fn.Has != 0 {
		c := cstring(capability)
		r, _ := ccall.Call(a.fn.Has, uintptr(unsafe.Pointer(&c[0])), 0, 0, 0, 0, 0)
		return int32(r) != 0, nil
	}
	// The answers below come from the security mechanisms 4.0 brought.
	if !a.has(versions.SocketOption, "MECHANISM") {
		return false, a.lacks("capability query Has", versions.SocketOption, "MECHANISM")
	}
	switch capability {
	case CapIPC:
		return runtime.GOOS != "windows", nil
	case CapCURVE:
		return curve40(a), nil
	}
	return false, nil
}

var (
	curve40Once sync.Once
	curve40OK   bool
)

// curve40 reports whether a 4.0 library can make CURVE keys, which it
// can exactly when it was built with libsodium.
func curve40(a *api) bool {
	curve40Once.Do(func() {
		if a.fn.CurveKeypair == 0 {
			return
		}
		var pub, sec [41]byte
		r, _ := ccall.Call(a.fn.CurveKeypair, uintptr(unsafe.Pointer(&pub[0])), uintptr(unsafe.Pointer(&sec[0])), 0, 0, 0, 0)
		curve40OK = !failed(r)
	})
	return curve40OK
}

// z85Alphabet is the Z85 character set (ZeroMQ RFC 32), in digit order.
const z85Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"

// z85Check reports why s is not valid Z85 text, or nil. libzmq 4.0's
// decoder reads out of bounds on characters outside the alphabet and
// wraps on groups above 2^32-1; checking here makes every release
// reject the same inputs.
func z85Check(s string) error {
	if len(s)%5 != 0 {
		return fmt.Errorf("gozmq: Z85 text length %d is not a multiple of 5: %w", len(s), EINVAL)
	}
	for i := 0; i < len(s); i += 5 {
		var v uint64
		for j := i; j < i+5; j++ {
			d := z85Digit(s[j])
			if d < 0 {
				return fmt.Errorf("gozmq: invalid Z85 character %q at offset %d: %w", s[j], j, EINVAL)
			}
			v = v*85 + uint64(d)
		}
		if v > 0xFFFFFFFF {
			return fmt.Errorf("gozmq: Z85 group %q at offset %d overflows 32 bits: %w", s[i:i+5], i, EINVAL)
		}
	}
	return nil
}

func z85Digit(c byte) int {
	for i := 0; i < len(z85Alphabet); i++ {
		if z85Alphabet[i] == c {
			return i
		}
	}
	return -1
}

// Z85Encode encodes data as Z85 text (ZeroMQ RFC 32), the printable
// form of CURVE keys, with zmq_z85_encode (libzmq 4.0+). len(data) must
// be a multiple of 4; the text is 5/4 as long.
func Z85Encode(data []byte) (string, error) {
	a, err := lib()
	if err != nil {
		return "", err
	}
	if a.fn.Z85Encode == 0 {
		return "", a.lacks("zmq_z85_encode", versions.Function, "zmq_z85_encode")
	}
	if len(data)%4 != 0 {
		return "", fmt.Errorf("gozmq: Z85Encode: length %d is not a multiple of 4: %w", len(data), EINVAL)
	}
	dest := make([]byte, len(data)*5/4+1)
	r, e := ccall.Call(a.fn.Z85Encode, uintptr(unsafe.Pointer(&dest[0])), uintptr(bufPtr(data)), uintptr(len(data)), 0, 0, 0)
	if r == 0 {
		return "", errnoErr(e)
	}
	return string(dest[:len(dest)-1]), nil
}

// Z85Decode decodes Z85 text (ZeroMQ RFC 32) with zmq_z85_decode (libzmq
// 4.0+). len(s) must be a multiple of 5 and s may hold only Z85
// characters; otherwise the error matches EINVAL.
func Z85Decode(s string) ([]byte, error) {
	a, err := lib()
	if err != nil {
		return nil, err
	}
	if a.fn.Z85Decode == 0 {
		return nil, a.lacks("zmq_z85_decode", versions.Function, "zmq_z85_decode")
	}
	if err := z85Check(s); err != nil {
		return nil, err
	}
	if s == "" {
		return []byte{}, nil
	}
	dest := make([]byte, len(s)*4/5)
	src := cstring(s)
	r, e := ccall.Call(a.fn.Z85Decode, uintptr(unsafe.Pointer(&dest[0])), uintptr(unsafe.Pointer(&src[0])), 0, 0, 0, 0)
	if r == 0 {
		return nil, errnoErr(e)
	}
	return dest, nil
}

// noCurve explains ENOTSUP from a CURVE call.
func noCurve(a *api, call string, e int) error {
	err := errnoErr(e)
	if e == int(syscall.ENOTSUP) {
		return fmt.Errorf("gozmq: %s: libzmq %s (%s) was built without CURVE support: %w", call, a.v, a.Path, err)
	}
	return fmt.Errorf("gozmq: %s: %w", call, err)
}

// NewCurveKeypair returns a new CURVE key pair as two 40-character Z85
// strings, ready for the CURVE_PUBLICKEY, CURVE_SECRETKEY and
// CURVE_SERVERKEY socket options (zmq_curve_keypair, libzmq 4.0.1+). When
// libzmq was built without CURVE the error matches syscall.ENOTSUP and
// errors.ErrUnsupported.
func NewCurveKeypair() (public, secret string, err error) {
	a, err := lib()
	if err != nil {
		return "", "", err
	}
	if a.fn.CurveKeypair == 0 {
		return "", "", a.lacks("zmq_curve_keypair", versions.Function, "zmq_curve_keypair")
	}
	var pub, sec [41]byte
	r, e := ccall.Call(a.fn.CurveKeypair, uintptr(unsafe.Pointer(&pub[0])), uintptr(unsafe.Pointer(&sec[0])), 0, 0, 0, 0)
	if failed(r) {
		return "", "", noCurve(a, "NewCurveKeypair", e)
	}
	return string(pub[:40]), string(sec[:40]), nil
}

// CurvePublic derives the Z85 public key of a Z85 CURVE secret key
// (zmq_curve_public, libzmq 4.2+), so that a program need store only
// its secret key.
func CurvePublic(secret string) (string, error) {
	a, err := lib()
	if err != nil {
		return "", err
	}
	if a.fn.CurvePub == 0 {
		return "", a.lacks("zmq_curve_public", versions.Function, "zmq_curve_public")
	}
	if len(secret) != 40 {
		return "", fmt.Errorf("gozmq: CurvePublic: a Z85 secret key has 40 characters, not %d: %w", len(secret), EINVAL)
	}
	if err := z85Check(secret); err != nil {
		return "", err
	}
	var pub [41]byte
	sec := cstring(secret)
	r, e := ccall.Call(a.fn.CurvePub, uintptr(unsafe.Pointer(&pub[0])), uintptr(unsafe.Pointer(&sec[0])), 0, 0, 0, 0)
	if failed(r) {
		return "", noCurve(a, "CurvePublic", e)
	}
	return string(pub[:40]), nil
}
