//go:build !linux

package wait

// CanBlockSignals reports whether CallSignalsBlocked can be used: not
// here (only glibc's sigset_t layout is known).
func CanBlockSignals() bool { return false }

// CallSignalsBlocked must not be called where CanBlockSignals is false.
func CallSignalsBlocked(fn, a1, a2, a3 uintptr) (uintptr, int) {
	panic("wait: CallSignalsBlocked without CanBlockSignals")
}
