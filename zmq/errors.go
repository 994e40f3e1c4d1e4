package zmq

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// hausnumero is ZMQ_HAUSNUMERO, the base of libzmq's own error numbers.
const hausnumero = 156384712

// zmqErrno is an error number whose text comes from zmq_strerror.
type zmqErrno syscall.Errno

// Errors libzmq defines, comparable with == and errors.Is as in gozmq.
var (
	// ENOTSOCK: the socket is closed or invalid.
	ENOTSOCK error = zmqErrno(syscall.ENOTSOCK)
	// EFSM: the operation is not valid in the socket's current state
	// (REQ recv before send, for example).
	EFSM error = zmqErrno(hausnumero + 51)
	// EINVAL: an argument is invalid (syscall.EINVAL itself).
	EINVAL error = syscall.EINVAL
	// ENOCOMPATPROTO: the transport does not suit the socket type.
	ENOCOMPATPROTO error = zmqErrno(hausnumero + 52)
	// ETERM: the socket's context was terminated.
	ETERM error = zmqErrno(hausnumero + 53)
	// EMTHREAD: no I/O thread is available.
	EMTHREAD error = zmqErrno(hausnumero + 54)
	// EAGAIN: nothing to receive or no room to send without blocking,
	// or RCVTIMEO/SNDTIMEO expired (syscall.EAGAIN itself).
	EAGAIN error = syscall.EAGAIN
	// EINTR: a blocking call was interrupted by a signal; only returned
	// when the socket's SetRetryEINTR(false) asks for it.
	EINTR error = syscall.EINTR
)

// Error returns libzmq's text for the error (zmq_strerror).
func (e zmqErrno) Error() string {
	a, err := lib()
	if err != nil || a.fn.Strerror == 0 {
		return syscall.Errno(e).Error()
	}
	c := ccall.CErrno(int(e))
	if c != int(e) {
		// Windows: Go's text, as the C run-time has none for the
		// socket errors (strerror(ENOTSOCK) is "Unknown error").
		return syscall.Errno(e).Error()
	}
	p, _ := callNB(a.fn.Strerror, uintptr(c))
	return gostring(p)
}

// Is lets errors.Is match a zmqErrno against the syscall.Errno of the
// same number.
func (e zmqErrno) Is(target error) bool {
	t, ok := target.(syscall.Errno)
	return ok && int(t) == int(e)
}

// errnoErr turns an errno value into the error gozmq returned for it:
// libzmq's own numbers and ENOTSOCK as zmqErrno, others as syscall.Errno.
func errnoErr(e int) error {
	// The upper bound matters on Windows, where Go's own Errno numbers
	// lie above ZMQ_HAUSNUMERO.
	if e == int(syscall.ENOTSOCK) || (e >= hausnumero && e < hausnumero+1000) {
		return zmqErrno(e)
	}
	return syscall.Errno(e)
}

// ErrSocketBusy is returned when a socket is used by a goroutine while
// another goroutine is inside a call on the same socket. libzmq sockets
// are not thread-safe and would corrupt memory or abort the process;
// using a socket from several goroutines one after the other is fine.
var ErrSocketBusy = errors.New("gozmq: socket is in use by another goroutine")

// VersionError reports that the loaded libzmq lacks a feature.
type VersionError struct {
	// Feature names what was asked for, e.g. "zmq_unbind" or "option RCVTIMEO".
	Feature string
	// Need is the first release that has it ("2.2", "4.0.5", ...), or
	// "older than ..." text when the feature was removed.
	Need string
	// Loaded is the release in use.
	Loaded string
	// Removed is true when the feature exists only in older releases.
	Removed bool
	// First is Need as a number: the first release that has the
	// feature, from the versions tables. It is zero when Removed.
	First versions.Version
}

// Error says what needs which release and which one is loaded.
func (e *VersionError) Error() string {
	if e == nil {
		return "gozmq: <nil *VersionError>"
	}
	if e.Removed {
		return fmt.Sprintf("gozmq: %s was removed in libzmq %s; loaded %s", e.Feature, e.Need, e.Loaded)
	}
	return fmt.Sprintf("gozmq: %s needs libzmq >= %s, loaded %s", e.Feature, e.Need, e.Loaded)
}

// Is makes errors.Is(err, errors.ErrUnsupported) true for version errors.
func (e *VersionError) Is(target error) bool { return target == errors.ErrUnsupported }

// draftBuild is what Need adds for a feature of the draft API.
const draftBuild = " built with draft APIs (ENABLE_DRAFTS)"

// lacks returns the *VersionError for feature, which needs name of kind
// k. The release it needs is the one the versions tables introduce name
// in; no release number is written anywhere else.
func (a *api) lacks(feature string, k versions.Kind, name string) error {
	e := &VersionError{Feature: feature, Need: "a later release", Loaded: a.v.String()}
	if in, ok := versions.Introduced(k, name); ok {
		e.Need, e.First = in.String(), in.Release
		if in.Draft {
			e.Need += draftBuild
		}
	}
	return e
}

// has reports whether the loaded release has name of kind k, by the
// versions tables (draft names count as present).
func (a *api) has(k versions.Kind, name string) bool {
	_, ok := versions.Lookup(a.Table.Map(k), name, a.v)
	return ok
}
