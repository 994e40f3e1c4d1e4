//go:build windows

package zmq

// WakeHandle returns the SOCKET of s's wake socket; 0 when none.
func WakeHandle(s *Socket) uintptr { return s.wake.Handle() }
