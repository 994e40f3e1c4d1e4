//go:build !((amd64 && (linux || darwin || freebsd || netbsd)) || (arm64 && linux)) || gozmq_purego

package ccall

// call is the portable path, callGeneric. It is slower than the
// trampolines but has the same semantics. Build with -tags gozmq_purego
// to use it on amd64 and arm64 too (ci/test.sh does, so this path is
// tested on every run).
func call(f *frame) { callGeneric(f) }

// trampolined reports whether call goes through an assembly trampoline.
const trampolined = false

// AllocFree reports whether Call allocates nothing: purego's generic
// call allocates, so the zero-allocation guarantees hold only on the
// trampoline path.
const AllocFree = false
