//go:build linux

package ccall_test

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/loader"
)

// The tests call real C functions, from the C library and from libzmq,
// through every path the build has (ccall.Paths): the trampoline and
// purego's generic call by default, purego's alone with -tags
// gozmq_purego. Pointers to Go memory are converted to uintptr in the
// argument list itself, where go:uintptrescapes keeps them valid.

// libc holds the addresses of the C library functions the tests call.
var libc struct {
	strlen, labs, memcpy, memcmp, strtol, strerror uintptr
	close, access, sendto, recvfrom, pthreadSelf   uintptr
}

// lib is the libzmq the loader opened; loading it also sets
// ccall.ErrnoFunc to its zmq_errno, as the binding does.
var lib *loader.Lib

var (
	setupOnce sync.Once
	setupErr  error
)

// setup opens libzmq and the C library once, and fails tb if either is
// missing.
func setup(tb testing.TB) {
	tb.Helper()
	setupOnce.Do(func() { setupErr = open() })
	require.NoError(tb, setupErr)
}

func open() error {
	l, err := loader.Load()
	if err != nil {
		return err
	}
	lib = l
	h, err := purego.Dlopen("libc.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return fmt.Errorf("opening the C library: %w", err)
	}
	for name, p := range map[string]*uintptr{
		"strlen": &libc.strlen, "labs": &libc.labs, "memcpy": &libc.memcpy, "memcmp": &libc.memcmp,
		"strtol": &libc.strtol, "strerror": &libc.strerror, "close": &libc.close, "access": &libc.access,
		"sendto": &libc.sendto, "recvfrom": &libc.recvfrom, "pthread_self": &libc.pthreadSelf,
	} {
		if *p, err = purego.Dlsym(h, name); err != nil {
			return fmt.Errorf("resolving %s in the C library: %w", name, err)
		}
	}
	ccall.SelfFunc = libc.pthreadSelf
	return nil
}

// eachPath runs f as a subtest for every call path of the build.
func eachPath(t *testing.T, f func(t *testing.T, p ccall.Path)) {
	setup(t)
	for _, p := range ccall.Paths() {
		t.Run(p.Name, func(t *testing.T) { f(t, p) })
	}
}

// cstr returns s NUL-terminated, on the heap.
func cstr(s string) []byte { return append([]byte(s), 0) }

// gostr copies the C string at p with strlen and memcpy, so that no C
// address becomes a Go pointer.
func gostr(t *testing.T, p ccall.Path, c uintptr) string {
	t.Helper()
	require.NotZero(t, c, "NULL C string")
	n, _ := p.Call(libc.strlen, c, 0, 0, 0, 0, 0)
	b := make([]byte, n)
	if n > 0 {
		p.Call(libc.memcpy, uintptr(unsafe.Pointer(&b[0])), c, n, 0, 0, 0)
	}
	return string(b)
}

// minus returns the uintptr a C function receives for the C long -n.
func minus(n int) uintptr { return uintptr(-n) }

// threadSlot receives the thread of blocking calls: it must not live on
// a goroutine stack (see CallBlocking).
var threadSlot uintptr

func TestCallReturnsResult(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		s := cstr("hello, gozmq")
		r, _ := p.Call(libc.strlen, uintptr(unsafe.Pointer(&s[0])), 0, 0, 0, 0, 0)
		assert.Equal(t, uintptr(12), r, "strlen")

		r, _ = p.Call(libc.labs, minus(7), 0, 0, 0, 0, 0)
		assert.Equal(t, uintptr(7), r, "labs(-7)")

		src, dst := []byte("0123456789"), make([]byte, 10)
		r, _ = p.Call(libc.memcpy, uintptr(unsafe.Pointer(&dst[0])), uintptr(unsafe.Pointer(&src[0])), 4, 0, 0, 0)
		assert.Equal(t, uintptr(unsafe.Pointer(&dst[0])), r, "memcpy returns its destination")
		assert.Equal(t, "0123\x00\x00\x00\x00\x00\x00", string(dst), "memcpy copies exactly n bytes")

		x, y := []byte("abcX"), []byte("abcY")
		for _, c := range []struct {
			a, b []byte
			n    uintptr
			sign int
		}{{x, y, 3, 0}, {x, y, 4, -1}, {y, x, 4, 1}} {
			r, _ = p.Call(libc.memcmp, uintptr(unsafe.Pointer(&c.a[0])), uintptr(unsafe.Pointer(&c.b[0])), c.n, 0, 0, 0)
			got := int32(r)
			assert.Equal(t, c.sign, sign(int(got)), "memcmp(%q, %q, %d) = %d", c.a, c.b, c.n, got)
		}
	})
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// udpSocket returns a UDP socket bound to an ephemeral port of
// 127.0.0.1, and the port. Its receives time out, so that a lost
// datagram fails the test instead of hanging it.
func udpSocket(t *testing.T) (fd, port int) {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	require.NoError(t, err)
	t.Cleanup(func() { syscall.Close(fd) })
	require.NoError(t, syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	tv := syscall.NsecToTimeval(int64(5 * time.Second))
	require.NoError(t, syscall.SetsockoptTimeval(fd, syscall.SOL_SOCKET, syscall.SO_RCVTIMEO, &tv))
	sa, err := syscall.Getsockname(fd)
	require.NoError(t, err)
	return fd, sa.(*syscall.SockaddrInet4).Port
}

// loopback returns the C sockaddr_in of 127.0.0.1:port.
func loopback(port int) *syscall.RawSockaddrInet4 {
	a := &syscall.RawSockaddrInet4{Family: syscall.AF_INET, Addr: [4]byte{127, 0, 0, 1}}
	setPort(a, port)
	return a
}

// setPort and getPort handle the port in network byte order.
func setPort(a *syscall.RawSockaddrInet4, port int) {
	b := (*[2]byte)(unsafe.Pointer(&a.Port))
	b[0], b[1] = byte(port>>8), byte(port)
}

func getPort(a *syscall.RawSockaddrInet4) int {
	b := (*[2]byte)(unsafe.Pointer(&a.Port))
	return int(b[0])<<8 | int(b[1])
}

// TestCallSixArguments passes all six arguments the paths support, each
// one with an effect the test sees: sendto and recvfrom take an fd, a
// buffer, a length, flags, an address and its length.
func TestCallSixArguments(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		a, aPort := udpSocket(t)
		b, bPort := udpSocket(t)
		to := loopback(bPort)
		msg := []byte("gozmq!")

		r, errno := p.Call(libc.sendto, uintptr(a), uintptr(unsafe.Pointer(&msg[0])), uintptr(len(msg)), 0,
			uintptr(unsafe.Pointer(to)), 1)
		assert.Equal(t, int32(-1), int32(r), "sendto with a 1-byte address length")
		assert.Equal(t, syscall.EINVAL, syscall.Errno(errno), "sendto with a 1-byte address length")

		r, errno = p.Call(libc.sendto, uintptr(a), uintptr(unsafe.Pointer(&msg[0])), uintptr(len(msg)), 0,
			uintptr(unsafe.Pointer(to)), syscall.SizeofSockaddrInet4)
		require.Equal(t, uintptr(len(msg)), r, "sendto: errno %v", syscall.Errno(errno))

		// MSG_PEEK leaves the datagram queued; the length 3 truncates the
		// copy; the sender's address and its length come back.
		buf := make([]byte, 16)
		from := new(syscall.RawSockaddrInet4)
		fromLen := new(uint32)
		*fromLen = syscall.SizeofSockaddrInet4 + 8
		r, errno = p.Call(libc.recvfrom, uintptr(b), uintptr(unsafe.Pointer(&buf[0])), 3, syscall.MSG_PEEK,
			uintptr(unsafe.Pointer(from)), uintptr(unsafe.Pointer(fromLen)))
		require.Equal(t, uintptr(3), r, "recvfrom with MSG_PEEK: errno %v", syscall.Errno(errno))
		assert.Equal(t, "goz\x00", string(buf[:4]))
		assert.Equal(t, uint16(syscall.AF_INET), from.Family)
		assert.Equal(t, [4]byte{127, 0, 0, 1}, from.Addr)
		assert.Equal(t, aPort, getPort(from), "sender's port")
		assert.Equal(t, uint32(syscall.SizeofSockaddrInet4), *fromLen, "address length")

		r, errno = p.Call(libc.recvfrom, uintptr(b), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0, 0, 0)
		require.Equal(t, uintptr(len(msg)), r, "recvfrom after the peek: errno %v", syscall.Errno(errno))
		assert.Equal(t, string(msg), string(buf[:len(msg)]))

		r, errno = p.Call(libc.recvfrom, uintptr(b), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), syscall.MSG_DONTWAIT, 0, 0)
		assert.Equal(t, int32(-1), int32(r), "recvfrom on an empty socket with MSG_DONTWAIT")
		assert.Equal(t, syscall.EAGAIN, syscall.Errno(errno))
	})
}

// TestCallErrno checks the errno each call returns; consecutive calls
// fail differently, so that a stale errno cannot pass.
func TestCallErrno(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		missing := cstr("/nonexistent/gozmq-ccall-test")
		for i := 0; i < 3; i++ {
			r, errno := p.Call(libc.close, minus(1), 0, 0, 0, 0, 0)
			assert.Equal(t, int32(-1), int32(r), "close(-1)")
			assert.Equal(t, syscall.EBADF, syscall.Errno(errno), "close(-1)")

			r, errno = p.Call(libc.access, uintptr(unsafe.Pointer(&missing[0])), 0, 0, 0, 0, 0)
			assert.Equal(t, int32(-1), int32(r), "access of a missing file")
			assert.Equal(t, syscall.ENOENT, syscall.Errno(errno), "access of a missing file")
		}
	})
}

// TestCallErrnoUnset checks that without ErrnoFunc the errno is 0, not
// whatever the frame held.
func TestCallErrnoUnset(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		defer func(f uintptr) { ccall.ErrnoFunc = f }(ccall.ErrnoFunc)
		ccall.ErrnoFunc = 0
		r, errno := p.Call(libc.close, minus(1), 0, 0, 0, 0, 0)
		assert.Equal(t, int32(-1), int32(r))
		assert.Zero(t, errno)
	})
}

// TestErrnoReadOnCallingThread makes the errno function pthread_self:
// the "errno" a call returns then names the thread it was read on, which
// must be the thread fn ran on, however the goroutine moves between
// calls. That the value tells threads apart is checked on two threads
// held at once.
func TestErrnoReadOnCallingThread(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		defer func(f uintptr) { ccall.ErrnoFunc = f }(ccall.ErrnoFunc)
		ccall.ErrnoFunc = libc.pthreadSelf

		var wg sync.WaitGroup
		fail := make(chan string, 4)
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 1000; i++ {
					r, e := p.Call(libc.pthreadSelf, 0, 0, 0, 0, 0, 0)
					if int32(r) != int32(e) {
						fail <- fmt.Sprintf("fn ran on thread %#x, errno was read on %#x", r, e)
						return
					}
					if i%100 == 0 {
						runtime.GC() // moves goroutines between threads
					}
					runtime.Gosched()
				}
			}()
		}
		waitWithin(t, &wg, time.Minute)
		close(fail)
		for f := range fail {
			t.Error(f)
		}

		// Two goroutines locked to their threads at the same time are on
		// different threads; their values differ.
		var ids [2]int
		var locked, read sync.WaitGroup
		locked.Add(2)
		read.Add(2)
		for i := range ids {
			go func() {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				locked.Done()
				locked.Wait()
				_, e := p.Call(libc.pthreadSelf, 0, 0, 0, 0, 0, 0)
				ids[i] = e
				read.Done()
			}()
		}
		waitWithin(t, &read, time.Minute)
		assert.NotEqual(t, ids[0], ids[1], "two threads gave the same pthread_self")
	})
}

// waitWithin fails t if wg is not done within d.
func waitWithin(t *testing.T, wg *sync.WaitGroup, d time.Duration) {
	t.Helper()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("goroutines not done within %v", d)
	}
}

// TestErrnoConcurrent has goroutines fail in different ways at once,
// unlocked, while the scheduler moves them: each must see its own errno.
func TestErrnoConcurrent(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		missing := cstr("/nonexistent/gozmq-ccall-test")
		var wg sync.WaitGroup
		fail := make(chan string, 8)
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 2000; i++ {
					fn, arg, want := libc.close, minus(1), syscall.EBADF
					if (g+i)%2 == 1 {
						fn, arg, want = libc.access, uintptr(unsafe.Pointer(&missing[0])), syscall.ENOENT
					}
					if _, errno := p.Call(fn, arg, 0, 0, 0, 0, 0); syscall.Errno(errno) != want {
						fail <- fmt.Sprintf("goroutine %d call %d: errno %v, want %v", g, i, syscall.Errno(errno), want)
						return
					}
					runtime.Gosched()
				}
			}()
		}
		waitWithin(t, &wg, time.Minute)
		close(fail)
		for f := range fail {
			t.Error(f)
		}
	})
}

func TestCallBlockingRecordsThread(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		threadSlot = 0
		r, _ := p.CallBlocking(&threadSlot, libc.pthreadSelf, 0, 0, 0, 0, 0, 0)
		assert.NotZero(t, r)
		assert.Equal(t, r, threadSlot, "the thread recorded is the one fn ran on")

		s := cstr("six")
		r, _ = p.CallBlocking(&threadSlot, libc.strlen, uintptr(unsafe.Pointer(&s[0])), 0, 0, 0, 0, 0)
		assert.Equal(t, uintptr(3), r)
		r, errno := p.CallBlocking(&threadSlot, libc.close, minus(1), 0, 0, 0, 0, 0)
		assert.Equal(t, int32(-1), int32(r))
		assert.Equal(t, syscall.EBADF, syscall.Errno(errno))
	})
}

func TestCall2(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		s := cstr("hello")
		r, r2, _ := p.Call2(nil, libc.labs, minus(5), 0, 0, libc.strlen, uintptr(unsafe.Pointer(&s[0])))
		assert.Equal(t, uintptr(5), r, "fn")
		assert.Equal(t, uintptr(5), r2, "fn2")

		// fn failing: fn2 is not called (pthread_self would return
		// non-zero) and the errno is fn's.
		r, r2, errno := p.Call2(nil, libc.close, minus(1), 0, 0, libc.pthreadSelf, 0)
		assert.Equal(t, int32(-1), int32(r))
		assert.Zero(t, r2, "fn2 ran after fn failed")
		assert.Equal(t, syscall.EBADF, syscall.Errno(errno))

		// fn succeeding but setting errno (strtol overflowing to LONG_MIN,
		// whose low 32 bits are not -1), then fn2 failing with another:
		// the errno returned is fn's.
		big := cstr("-99999999999999999999999999")
		r, r2, errno = p.Call2(nil, libc.strtol, uintptr(unsafe.Pointer(&big[0])), 0, 10, libc.close, minus(1))
		assert.Equal(t, math.MinInt, int(r), "strtol result")
		assert.Equal(t, int32(-1), int32(r2), "fn2 ran")
		assert.Equal(t, syscall.ERANGE, syscall.Errno(errno), "errno is fn's, not fn2's")

		// With a thread slot it records the thread, as CallBlocking does.
		threadSlot = 0
		r, r2, _ = p.Call2(&threadSlot, libc.pthreadSelf, 0, 0, 0, libc.pthreadSelf, 0)
		assert.NotZero(t, r)
		assert.Equal(t, r, r2, "fn and fn2 ran on one thread")
		assert.Equal(t, r, threadSlot, "the thread recorded is the one fn ran on")
	})
}

// TestCallLibzmq calls libzmq itself: zmq_version fills three ints,
// zmq_strerror returns the C library's text for a C errno.
func TestCallLibzmq(t *testing.T) {
	eachPath(t, func(t *testing.T, p ccall.Path) {
		v := new([3]int32)
		p.Call(lib.Fn.Version, uintptr(unsafe.Pointer(&v[0])), uintptr(unsafe.Pointer(&v[1])), uintptr(unsafe.Pointer(&v[2])), 0, 0, 0)
		assert.Equal(t, [3]int32{int32(lib.Version.Major), int32(lib.Version.Minor), int32(lib.Version.Patch)}, *v)

		z, _ := p.Call(lib.Fn.Strerror, uintptr(syscall.EBADF), 0, 0, 0, 0, 0)
		c, _ := p.Call(libc.strerror, uintptr(syscall.EBADF), 0, 0, 0, 0, 0)
		want := gostr(t, p, c)
		assert.NotEmpty(t, want)
		assert.Equal(t, want, gostr(t, p, z), "zmq_strerror(EBADF)")
	})
}

// TestCallAllocFree checks the hot path's promise: no allocation per
// call on the trampoline. purego's generic call allocates; its count is
// only logged.
func TestCallAllocFree(t *testing.T) {
	setup(t)
	s := cstr("hello")
	cases := []struct {
		name string
		f    func()
	}{
		{"Call", func() { ccall.Call(libc.strlen, uintptr(unsafe.Pointer(&s[0])), 0, 0, 0, 0, 0) }},
		{"CallBlocking", func() { ccall.CallBlocking(&threadSlot, libc.strlen, uintptr(unsafe.Pointer(&s[0])), 0, 0, 0, 0, 0) }},
		{"Call2", func() { ccall.Call2(&threadSlot, libc.labs, 5, 0, 0, libc.strlen, uintptr(unsafe.Pointer(&s[0]))) }},
		{"Call2 failing", func() { ccall.Call2(nil, libc.close, minus(1), 0, 0, libc.strlen, uintptr(unsafe.Pointer(&s[0]))) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := testing.AllocsPerRun(1000, c.f)
			if !ccall.AllocFree {
				t.Logf("purego's generic call: %v allocations per call", n)
				return
			}
			assert.Zero(t, n, "allocations per call")
		})
	}
}
