package zmq

import (
	"time"

	"github.com/gozmq/gozmq/internal/wait"
)

// briefTries bounds the brief waits (wait.Desc.Brief) of one call: each
// ends when the descriptor is readable, which need not mean the call
// can go on.
const briefTries = 3

// briefMaxPart is the largest part after which a socket's next wait may
// be brief. A stream of large parts keeps the CPUs busy copying, and
// there a wake-up that comes at once costs throughput: the receiver
// takes one part per wake-up where a parked one, woken later, finds
// several (tcp 1 MiB ran at 0.8 of the parked rate, with 1.4 times the
// context switches). Against the time such a part takes to move, what
// the brief wait saves is small.
const briefMaxPart = 256 << 10

// waitBriefly decides whether a call about to park on d may first wait
// briefly in its thread, and makes that wait; it reports whether the
// caller should look again rather than park. A SendCtx/RecvCtx call
// parks at once: its context is watched by the park's wait, and
// nothing would interrupt this thread for it.
func (s *Socket) waitBriefly(d *wait.Desc, w *waiter, left time.Duration) bool {
	if w.brief >= briefTries || s.ctxDone != nil || s.lastPart > briefMaxPart {
		return false
	}
	ready, waited := d.Brief(left, &s.thread)
	if waited {
		w.brief++
	}
	return ready
}
