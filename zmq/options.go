package zmq

import (
	"encoding/binary"
	"math"
	"syscall"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// lastWith returns the newest table that has the named option.
func lastWith(k versions.Kind, name string) *versions.Table {
	var last *versions.Table
	for _, t := range versions.Tables {
		if c, ok := t.Map(k)[name]; ok && c.Type != versions.Absent {
			last = t
		}
	}
	return last
}

func lookupCtxOpt(a *api, name string) (int, bool) {
	c, ok := versions.Lookup(a.Table.ContextOptions, name, a.v)
	return c.Num, ok
}

// optName finds a socket option's name by number in any release.
func optName(num int) string {
	for i := len(versions.Tables) - 1; i >= 0; i-- {
		best := ""
		for name, c := range versions.Tables[i].SocketOptions {
			if c.Num == num && c.Type != versions.Absent && (best == "" || name < best) {
				best = name
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// option returns the loaded release's description of option num, or the
// error for an option it lacks: a *VersionError when another release has
// it, EINVAL when none does.
func (s *Socket) option(num int) (optInfo, error) {
	a := s.a
	if o, ok := a.opts[num]; ok {
		return o, nil
	}
	name := optName(num)
	if name == "" {
		return optInfo{}, EINVAL
	}
	feature := "socket option " + name
	if last := lastWith(versions.SocketOption, name); last != nil && last.First.Less(a.Table.First) {
		return optInfo{}, &VersionError{Feature: feature, Need: nextAfter(last), Loaded: a.v.String(), Removed: true}
	}
	if o, ok := a.Table.SocketOptions[name]; ok && o.Draft {
		feature += " (draft API)"
	}
	return optInfo{}, a.lacks(feature, versions.SocketOption, name)
}

// nextAfter names the generation after t, where an option of t went.
func nextAfter(t *versions.Table) string {
	for i, x := range versions.Tables {
		if x == t && i+1 < len(versions.Tables) {
			return versions.Tables[i+1].Name
		}
	}
	return "a later release"
}

// getsockopt reads option num into buf and returns the size libzmq
// wrote.
func (s *Socket) getsockopt(num int, buf []byte) (int, error) {
	size := uintptr(len(buf))
	r, e := callAgainOnEINTR(s.a.fn.Getsockopt, s.ptr, uintptr(num), uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&size)))
	if failed(r) {
		return 0, errnoErr(e)
	}
	return int(size), nil
}

func (s *Socket) setsockopt(num int, val []byte) error {
	var p unsafe.Pointer
	if val != nil {
		p = bufPtr(val)
	}
	r, e := ccall.Call(s.a.fn.Setsockopt, s.ptr, uintptr(num), uintptr(p), uintptr(len(val)), 0, 0)
	if failed(r) {
		return errnoErr(e)
	}
	return nil
}

// getNum reads a numeric option of any C type as a uint64 bit pattern
// plus whether the C type is signed.
func (s *Socket) getNum(num int) (uint64, bool, error) {
	o, err := s.option(num)
	if err != nil {
		return 0, false, err
	}
	var buf [8]byte
	switch o.Type {
	case versions.Int, versions.Fd:
		if o.Type == versions.Fd && unsafe.Sizeof(ZmqOsSocketType(0)) == 8 {
			// ZMQ_FD is a SOCKET on Windows: 8 bytes, and libzmq
			// refuses a smaller buffer with EINVAL.
			if _, err := s.getsockopt(num, buf[:8]); err != nil {
				return 0, false, err
			}
			return binary.NativeEndian.Uint64(buf[:]), true, nil
		}
		if _, err := s.getsockopt(num, buf[:4]); err != nil {
			return 0, false, err
		}
		return uint64(int64(int32(binary.NativeEndian.Uint32(buf[:])))), true, nil
	case versions.Uint32:
		if _, err := s.getsockopt(num, buf[:4]); err != nil {
			return 0, false, err
		}
		return uint64(binary.NativeEndian.Uint32(buf[:])), false, nil
	case versions.Int64:
		if _, err := s.getsockopt(num, buf[:8]); err != nil {
			return 0, false, err
		}
		return binary.NativeEndian.Uint64(buf[:]), true, nil
	case versions.Uint64:
		if _, err := s.getsockopt(num, buf[:8]); err != nil {
			return 0, false, err
		}
		return binary.NativeEndian.Uint64(buf[:]), false, nil
	}
	return 0, false, EINVAL
}

// getInt reads a numeric option as an int64; a uint64 value that does
// not fit is an error.
func (s *Socket) getInt(num int) (int64, error) {
	v, signed, err := s.getNum(num)
	if err != nil {
		return 0, err
	}
	if !signed && v > math.MaxInt64 {
		return 0, syscall.ERANGE
	}
	return int64(v), nil
}

// getUint reads a numeric option as a uint64; a negative value is an
// error.
func (s *Socket) getUint(num int) (uint64, error) {
	v, signed, err := s.getNum(num)
	if err != nil {
		return 0, err
	}
	if signed && int64(v) < 0 {
		return 0, syscall.ERANGE
	}
	return v, nil
}

// setInt writes a numeric option in its C type, rejecting values that
// do not fit with EINVAL.
func (s *Socket) setInt(num int, v int64) error {
	o, err := s.option(num)
	if err != nil {
		return err
	}
	var buf [8]byte
	switch o.Type {
	case versions.Int, versions.Fd:
		if v < math.MinInt32 || v > math.MaxInt32 {
			return EINVAL
		}
		binary.NativeEndian.PutUint32(buf[:], uint32(int32(v)))
		err = s.setsockopt(num, buf[:4])
	case versions.Uint32:
		if v < 0 || v > math.MaxUint32 {
			return EINVAL
		}
		binary.NativeEndian.PutUint32(buf[:], uint32(v))
		err = s.setsockopt(num, buf[:4])
	case versions.Int64:
		binary.NativeEndian.PutUint64(buf[:], uint64(v))
		err = s.setsockopt(num, buf[:8])
	case versions.Uint64:
		if v < 0 {
			return EINVAL
		}
		binary.NativeEndian.PutUint64(buf[:], uint64(v))
		err = s.setsockopt(num, buf[:8])
	default:
		return EINVAL
	}
	if err == nil {
		switch num {
		case int(RCVTIMEO):
			s.rcvTimeout = int(v)
		case int(SNDTIMEO):
			s.sndTimeout = int(v)
		}
	}
	return err
}

// setUint is setInt for values above MaxInt64 (only uint64 options take
// them).
func (s *Socket) setUint(num int, v uint64) error {
	if v <= math.MaxInt64 {
		return s.setInt(num, int64(v))
	}
	o, err := s.option(num)
	if err != nil {
		return err
	}
	if o.Type != versions.Uint64 {
		return EINVAL
	}
	var buf [8]byte
	binary.NativeEndian.PutUint64(buf[:], v)
	return s.setsockopt(num, buf[:])
}

// getBytes reads a binary or string option.
func (s *Socket) getBytes(num int) ([]byte, error) {
	o, err := s.option(num)
	if err != nil {
		return nil, err
	}
	switch o.Type {
	case versions.Bytes, versions.String:
		buf := make([]byte, 4096)
		n, err := s.getsockopt(num, buf)
		if err != nil {
			return nil, err
		}
		buf = buf[:n]
		if o.Type == versions.String && n > 0 && buf[n-1] == 0 {
			buf = buf[:n-1]
		}
		return buf, nil
	case versions.Key:
		// Asking with room for 41 bytes makes libzmq return Z85 text.
		buf := make([]byte, 41)
		n, err := s.getsockopt(num, buf)
		if err != nil {
			return nil, err
		}
		if n > 0 && buf[n-1] == 0 {
			n--
		}
		return buf[:n], nil
	}
	return nil, EINVAL
}

// setBytes writes a binary or string option; nil sets a NULL value
// (which some options, like TCP_ACCEPT_FILTER, use to reset).
func (s *Socket) setBytes(num int, v []byte) error {
	o, err := s.option(num)
	if err != nil {
		return err
	}
	switch o.Type {
	case versions.Key:
		if len(v) == 40 {
			// libzmq 4.0 decodes a 40-character Z85 key with strlen,
			// reading past the value: give it a NUL right after.
			z := make([]byte, 41)
			copy(z, v)
			v = z[:40]
		}
		return s.setsockopt(num, v)
	case versions.Bytes, versions.String:
		return s.setsockopt(num, v)
	}
	return EINVAL
}

// guarded runs f with the socket marked busy.
func (s *Socket) guarded(f func() error) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	return f()
}

// hwmNums maps the HWM family onto what the loaded release has: on 2.x
// SNDHWM and RCVHWM read and write HWM; from 3.0 HWM means both.
func (s *Socket) hwmNums(num int) []int {
	switch {
	case num == int(HWM) && !s.a.v2:
		return []int{int(SNDHWM), int(RCVHWM)}
	case (num == int(SNDHWM) || num == int(RCVHWM)) && s.a.v2:
		return []int{int(HWM)}
	}
	return []int{num}
}

func (s *Socket) setNum(num int, v int64) error {
	return s.guarded(func() error {
		for _, n := range s.hwmNums(num) {
			if err := s.setInt(n, v); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Socket) numOpt(num int) (v int64, err error) {
	err = s.guarded(func() error {
		v, err = s.getInt(s.hwmNums(num)[0])
		return err
	})
	return v, err
}

// SetSockOptInt sets an option from an int, in the option's C type for
// the loaded release.
func (s *Socket) SetSockOptInt(option IntSocketOption, value int) error {
	return s.setNum(int(option), int64(value))
}

// SetSockOptInt64 sets an option from an int64.
func (s *Socket) SetSockOptInt64(option Int64SocketOption, value int64) error {
	return s.setNum(int(option), value)
}

// SetSockOptUInt64 sets an option from a uint64.
func (s *Socket) SetSockOptUInt64(option UInt64SocketOption, value uint64) error {
	if value > math.MaxInt64 {
		return s.guarded(func() error { return s.setUint(int(option), value) })
	}
	return s.setNum(int(option), int64(value))
}

// SetSockOptString sets a string or binary option.
func (s *Socket) SetSockOptString(option StringSocketOption, value string) error {
	return s.guarded(func() error { return s.setBytes(int(option), []byte(value)) })
}

// SetSockOptStringNil sets a string option to NULL.
func (s *Socket) SetSockOptStringNil(option StringSocketOption) error {
	return s.guarded(func() error { return s.setBytes(int(option), nil) })
}

// SetSockOptBool sets a boolean option (an int 0 or 1 in C).
func (s *Socket) SetSockOptBool(option BoolSocketOption, value bool) error {
	v := int64(0)
	if value {
		v = 1
	}
	return s.setNum(int(option), v)
}

// GetSockOptInt reads an option as an int.
func (s *Socket) GetSockOptInt(option IntSocketOption) (int, error) {
	v, err := s.numOpt(int(option))
	return int(v), err
}

// GetSockOptInt64 reads an option as an int64.
func (s *Socket) GetSockOptInt64(option Int64SocketOption) (int64, error) {
	return s.numOpt(int(option))
}

// GetSockOptUInt64 reads an option as a uint64.
func (s *Socket) GetSockOptUInt64(option UInt64SocketOption) (v uint64, err error) {
	err = s.guarded(func() error {
		v, err = s.getUint(s.hwmNums(int(option))[0])
		return err
	})
	return v, err
}

// GetSockOptString reads a string or binary option.
func (s *Socket) GetSockOptString(option StringSocketOption) (v string, err error) {
	err = s.guarded(func() error {
		b, err := s.getBytes(int(option))
		v = string(b)
		return err
	})
	return v, err
}

// GetSockOptBool reads an option as a bool (nonzero is true).
func (s *Socket) GetSockOptBool(option BoolSocketOption) (bool, error) {
	v, err := s.numOpt(int(option))
	return v != 0, err
}
