//go:build !windows

package zmq

import (
	"syscall"

	"github.com/ebitengine/purego"
)

// threadFuncs finds pthread_self and pthread_kill, which let Close
// interrupt a call blocked in libzmq on another thread. Both are in libc,
// which purego's runtime support has already loaded.
func threadFuncs() (self, kill uintptr) {
	self, err := purego.Dlsym(purego.RTLD_DEFAULT, "pthread_self")
	if err != nil {
		return 0, 0
	}
	kill, err = purego.Dlsym(purego.RTLD_DEFAULT, "pthread_kill")
	if err != nil {
		return 0, 0
	}
	return self, kill
}

// wakeSignal interrupts a blocked libzmq call. SIGURG is the signal Go's
// runtime itself uses for preemption, so every Go program already
// tolerates it and no handler is needed.
const wakeSignal = uintptr(syscall.SIGURG)
