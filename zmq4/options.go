package zmq4

import (
	"strings"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// Typed access to socket options through the core package, which knows
// each option's C type in every libzmq release and answers with a
// *zmq.VersionError for an option the loaded release lacks.

func (soc *Socket) getInt(opt zmq.IntSocketOption) (v int, err error) {
	err = soc.call(func(s *zmq.Socket) (err error) { v, err = s.GetSockOptInt(opt); return err })
	return v, err
}

func (soc *Socket) getBool(opt zmq.IntSocketOption) (bool, error) {
	v, err := soc.getInt(opt)
	return v != 0, err
}

func (soc *Socket) getInt64(opt zmq.Int64SocketOption) (v int64, err error) {
	err = soc.call(func(s *zmq.Socket) (err error) { v, err = s.GetSockOptInt64(opt); return err })
	return v, err
}

func (soc *Socket) getUInt64(opt zmq.UInt64SocketOption) (v uint64, err error) {
	err = soc.call(func(s *zmq.Socket) (err error) { v, err = s.GetSockOptUInt64(opt); return err })
	return v, err
}

// getString reads a text option without the trailing NULs C leaves.
func (soc *Socket) getString(opt zmq.StringSocketOption) (string, error) {
	v, err := soc.getRaw(opt)
	return strings.TrimRight(v, "\x00"), err
}

func (soc *Socket) getRaw(opt zmq.StringSocketOption) (v string, err error) {
	err = soc.call(func(s *zmq.Socket) (err error) { v, err = s.GetSockOptString(opt); return err })
	return v, err
}

// getDur reads a millisecond option; with infinite set, any negative
// value reads as -1 (forever), as pebbe/zmq4 reports it.
func (soc *Socket) getDur(opt zmq.IntSocketOption, infinite bool) (time.Duration, error) {
	v, err := soc.getInt(opt)
	if infinite && v < 0 {
		return time.Duration(-1), err
	}
	return time.Duration(v) * time.Millisecond, err
}

func (soc *Socket) setInt(opt zmq.IntSocketOption, v int) error {
	return soc.call(func(s *zmq.Socket) error { return s.SetSockOptInt(opt, v) })
}

func (soc *Socket) setBool(opt zmq.IntSocketOption, v bool) error {
	n := 0
	if v {
		n = 1
	}
	return soc.setInt(opt, n)
}

func (soc *Socket) setInt64(opt zmq.Int64SocketOption, v int64) error {
	return soc.call(func(s *zmq.Socket) error { return s.SetSockOptInt64(opt, v) })
}

func (soc *Socket) setUInt64(opt zmq.UInt64SocketOption, v uint64) error {
	return soc.call(func(s *zmq.Socket) error { return s.SetSockOptUInt64(opt, v) })
}

func (soc *Socket) setString(opt zmq.StringSocketOption, v string) error {
	return soc.call(func(s *zmq.Socket) error { return s.SetSockOptString(opt, v) })
}

// setStringOrNull sets a text option; "" sets C's NULL, which resets
// options like TCP_ACCEPT_FILTER and PLAIN_USERNAME.
func (soc *Socket) setStringOrNull(opt zmq.StringSocketOption, v string) error {
	if v == "" {
		return soc.call(func(s *zmq.Socket) error { return s.SetSockOptStringNil(opt) })
	}
	return soc.setString(opt, v)
}

// setDur writes a millisecond option; -1 (not -1ms) means forever.
func (soc *Socket) setDur(opt zmq.IntSocketOption, v time.Duration) error {
	ms := int(v / time.Millisecond)
	if v == -1 {
		ms = -1
	}
	return soc.setInt(opt, ms)
}

// gated runs f, a getter of a feature some 4.x releases lack, and
// returns pebbe/zmq4's ErrorNotImplemented4x where the loaded 4.x
// release lacks it (see notImplemented).
func gated[T any](f func() (T, error)) (T, error) {
	v, err := f()
	return v, notImplemented(err)
}

// gatedSet is gated for setters.
func gatedSet(f func() error) error {
	return notImplemented(f())
}

// Option numbers the core package types for other releases; these
// casts pick the C type the loaded release has.
func iopt[T ~int](o T) zmq.IntSocketOption { return zmq.IntSocketOption(o) }
