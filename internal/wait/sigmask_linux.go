package wait

import (
	"runtime"
	"sync"
	"syscall"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/gozmq/gozmq/internal/ccall"
)

// Linux's pthread_sigmask "how" values and glibc's sigset_t size.
const (
	sigBlock    = 0
	sigSetmask  = 2
	sigsetWords = 16
)

var sigmaskFn = sync.OnceValue(func() uintptr {
	p, err := purego.Dlsym(purego.RTLD_DEFAULT, "pthread_sigmask")
	if err != nil {
		return 0
	}
	return p
})

// asyncSignals is every signal except those the kernel raises for a
// fault in the running code, which must never be blocked.
var asyncSignals = func() (set [sigsetWords]uint64) {
	for i := range set {
		set[i] = ^uint64(0)
	}
	for _, sig := range []syscall.Signal{syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGFPE,
		syscall.SIGILL, syscall.SIGTRAP, syscall.SIGABRT, syscall.SIGSYS} {
		set[0] &^= 1 << (uint(sig) - 1)
	}
	return set
}()

// CanBlockSignals reports whether CallSignalsBlocked can be used.
func CanBlockSignals() bool { return sigmaskFn() != 0 }

// CallSignalsBlocked calls fn(a1, a2, a3) as ccall.Call does, with
// every asynchronous signal blocked on the calling thread for the
// length of the call, so that no signal (Go's preemption, a profiler's)
// can make a system call inside fail with EINTR. It is for a call that
// must not be interrupted halfway and does not wait: a blocked signal
// also cannot end a wait. Use it only where CanBlockSignals says so.
//
//go:uintptrescapes
func CallSignalsBlocked(fn, a1, a2, a3 uintptr) (uintptr, int) {
	mask := sigmaskFn()
	// Pooled, so that the hot path allocates nothing.
	old := sigsetPool.Get().(*[sigsetWords]uint64)
	runtime.LockOSThread()
	ccall.Call(mask, sigBlock, uintptr(unsafe.Pointer(&asyncSignals)), uintptr(unsafe.Pointer(old)), 0, 0, 0)
	r, e := ccall.Call(fn, a1, a2, a3, 0, 0, 0)
	ccall.Call(mask, sigSetmask, uintptr(unsafe.Pointer(old)), 0, 0, 0, 0)
	runtime.UnlockOSThread()
	sigsetPool.Put(old)
	return r, e
}

var sigsetPool = sync.Pool{New: func() any { return new([sigsetWords]uint64) }}
