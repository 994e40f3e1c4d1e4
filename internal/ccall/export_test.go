package ccall

// Path is one way into C. The tests run the same cases through every
// path a build has, so the trampoline and purego's generic call are
// checked against the same C functions in one run.
type Path struct {
	// Name is "trampoline" or "purego".
	Name    string
	generic bool
}

// Paths returns the paths of this build: the one Call uses and, when
// that is a trampoline, purego's generic call as well.
func Paths() []Path {
	if trampolined {
		return []Path{{Name: "trampoline"}, {Name: "purego", generic: true}}
	}
	return []Path{{Name: "purego", generic: true}}
}

// Default reports whether p is the path Call, CallBlocking and Call2 take.
func (p Path) Default() bool { return p.generic != trampolined }

// Call is Call through p.
//
//go:uintptrescapes
func (p Path) Call(fn, a1, a2, a3, a4, a5, a6 uintptr) (r uintptr, errno int) {
	if p.Default() {
		return Call(fn, a1, a2, a3, a4, a5, a6)
	}
	var f frame
	f.fn, f.errnoFn = fn, ErrnoFunc
	f.a1, f.a2, f.a3, f.a4, f.a5, f.a6 = a1, a2, a3, a4, a5, a6
	callGeneric(&f)
	return f.r, goErrno(f.errno)
}

// CallBlocking is CallBlocking through p.
//
//go:uintptrescapes
func (p Path) CallBlocking(thread *uintptr, fn, a1, a2, a3, a4, a5, a6 uintptr) (r uintptr, errno int) {
	if p.Default() {
		return CallBlocking(thread, fn, a1, a2, a3, a4, a5, a6)
	}
	var f frame
	f.fn, f.errnoFn, f.selfFn, f.selfOut = fn, ErrnoFunc, SelfFunc, thread
	f.a1, f.a2, f.a3, f.a4, f.a5, f.a6 = a1, a2, a3, a4, a5, a6
	callGeneric(&f)
	return f.r, goErrno(f.errno)
}

// Call2 is Call2 through p.
//
//go:uintptrescapes
func (p Path) Call2(thread *uintptr, fn, a1, a2, a3, fn2, b1 uintptr) (r, r2 uintptr, errno int) {
	if p.Default() {
		return Call2(thread, fn, a1, a2, a3, fn2, b1)
	}
	var f frame
	f.fn, f.errnoFn, f.postFn, f.postArg = fn, ErrnoFunc, fn2, b1
	f.a1, f.a2, f.a3 = a1, a2, a3
	if thread != nil {
		f.selfFn, f.selfOut = SelfFunc, thread
	}
	callGeneric(&f)
	return f.r, f.r2, goErrno(f.errno)
}
