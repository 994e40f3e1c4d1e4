package wait

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gozmq/gozmq/internal/ccall"
)

// Thread is the OS thread blocked in a foreign call on behalf of
// something (a socket), recorded so that another goroutine can end the
// call: Interrupt sends the thread a signal, and the blocked system call
// inside fails with EINTR. A Thread must not be on a goroutine stack
// (ccall's trampoline writes into it); keep it in a heap object.
//
// A thread is recorded for one call by ccall.CallBlocking(t.Slot(), …)
// or Enter, and forgotten by Done or Leave; Pin keeps one recorded
// across several calls (a Poll over many sockets), until Unpin.
type Thread struct {
	// id is the pthread_t of the recorded thread; 0 when none.
	id uintptr
	// signalling counts the goroutines sending id a signal right now.
	signalling atomic.Uint32
	pinned     bool
}

// ThreadID names an OS thread (a pthread_t); 0 is none.
type ThreadID uintptr

var threadFns = sync.OnceValues(func() (self, kill uintptr) {
	self, kill = threadFuncs()
	if self == 0 || kill == 0 {
		return 0, 0
	}
	// ccall.CallBlocking records the thread with it.
	ccall.SelfFunc = self
	return self, kill
})

// CanInterrupt reports whether Interrupt can end a blocked call here.
// The first call also makes ccall.CallBlocking record threads, so call
// it before relying on Slot.
func CanInterrupt() bool { _, kill := threadFns(); return kill != 0 }

// Slot is where ccall.CallBlocking and ccall.Call2 store the calling
// thread before the call.
func (t *Thread) Slot() *uintptr { return &t.id }

// Done forgets the thread recorded for the call that just returned
// (unless pinned) and, if a goroutine is signalling it right now, waits
// until it has finished, so that the thread is alive when signalled and
// no signal meant for this call reaches a later one.
func (t *Thread) Done() {
	if t.pinned {
		return
	}
	atomic.StoreUintptr(&t.id, 0)
	for t.signalling.Load() != 0 {
		runtime.Gosched()
	}
}

// Interrupt signals the recorded thread, if any, so that the blocking
// system call it is in fails with EINTR. The signal can land just
// before the thread blocks, where it changes nothing: callers repeat
// Interrupt until the call has returned.
func (t *Thread) Interrupt() {
	t.signalling.Add(1)
	if id := atomic.LoadUintptr(&t.id); id != 0 {
		if _, kill := threadFns(); kill != 0 {
			ccall.Call(kill, id, interruptSignal, 0, 0, 0, 0)
		}
	}
	t.signalling.Add(^uint32(0))
}

// Enter locks the calling goroutine to its thread and records the
// thread, for a blocking call made by other means than ccall (a raw
// system call). Leave undoes it.
func (t *Thread) Enter() {
	runtime.LockOSThread()
	if self, _ := threadFns(); self != 0 {
		id, _ := ccall.Call(self, 0, 0, 0, 0, 0, 0)
		atomic.StoreUintptr(&t.id, id)
	}
}

// Leave is Done, then unlocks the goroutine from its thread.
func (t *Thread) Leave() {
	t.Done()
	runtime.UnlockOSThread()
}

// LockThread locks the calling goroutine to its thread and returns the
// thread's id for Pin: 0 where threads cannot be interrupted.
func LockThread() ThreadID {
	runtime.LockOSThread()
	self, _ := threadFns()
	if self == 0 {
		return 0
	}
	id, _ := ccall.Call(self, 0, 0, 0, 0, 0, 0)
	return ThreadID(id)
}

// UnlockThread undoes LockThread.
func UnlockThread() { runtime.UnlockOSThread() }

// Pin records id (from LockThread) until Unpin, across calls whose
// Done would otherwise forget it.
func (t *Thread) Pin(id ThreadID) {
	t.pinned = true
	atomic.StoreUintptr(&t.id, uintptr(id))
}

// Unpin ends Pin and forgets the thread, as Done does.
func (t *Thread) Unpin() {
	t.pinned = false
	t.Done()
}

// Pinned reports whether the thread is pinned.
func (t *Thread) Pinned() bool { return t.pinned }
