//go:build !windows

package wait

import (
	"syscall"

	"github.com/ebitengine/purego"
)

// threadFuncs finds pthread_self and pthread_kill in libc, which
// purego's runtime support has already loaded.
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

// interruptSignal is SIGURG, the signal Go's runtime itself uses for
// preemption: every Go program already tolerates it, and no handler is
// needed. Go installs its handler with SA_RESTART, so the calls it
// interrupts are those the kernel never restarts: poll, ppoll,
// epoll_wait and friends, which is where libzmq blocks.
const interruptSignal = uintptr(syscall.SIGURG)
