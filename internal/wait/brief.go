package wait

import (
	"os"
	"sync/atomic"
	"time"
)

// A goroutine that parks pays for its wake-up in the Go scheduler: the
// hub's goroutine must run first and hand it a token, and in a process
// that was wholly idle the kernel event also wakes the runtime's sysmon
// thread and starts a spinning thread, all competing for the CPUs with
// the threads that will answer (libzmq's I/O threads; see
// docs/profiles.md, "The tcp 16 B round trip"). Blocking in a foreign
// call costs much the same: after 20 µs sysmon takes the goroutine's P
// away, and getting one back on return means more wake-ups. For an
// answer that comes within a round trip that is more than the wait
// itself.
//
// So when nothing else wants to run, a caller about to park may first
// wait for its descriptor in a raw ppoll system call, keeping its P, for
// at most the brief window. Holding the P is what makes this cheap and
// also what limits it: goroutines queued on that P would wait for it.
// So the wait is made only when the runtime reports no runnable
// goroutine, and by at most GOMAXPROCS-1 goroutines at once, so that
// one P is always free for whatever becomes runnable meanwhile. The
// runnable count comes from runtime/metrics (Go 1.26); where the metric
// is missing there is no brief wait.

// briefWindow is how long a brief wait lasts at most, in nanoseconds.
// GOZMQ_BRIEF sets it (a Go duration; 0 turns the brief wait off).
var briefWindow atomic.Int64

func init() { briefWindow.Store(int64(briefFromEnv(os.Getenv("GOZMQ_BRIEF")))) }

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

// SetBriefWindow sets how long a brief wait lasts at most (0: no brief
// waits) and returns the window it replaces. Tests use it to make a
// waiter easy to find in its brief wait.
func SetBriefWindow(d time.Duration) (old time.Duration) {
	return time.Duration(briefWindow.Swap(int64(d)))
}

// Briefing returns how many goroutines are in a brief wait now.
func Briefing() int { return int(briefCount.Load()) }
