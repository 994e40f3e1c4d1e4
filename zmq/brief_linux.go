package zmq

import (
	"os"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
)

// A goroutine that parks pays for its wake-up in the Go scheduler: the
// hub's goroutine must run first and hand it a token, and in a process
// that was wholly idle the kernel event also wakes the runtime's sysmon
// thread and starts a spinning thread, all competing for the CPUs with
// libzmq's own I/O threads (docs/profiles.md, "The tcp 16 B round
// trip"). Blocking in a foreign call costs much the same: after 20 µs
// sysmon takes the goroutine's P away, and getting one back on return
// means more wake-ups. For a reply that comes within a round trip that
// is more than the wait itself.
//
// So when nothing else wants to run, a call about to park first waits
// for its ZMQ_FD in a raw ppoll system call, keeping its P, for at most
// briefWindow. Holding the P is what makes this cheap and also what
// limits it: goroutines queued on that P would wait for it. So the wait
// is made only when the runtime reports no runnable goroutine, and by
// at most GOMAXPROCS-1 goroutines at once, so that one P is always free
// for whatever becomes runnable meanwhile. Everything else parks at
// once, as before. The runnable count comes from runtime/metrics (Go
// 1.26); where the metric is missing there is no brief wait.

// briefWindow is how long a call waits before it parks. GOZMQ_BRIEF sets
// it (a Go duration; 0 turns the brief wait off), to compare the two in
// make bench or to rule it out.
var briefWindow = briefFromEnv(os.Getenv("GOZMQ_BRIEF"))

// briefTries bounds the brief waits of one call: each ends when the
// descriptor is readable, which need not mean the call can go on.
const briefTries = 3

// briefMaxPart is the largest part after which a socket's next wait may
// be brief. A stream of large parts keeps the CPUs busy copying, and
// there a wake-up that comes at once costs throughput: the receiver
// takes one part per wake-up where a parked one, woken later, finds
// several (tcp 1 MiB ran at 0.8 of the parked rate, with 1.4 times the
// context switches). Against the time such a part takes to move, what
// the brief wait saves is small.
const briefMaxPart = 256 << 10

// briefCount is the number of goroutines in a brief wait.
var briefCount atomic.Int32

func briefFromEnv(v string) time.Duration {
	if v == "" {
		return time.Millisecond
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return time.Millisecond
	}
	return d
}

// pollFd and timespec are struct pollfd and struct timespec of Linux;
// timespec's fields are C longs, as wide as Go's int there (the ppoll
// system call takes that layout on 32-bit systems too).
type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

type timespec struct {
	sec, nsec int
}

// briefWait holds what ppoll and metrics.Read fill in, in the socket, so
// that a wait allocates nothing.
type briefWait struct {
	pfd     pollFd
	ts      timespec
	samples [2]metrics.Sample
}

const (
	metricRunnable   = "/sched/goroutines/runnable:goroutines"
	metricGOMAXPROCS = "/sched/gomaxprocs:threads"
)

// pollIn is POLLIN of poll(2).
const pollIn = 0x1

// waitBriefly waits in the calling thread, keeping its P, for at most
// briefWindow or left (when not negative), until the socket's ZMQ_FD is
// readable. It reports whether the caller should look again rather than
// park: the descriptor became readable, or a signal interrupted the
// wait (Close's, or the runtime's own preemption). Close's signal may
// land just before ppoll starts; the wait then runs out its window, and
// Close signals again.
func (s *Socket) waitBriefly(w *waiter, left time.Duration) bool {
	// A SendCtx/RecvCtx call parks at once: its context is watched by
	// the park's select, and nothing would signal this thread for it.
	if briefWindow <= 0 || w.brief >= briefTries || s.ctxDone != nil || s.lastPart > briefMaxPart || s.a.pthreadKill == 0 {
		return false
	}
	b := &s.brief
	maxprocs, ok := b.schedQuiet()
	if !ok {
		return false
	}
	if n := briefCount.Add(1); n >= int32(maxprocs) {
		briefCount.Add(-1)
		return false
	}
	w.brief++
	d := briefWindow
	if left >= 0 && left < d {
		d = left
	}
	b.pfd = pollFd{fd: int32(s.slot.Load().fd), events: pollIn}
	b.ts = timespec{sec: int(d / time.Second), nsec: int(d % time.Second)}
	// The thread must stay the one recorded for Close's signal.
	runtime.LockOSThread()
	t, _ := ccall.Call(ccall.SelfFunc, 0, 0, 0, 0, 0, 0)
	atomic.StoreUintptr(&s.thread, t)
	r, _, _ := syscall.RawSyscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&b.pfd)), 1, uintptr(unsafe.Pointer(&b.ts)), 0, 0, 0)
	s.blocked()
	runtime.UnlockOSThread()
	briefCount.Add(-1)
	return int32(r) != 0
}

// schedQuiet reads the runtime's runnable goroutines and GOMAXPROCS, and
// reports whether no goroutine is waiting to run.
func (b *briefWait) schedQuiet() (maxprocs uint64, ok bool) {
	if b.samples[0].Name == "" {
		b.samples[0].Name, b.samples[1].Name = metricRunnable, metricGOMAXPROCS
	}
	metrics.Read(b.samples[:])
	if b.samples[0].Value.Kind() != metrics.KindUint64 || b.samples[1].Value.Kind() != metrics.KindUint64 {
		return 0, false
	}
	return b.samples[1].Value.Uint64(), b.samples[0].Value.Uint64() == 0
}
