//go:build windows

package zmq

// threadFuncs returns zeros on Windows: there is no signal to interrupt a
// blocked call, so Close waits for it to return (set RCVTIMEO/SNDTIMEO
// to bound that).
func threadFuncs() (self, kill uintptr) { return 0, 0 }

const wakeSignal = 0
