//go:build !windows

package wait

// WakeSocket is empty where signals interrupt blocked calls (see
// Thread): it is never made, and a poll needs no item for it.
type WakeSocket struct{}

// Ensure reports false: there is no wake socket here.
func (*WakeSocket) Ensure() bool { return false }

// Handle is 0: there is no socket.
func (*WakeSocket) Handle() uintptr { return 0 }

// Ring does nothing.
func (*WakeSocket) Ring() {}

// Drain does nothing.
func (*WakeSocket) Drain() {}

// Release does nothing.
func (*WakeSocket) Release() {}
