package ccall

import (
	"runtime"

	"github.com/ebitengine/purego"
)

// callGeneric is the portable way into C: purego's generic call, with
// the thread locked so that selfFn, fn, errnoFn and postFn all run on the
// one thread (errno is thread-local). It is what call is on platforms
// without a trampoline, or with -tags gozmq_purego; it is built
// everywhere so that the tests can run the same cases through it and
// through the trampoline in one run.
func callGeneric(f *frame) {
	runtime.LockOSThread()
	if f.selfFn != 0 {
		t, _, _ := purego.SyscallN(f.selfFn)
		*f.selfOut = t
	}
	f.r, _, _ = purego.SyscallN(f.fn, f.a1, f.a2, f.a3, f.a4, f.a5, f.a6)
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
