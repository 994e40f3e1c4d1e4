//go:build windows

package wait

// threadFuncs returns zeros on Windows: no signal can interrupt a
// blocked call there (see WakeSocket for what does).
func threadFuncs() (self, kill uintptr) { return 0, 0 }

const interruptSignal = 0
