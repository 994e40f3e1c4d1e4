//go:build !((amd64 && (linux || darwin || freebsd || netbsd)) || (arm64 && linux)) || gozmq_purego

package ccall

import (
	"runtime"

	"github.com/ebitengine/purego"
)

// call is the portable path: purego's generic call, with the thread
// locked so that the errno call runs where fn ran. It is slower than the
// amd64 trampoline but has the same semantics. Build with
// -tags gozmq_purego to use it on amd64 too (make test-purego does, so
// this path is tested on every run).
func call(f *frame) {
	runtime.LockOSThread()
	if f.selfFn != 0 {
		t, _, _ := purego.SyscallN(f.selfFn)
		*f.selfOut = t
	}
	f.r, _, _ = purego.SyscallN(f.fn, f.a[0], f.a[1], f.a[2], f.a[3], f.a[4], f.a[5])
	if f.errnoFn != 0 {
		e, _, _ := purego.SyscallN(f.errnoFn)
		f.errno = e
	} else {
		f.errno = 0
	}
	if f.postFn != 0 && int32(f.r) != -1 {
		f.r2, _, _ = purego.SyscallN(f.postFn, f.postArg)
	}
	runtime.UnlockOSThread()
}

// AllocFree reports whether Call allocates nothing: purego's generic
// call allocates, so the zero-allocation guarantees hold only on the
// trampoline path.
const AllocFree = false
