package wait_test

import (
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/internal/wait"
)

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

const pollIn = 1

// interruptUntil calls th.Interrupt every millisecond until done yields,
// at most 5 seconds, as the binding's Close does.
func interruptUntil[T any](t *testing.T, th *wait.Thread, done <-chan T) T {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		th.Interrupt()
		select {
		case v := <-done:
			return v
		case <-deadline:
			require.FailNow(t, "the blocked call was not interrupted")
		case <-time.After(time.Millisecond):
		}
	}
}

// TestThreadInterruptsABlockedSystemCall blocks a thread in ppoll on an
// empty pipe, with no timeout, and ends it with Interrupt.
func TestThreadInterruptsABlockedSystemCall(t *testing.T) {
	require.True(t, wait.CanInterrupt())
	r, _ := pipe(t)
	var th wait.Thread
	done := make(chan syscall.Errno, 1)
	go func() {
		pfd := pollFd{fd: int32(r), events: pollIn}
		th.Enter()
		_, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&pfd)), 1, 0, 0, 0, 0)
		th.Leave()
		done <- e
	}()
	assert.Equal(t, syscall.EINTR, interruptUntil(t, &th, done))
	th.Interrupt() // no thread recorded: nothing to do
}

// TestThreadRecordedByCallBlocking is the same through the path libzmq
// calls take: ccall.CallBlocking records the thread in th.Slot().
func TestThreadRecordedByCallBlocking(t *testing.T) {
	require.True(t, wait.CanInterrupt())
	pollFn, err := purego.Dlsym(purego.RTLD_DEFAULT, "poll")
	require.NoError(t, err)
	r, _ := pipe(t)
	th := new(wait.Thread)
	done := make(chan int32, 1)
	go func() {
		pfd := &pollFd{fd: int32(r), events: pollIn}
		res, _ := ccall.CallBlocking(th.Slot(), pollFn, uintptr(unsafe.Pointer(pfd)), 1, ^uintptr(0), 0, 0, 0)
		th.Done()
		done <- int32(res)
	}()
	assert.Equal(t, int32(-1), interruptUntil(t, th, done), "poll fails (EINTR) when interrupted")
}

func TestThreadPin(t *testing.T) {
	var a, b wait.Thread
	id := wait.LockThread()
	defer wait.UnlockThread()
	assert.NotZero(t, id)
	a.Pin(id)
	b.Pin(id)
	assert.True(t, a.Pinned())
	a.Done() // a pinned thread stays recorded across calls
	assert.Equal(t, uintptr(id), *a.Slot())
	a.Unpin()
	b.Unpin()
	assert.False(t, a.Pinned())
	assert.Zero(t, *a.Slot())
}

// briefReady makes a brief wait on d, retrying while the scheduler was
// not quiet enough for one, and returns its result and duration.
func brief(t *testing.T, d *wait.Desc, left time.Duration, th *wait.Thread) (bool, time.Duration) {
	t.Helper()
	for i := 0; i < 200; i++ {
		start := time.Now()
		ready, waited := d.Brief(left, th)
		if waited {
			return ready, time.Since(start)
		}
		time.Sleep(time.Millisecond)
	}
	require.FailNow(t, "no brief wait was made")
	return false, 0
}

func needBrief(t *testing.T, window time.Duration) {
	if !wait.BriefPossible() {
		t.Skip("no brief wait here (runnable-goroutine metric, GOMAXPROCS >= 2, thread interrupts)")
	}
	old := wait.SetBriefWindow(window)
	t.Cleanup(func() { wait.SetBriefWindow(old) })
}

func TestBriefWaitEnds(t *testing.T) {
	t.Run("readiness", func(t *testing.T) {
		needBrief(t, 5*time.Second)
		r, w := pipe(t)
		d := register(t, r, wait.Read|wait.Edge, nil)
		put(t, w)
		var th wait.Thread
		ready, took := brief(t, d, -1, &th)
		assert.True(t, ready)
		assert.Less(t, took, time.Second)
		take(t, r)
		// Readiness that comes during the wait: a writer on another P.
		// Sysmon's preemption signal may end the wait first, which also
		// says "look again"; either way it ends long before the window.
		time.AfterFunc(2*time.Millisecond, func() { syscall.Write(w, []byte{1}) })
		within(t, 5*time.Second, func() {
			ready, took := brief(t, d, -1, &th)
			assert.True(t, ready)
			assert.Less(t, took, time.Second)
		})
	})
	t.Run("deadline", func(t *testing.T) {
		needBrief(t, 5*time.Second)
		r, _ := pipe(t)
		d := register(t, r, wait.Read|wait.Edge, nil)
		var th wait.Thread
		// A wait that holds its P for long is sent the runtime's
		// preemption signal (after 10ms), which ends it early; a short
		// deadline is reached before that, nearly always.
		for i := 0; ; i++ {
			ready, took := brief(t, d, 3*time.Millisecond, &th)
			if !ready {
				assert.GreaterOrEqual(t, took, 3*time.Millisecond)
				break
			}
			require.Less(t, i, 50, "every brief wait was ended by a signal")
		}
		// The window bounds it as a deadline does.
		wait.SetBriefWindow(3 * time.Millisecond)
		for i := 0; ; i++ {
			if ready, _ := brief(t, d, -1, &th); !ready {
				break
			}
			require.Less(t, i, 50, "every brief wait was ended by a signal")
		}
	})
	t.Run("interrupt", func(t *testing.T) {
		needBrief(t, time.Hour)
		r, _ := pipe(t)
		d := register(t, r, wait.Read|wait.Edge, nil)
		th := new(wait.Thread)
		done := make(chan bool, 1)
		go func() {
			ready, _ := brief(t, d, -1, th)
			done <- ready
		}()
		assert.True(t, interruptUntil(t, th, done), "an interrupted brief wait says look again")
	})
	t.Run("off", func(t *testing.T) {
		needBrief(t, 0)
		r, w := pipe(t)
		d := register(t, r, wait.Read|wait.Edge, nil)
		put(t, w)
		ready, waited := d.Brief(-1, new(wait.Thread))
		assert.False(t, ready)
		assert.False(t, waited)
	})
}

func TestBriefWaitAllocatesNothing(t *testing.T) {
	if !ccall.AllocFree {
		t.Skip("purego's generic call path allocates")
	}
	needBrief(t, time.Millisecond)
	r, w := pipe(t)
	d := register(t, r, wait.Read|wait.Edge, nil)
	put(t, w)
	th := new(wait.Thread)
	allocs := testing.AllocsPerRun(100, func() { d.Brief(-1, th) })
	assert.Zero(t, allocs)
}

func TestCallSignalsBlocked(t *testing.T) {
	require.True(t, wait.CanBlockSignals())
	getpid, err := purego.Dlsym(purego.RTLD_DEFAULT, "getpid")
	require.NoError(t, err)
	r, _ := wait.CallSignalsBlocked(getpid, 0, 0, 0)
	assert.Equal(t, uintptr(syscall.Getpid()), r)
}
