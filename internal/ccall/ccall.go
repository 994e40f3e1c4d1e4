// Package ccall calls C functions of a dlopen'ed library from Go without
// cgo and without reflection, on the fast fixed-arity path the binding's
// hot loops need.
//
// Every C function libzmq exports takes at most six integer or pointer
// arguments and returns one integer or pointer, so one call shape serves
// all of them. The call goes through runtime.cgocall, as cgo's own calls
// do, so the Go scheduler and garbage collector see an ordinary foreign
// call. The error number is read by calling the library's errno function
// right after fn, inside the same foreign call: it runs on the same OS
// thread, so it sees the errno fn left (errno is thread-local).
package ccall

// frame is the argument block handed to the assembly trampolines
// (call_amd64.s, call_arm64.s), which read and write its fields by the
// offsets the compiler computes: go_asm.h, generated for a package with
// assembly, defines frame_<field> for each field. A field added, moved or
// resized therefore cannot shift what the assembly reads; a field renamed
// or removed fails the build. Every field is one machine word, as the
// assembly's word-sized moves assume (TestFrameFieldsAreWords checks it).
type frame struct {
	fn                     uintptr  // the C function to call
	a1, a2, a3, a4, a5, a6 uintptr  // its arguments, in the integer argument registers
	errnoFn                uintptr  // optional: int f(void) returning errno, called right after fn
	r                      uintptr  // fn's result
	errno                  uintptr  // errnoFn's result, a C int in the low 32 bits; 0 without errnoFn
	selfFn                 uintptr  // optional: pthread_self, called before fn
	selfOut                *uintptr // where selfFn's result is stored
	postFn                 uintptr  // optional: called with postArg after fn and errno
	postArg                uintptr
	r2                     uintptr // postFn's result
}

// SelfFunc is the address of pthread_self, used by CallBlocking. Zero
// disables thread recording.
var SelfFunc uintptr

// ErrnoFunc is the address of a C function `int f(void)` returning the
// calling thread's errno (zmq_errno). Set it once before any Call.
var ErrnoFunc uintptr

// Call calls fn(a1, ..., a6) and returns its result and the errno value
// observed on the same OS thread right after it returned. Unused
// arguments are ignored by the callee and may be zero.
//
// Pointers to Go memory may be passed as uintptr(unsafe.Pointer(p)) in
// the argument list itself: the go:uintptrescapes directive keeps the
// memory alive, on the heap, until Call returns. C must not keep them
// after the call.
//
//go:uintptrescapes
func Call(fn, a1, a2, a3, a4, a5, a6 uintptr) (r uintptr, errno int) {
	// Fields are stored one by one: a composite literal is built in a
	// temporary and copied with 16-byte moves that stall on the 8-byte
	// stores just made (store-forwarding), a measurable cost per call.
	var f frame
	f.fn, f.errnoFn = fn, ErrnoFunc
	f.a1, f.a2, f.a3, f.a4, f.a5, f.a6 = a1, a2, a3, a4, a5, a6
	call(&f)
	return f.r, goErrno(f.errno)
}

// CallBlocking is Call for a C function that may block. Before calling
// fn it stores the calling thread's pthread_t in *thread, so that another
// goroutine can interrupt the blocked call with a signal (the call then
// fails with EINTR). thread must point to memory that is not on a
// goroutine stack; it is left holding the thread after the call.
//
//go:uintptrescapes
func CallBlocking(thread *uintptr, fn, a1, a2, a3, a4, a5, a6 uintptr) (r uintptr, errno int) {
	var f frame
	f.fn, f.errnoFn, f.selfFn, f.selfOut = fn, ErrnoFunc, SelfFunc, thread
	f.a1, f.a2, f.a3, f.a4, f.a5, f.a6 = a1, a2, a3, a4, a5, a6
	call(&f)
	return f.r, goErrno(f.errno)
}

// Call2 calls fn(a1, a2, a3) and then, in the same foreign call, fn2(b1),
// saving one Go-to-C transition on hot paths that always need both
// (zmq_msg_recv then zmq_msg_data). fn2 is called only when fn's result
// as a C int is not -1 (failure), so it never sees what a failed fn may
// have left; r2 is then 0. errno is the one fn left. When thread is not
// nil the call is a blocking one, as in CallBlocking.
//
//go:uintptrescapes
func Call2(thread *uintptr, fn, a1, a2, a3, fn2, b1 uintptr) (r, r2 uintptr, errno int) {
	var f frame
	f.fn, f.errnoFn, f.postFn, f.postArg = fn, ErrnoFunc, fn2, b1
	f.a1, f.a2, f.a3 = a1, a2, a3
	if thread != nil {
		f.selfFn, f.selfOut = SelfFunc, thread
	}
	call(&f)
	return f.r, f.r2, goErrno(f.errno)
}
