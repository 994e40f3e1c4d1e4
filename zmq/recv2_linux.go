package zmq

import (
	"runtime"
	"sync"
	"syscall"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/gozmq/gozmq/internal/ccall"
)

// libzmq 2.x's zmq_recv takes a message off the queue and only then,
// every 100 messages, checks its command pipe with a zero-timeout
// poll(2). A signal arriving at that moment makes zmq_recv return -1
// with EINTR although it received the message, which the next call
// overwrites: the message is lost. Go sends signals all the time
// (SIGURG for preemption, SIGPROF while profiling), so on 2.x gozmq
// receives with signals blocked on the calling thread, where that check
// cannot be interrupted, and waits for messages in the runtime poller
// (or, without one, in zmq_poll, where a signal is harmless and Close
// can still interrupt the wait).

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

// recv2Masked reports whether recvMsgData must use recvMsgData2.
func (s *Socket) recv2Masked() bool { return s.a.v2 && sigmaskFn() != 0 }

// recvMsgData2 is recvMsgData for 2.x: a non-blocking zmq_recv with
// signals blocked, then, if nothing was there and the call may wait,
// zmq_poll for the time left and again.
func (s *Socket) recvMsgData2(msg *msgT, flags SendRecvOption) (int, unsafe.Pointer, error) {
	a := s.a
	m := uintptr(unsafe.Pointer(msg))
	mode := s.waitMode(flags, s.rcvTimeout)
	var w waiter
	for {
		r, e := s.recvWithSignalsBlocked(m, flags|DONTWAIT)
		if !failed(r) {
			n, _ := ccall.Call(a.fn.MsgSize, m, 0, 0, 0, 0, 0)
			p, _ := ccall.Call(a.fn.MsgData, m, 0, 0, 0, 0, 0)
			s.lastPart = int(n)
			return int(n), cptr(p), nil
		}
		if mode == waitPark {
			if err := s.again(e, mode, &w, s.rcvTimeout, POLLIN); err != nil {
				return 0, nil, err
			}
			continue
		}
		if e != int(syscall.EAGAIN) || mode == waitNone {
			return 0, nil, errnoErr(e)
		}
		left, ok := w.remaining(s.rcvTimeout)
		if !ok {
			return 0, nil, EAGAIN
		}
		if _, err := s.pollSelf(POLLIN, left); err != nil {
			if err != EINTR {
				return 0, nil, err
			}
			// Closing, cancelling or SetRetryEINTR(false) end the wait
			// here as they end a blocked zmq_recv.
			if err := s.retry(int(syscall.EINTR), true, &w, -1, POLLIN); err != nil {
				return 0, nil, err
			}
		}
	}
}

// recvWithSignalsBlocked calls zmq_recv(socket, m, flags) with every
// asynchronous signal blocked on the thread, and restores the mask.
func (s *Socket) recvWithSignalsBlocked(m uintptr, flags SendRecvOption) (uintptr, int) {
	fn := sigmaskFn()
	// Pooled, so that the hot path allocates nothing.
	old := sigsetPool.Get().(*[sigsetWords]uint64)
	runtime.LockOSThread()
	ccall.Call(fn, sigBlock, uintptr(unsafe.Pointer(&asyncSignals)), uintptr(unsafe.Pointer(old)), 0, 0, 0)
	r, e := ccall.Call(s.a.fn.Recv, s.ptr, m, uintptr(flags), 0, 0, 0)
	ccall.Call(fn, sigSetmask, uintptr(unsafe.Pointer(old)), 0, 0, 0, 0)
	runtime.UnlockOSThread()
	sigsetPool.Put(old)
	return r, e
}

var sigsetPool = sync.Pool{New: func() any { return new([sigsetWords]uint64) }}
