//go:build ((amd64 && (linux || darwin || freebsd || netbsd)) || (arm64 && linux)) && !gozmq_purego

package ccall

import "unsafe"

//go:linkname runtimeCgocall runtime.cgocall
func runtimeCgocall(fn uintptr, arg uintptr) int32

// trampolineABI0 holds the address of the assembly trampoline, which
// follows the C calling convention that runtime.asmcgocall expects.
var trampolineABI0 uintptr

func trampolineAddr() uintptr

func init() { trampolineABI0 = trampolineAddr() }

// call runs f on the system stack. It is nosplit so that no stack growth
// can happen between taking f's address and entering the runtime.
//
//go:nosplit
func call(f *frame) {
	runtimeCgocall(trampolineABI0, uintptr(unsafe.Pointer(f)))
}

// trampolined reports whether call goes through an assembly trampoline.
const trampolined = true

// AllocFree reports whether Call allocates nothing: true on this
// trampoline path.
const AllocFree = true
