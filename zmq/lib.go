package zmq

import (
	"sync"
	"syscall"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/internal/wait"
	"github.com/gozmq/gozmq/loader"
	"github.com/gozmq/gozmq/versions"
)

// api is the loaded library with everything derived from it that the hot
// paths need, resolved once.
type api struct {
	*loader.Lib
	fn *loader.Funcs
	v  versions.Version
	// v2 is true for the 2.x ABI: zmq_send/zmq_recv take a zmq_msg_t*.
	v2 bool
	// opts maps a socket option's C number to its constant for this
	// release; absent options are missing.
	opts map[int]optInfo
}

type optInfo struct {
	name string
	versions.Const
}

var (
	apiOnce sync.Once
	theAPI  *api
	apiErr  error
)

// lib returns the loaded library, loading it on first use. Importing the
// package never loads anything, so a program without libzmq can still
// start and report the error.
func lib() (*api, error) {
	apiOnce.Do(func() {
		l, err := loader.Load()
		if err != nil {
			apiErr = err
			return
		}
		a := &api{Lib: l, fn: &l.Fn, v: l.Version, v2: l.Version.Major < 3}
		a.opts = make(map[int]optInfo)
		for name, c := range l.Table.SocketOptions {
			if _, ok := versions.Lookup(l.Table.SocketOptions, name, a.v); ok {
				// Aliases share a number; keep the first name in sorted
				// order so error texts are stable.
				if old, dup := a.opts[c.Num]; !dup || name < old.name {
					a.opts[c.Num] = optInfo{name, c}
				}
			}
		}
		// Have ccall.CallBlocking record blocked threads, where they
		// can be interrupted.
		wait.CanInterrupt()
		tuneMalloc()
		theAPI = a
	})
	return theAPI, apiErr
}

// Version returns the major, minor and patch numbers of the loaded
// libzmq. It returns 0, 0, 0 when libzmq cannot be loaded; LibraryError
// says why.
func Version() (int, int, int) {
	a, err := lib()
	if err != nil {
		return 0, 0, 0
	}
	return a.v.Major, a.v.Minor, a.v.Patch
}

// LibraryError returns nil when libzmq is loaded, else the error that
// says which names were tried and how to fix it.
func LibraryError() error {
	_, err := lib()
	return err
}

// LibraryPath returns the file of the loaded libzmq, or "" when none is
// loaded.
func LibraryPath() string {
	a, err := lib()
	if err != nil {
		return ""
	}
	return a.Path
}

// cstring returns a NUL-terminated copy of s for passing to C.
func cstring(s string) []byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b
}

// gostring copies the NUL-terminated C string at p.
func gostring(p uintptr) string {
	if p == 0 {
		return ""
	}
	base := cptr(p)
	n := 0
	for *(*byte)(unsafe.Add(base, n)) != 0 {
		n++
	}
	return string(unsafe.Slice((*byte)(base), n))
}

// cptr turns an address returned by C into a pointer. C memory is not
// managed by Go's collector, so holding it as unsafe.Pointer is safe; the
// indirection only keeps vet's uintptr check quiet for this one place.
func cptr(p uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&p))
}

// callNB calls a libzmq function that does not block and returns its
// result and the errno read on the same thread.
//
//go:uintptrescapes
func callNB(fn uintptr, args ...uintptr) (uintptr, int) {
	var x [6]uintptr
	copy(x[:], args)
	return ccall.Call(fn, x[0], x[1], x[2], x[3], x[4], x[5])
}

// callAgainOnEINTR is ccall.Call for libzmq calls that first drain the
// socket's command pipe (bind, connect, getsockopt of EVENTS…): a signal
// there makes them fail with EINTR before anything was done, so they are
// simply made again.
//
//go:uintptrescapes
func callAgainOnEINTR(fn, a1, a2, a3, a4 uintptr) (uintptr, int) {
	for {
		r, e := ccall.Call(fn, a1, a2, a3, a4, 0, 0)
		if !failed(r) || e != int(syscall.EINTR) {
			return r, e
		}
	}
}

// failed reports whether a C int result is -1.
func failed(r uintptr) bool { return int32(r) == -1 }

// callBlocking calls a libzmq function that may block, recording the
// calling thread in *thread so that the call can be interrupted.
//
//go:uintptrescapes
func callBlocking(thread *uintptr, fn uintptr, args ...uintptr) (uintptr, int) {
	var x [6]uintptr
	copy(x[:], args)
	return ccall.CallBlocking(thread, fn, x[0], x[1], x[2], x[3], x[4], x[5])
}
