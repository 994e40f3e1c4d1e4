package wait

import (
	"runtime/metrics"
	"syscall"
	"time"
	"unsafe"
)

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

// briefState holds what ppoll and metrics.Read fill in, in the Desc, so
// that a brief wait allocates nothing.
type briefState struct {
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

// Brief waits in the calling thread, keeping its P, until the
// descriptor is readable, for at most the brief window or left (when
// not negative). It waits only when the scheduler has nothing else to
// run, a P stays free for others, and t can be interrupted: waited says
// whether it did. ready says whether the caller should look again
// rather than park: the descriptor became readable, or a signal ended
// the wait (t.Interrupt's, or the runtime's own preemption). t records
// the thread meanwhile, so that t.Interrupt ends the wait; a signal that
// lands just before ppoll starts is missed, and the wait runs out its
// window (Interrupt's callers repeat it until the wait has ended).
func (d *Desc) Brief(left time.Duration, t *Thread) (ready, waited bool) {
	window := time.Duration(briefWindow.Load())
	if window <= 0 || !CanInterrupt() {
		return false, false
	}
	b := &d.sys.brief
	maxprocs, ok := b.schedQuiet()
	if !ok {
		return false, false
	}
	if n := briefCount.Add(1); n >= int32(maxprocs) {
		briefCount.Add(-1)
		return false, false
	}
	if left >= 0 && left < window {
		window = left
	}
	b.pfd = pollFd{fd: int32(d.fd), events: pollIn}
	b.ts = timespec{sec: int(window / time.Second), nsec: int(window % time.Second)}
	t.Enter()
	r, _, _ := syscall.RawSyscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&b.pfd)), 1, uintptr(unsafe.Pointer(&b.ts)), 0, 0, 0)
	t.Leave()
	briefCount.Add(-1)
	return int32(r) != 0, true
}

// BriefPossible reports whether this Go reports the runnable goroutine
// count that brief waits depend on, and GOMAXPROCS leaves room for one.
func BriefPossible() bool {
	var b briefState
	maxprocs, ok := b.schedQuiet()
	return ok && maxprocs >= 2 && CanInterrupt()
}

// schedQuiet reads the runtime's runnable goroutines and GOMAXPROCS, and
// reports whether no goroutine is waiting to run.
func (b *briefState) schedQuiet() (maxprocs uint64, ok bool) {
	if b.samples[0].Name == "" {
		b.samples[0].Name, b.samples[1].Name = metricRunnable, metricGOMAXPROCS
	}
	metrics.Read(b.samples[:])
	if b.samples[0].Value.Kind() != metrics.KindUint64 || b.samples[1].Value.Kind() != metrics.KindUint64 {
		return 0, false
	}
	return b.samples[1].Value.Uint64(), b.samples[0].Value.Uint64() == 0
}
