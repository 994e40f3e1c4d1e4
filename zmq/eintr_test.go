//go:build linux

package zmq_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// EINTR tests: signals interrupt libzmq's blocking calls (Go itself
// sends SIGURG to preempt goroutines and SIGPROF to profile). Blocking
// Send, Recv, Poll and Proxy must ride through any number of them
// without an error, a lost, doubled or reordered message, and without
// stretching a timeout.

// eintrStorm sends signals to the process in a tight loop until stop is
// called, and returns how many it sent. kind is "process" (kill(2) on
// the process), "threads" (tgkill(2) on every thread in
// /proc/self/task) or "usr1" (SIGUSR1 to the process, which the test
// handles with signal.Notify).
func eintrStorm(t testing.TB, kind string) (stop func() int) {
	t.Helper()
	pid := os.Getpid()
	sig := syscall.SIGURG
	var notified chan os.Signal
	if kind == "usr1" {
		sig = syscall.SIGUSR1
		notified = make(chan os.Signal, 64)
		signal.Notify(notified, syscall.SIGUSR1)
		go func() {
			for range notified {
			}
		}()
	}
	var sent atomic.Int64
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var tids []int
		for i := 0; ; i++ {
			select {
			case <-quit:
				return
			default:
			}
			switch kind {
			case "threads":
				if i%64 == 0 {
					tids = eintrThreads()
				}
				for _, tid := range tids {
					if syscall.Tgkill(pid, tid, sig) == nil {
						sent.Add(1)
					}
				}
			default:
				if syscall.Kill(pid, sig) == nil {
					sent.Add(1)
				}
			}
			runtime.Gosched()
		}
	}()
	return func() int {
		close(quit)
		wg.Wait()
		if notified != nil {
			signal.Stop(notified)
			close(notified)
		}
		return int(sent.Load())
	}
}

// eintrThreads lists the process's thread ids.
func eintrThreads() []int {
	ents, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return nil
	}
	tids := make([]int, 0, len(ents))
	for _, e := range ents {
		if n, err := strconv.Atoi(e.Name()); err == nil {
			tids = append(tids, n)
		}
	}
	return tids
}

// eintrTraffic moves n sequenced messages PUSH -> (tcp) -> Proxy ->
// (inproc) -> PULL with blocking calls only, the receiver taking turns
// with Recv, Poll-then-Recv, RecvInto and RecvMsg, and checks that each
// arrives once and in order.
func eintrTraffic(t *testing.T, n int) {
	ctx := newContext(t)
	front := newSocket(t, ctx, zmq.PULL)
	back := newSocket(t, ctx, zmq.PUSH)
	frontEp := endpoint(t, "tcp")
	backEp := endpoint(t, "inproc")
	require.NoError(t, front.Bind(frontEp))
	require.NoError(t, back.Bind(backEp))
	proxyDone := make(chan error, 1)
	go func() { proxyDone <- zmq.Proxy(front, back, nil) }()

	push := newSocket(t, ctx, zmq.PUSH)
	pull := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, pull.Connect(backEp))
	require.NoError(t, push.Connect(frontEp))

	sendErr := make(chan error, 1)
	go func() {
		buf := make([]byte, 8+300)
		for i := 0; i < n; i++ {
			binary.BigEndian.PutUint64(buf, uint64(i))
			if err := push.Send(buf[:8+i%300], 0); err != nil {
				sendErr <- err
				return
			}
		}
		sendErr <- nil
	}()
	within(t, 120*time.Second, "signal-storm traffic", func() {
		items := []zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}
		m := zmq.NewMsg()
		defer m.Close()
		into := make([]byte, 8+300)
		for i := 0; i < n; i++ {
			// Every way to receive, in turn.
			var b []byte
			var err error
			switch i % 4 {
			case 0:
				b, err = pull.Recv(0)
			case 1:
				c, perr := zmq.Poll(items, -1)
				if !assert.NoError(t, perr, "Poll at message %d", i) || !assert.Equal(t, 1, c) {
					return
				}
				b, err = pull.Recv(zmq.DONTWAIT)
			case 2:
				var k int
				k, err = pull.RecvInto(into, 0)
				if err == nil {
					b = into[:k]
				}
			case 3:
				err = pull.RecvMsg(m, 0)
				b = m.Data()
			}
			if !assert.NoError(t, err, "receive at message %d", i) {
				return
			}
			if !assert.Len(t, b, 8+i%300) {
				return
			}
			if got := binary.BigEndian.Uint64(b); got != uint64(i) {
				t.Errorf("message %d arrived as number %d (lost, doubled or reordered)", i, got)
				return
			}
		}
		assert.NoError(t, <-sendErr, "Send")
	})
	if t.Failed() {
		return
	}
	// Nothing extra arrived.
	_, err := pull.Recv(zmq.DONTWAIT)
	require.ErrorIs(t, err, zmq.EAGAIN)
	require.NoError(t, front.Close())
	require.ErrorIs(t, misuseResult(t, proxyDone, "Proxy"), zmq.ENOTSOCK)
}

const eintrMessages = 50000

func TestEINTRStormProcessSIGURG(t *testing.T) {
	stop := eintrStorm(t, "process")
	eintrTraffic(t, eintrMessages)
	t.Logf("%d signals sent", stop())
}

func TestEINTRStormThreadSIGURG(t *testing.T) {
	stop := eintrStorm(t, "threads")
	eintrTraffic(t, eintrMessages)
	t.Logf("%d signals sent", stop())
}

func TestEINTRStormNotifiedSIGUSR1(t *testing.T) {
	stop := eintrStorm(t, "usr1")
	eintrTraffic(t, eintrMessages)
	t.Logf("%d signals sent", stop())
}

func TestEINTRStormCPUProfile(t *testing.T) {
	var buf bytes.Buffer
	if err := pprof.StartCPUProfile(&buf); err != nil {
		t.Skipf("cannot start a CPU profile (one is already running?): %v", err)
	}
	eintrTraffic(t, eintrMessages)
	pprof.StopCPUProfile()
	require.NotZero(t, buf.Len(), "the profile recorded nothing")
}

// recvOrPoll blocks on s in Recv or, when what is "Poll", in Poll.
func recvOrPoll(s *zmq.Socket, what string) error {
	if what == "Poll" {
		_, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, -1)
		return err
	}
	_, err := s.Recv(0)
	return err
}

// TestEINTRSurfacesWithoutRetry shows SetRetryEINTR(false): a Recv or
// Poll blocked in libzmq returns EINTR when a signal arrives. A call
// parked in the runtime poller is not in a system call a signal could
// interrupt: it keeps waiting, and gets the message sent afterwards.
func TestEINTRSurfacesWithoutRetry(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	ep := endpoint(t, "inproc")
	require.NoError(t, s.Bind(ep))
	s.SetRetryEINTR(false)
	if zmq.Parks(s) {
		push := newSocket(t, ctx, zmq.PUSH)
		require.NoError(t, push.Connect(ep))
		for _, what := range []string{"Recv", "Poll"} {
			done := misuseAsyncBlocking(func() error { return recvOrPoll(s, what) })
			misuseWaitBusy(t, s, done)
			stop := eintrStorm(t, "threads")
			select {
			case err := <-done:
				t.Fatalf("%s returned during a signal storm: %v", what, err)
			case <-time.After(300 * time.Millisecond):
			}
			stop()
			require.NoError(t, push.Send([]byte("m"), 0))
			require.NoError(t, misuseResult(t, done, what), what)
		}
		_, err := s.Recv(0)
		require.NoError(t, err, "the message Poll saw is still there")
		return
	}
	for _, what := range []string{"Recv", "Poll"} {
		done := misuseAsyncBlocking(func() error { return recvOrPoll(s, what) })
		misuseWaitBusy(t, s, done)
		stop := eintrStorm(t, "threads")
		err := misuseResult(t, done, what)
		stop()
		require.ErrorIs(t, err, zmq.EINTR, what)
	}
	// Retrying again is the default behaviour back on.
	s.SetRetryEINTR(true)
	stop := eintrStorm(t, "threads")
	defer stop()
	_, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, 50*time.Millisecond)
	require.NoError(t, err)
}

// TestEINTRTimeoutNotStretched: with RCVTIMEO or SNDTIMEO set, a storm
// of signals does not restart the wait from zero each time.
func TestEINTRTimeoutNotStretched(t *testing.T) {
	ctx := newContext(t)
	pull := newSocket(t, ctx, zmq.PULL)
	needVersion(t, 2, 2, 0, func() error { return pull.SetSockOptInt(zmq.RCVTIMEO, 200) })
	require.NoError(t, pull.Bind(endpoint(t, "inproc")))
	push := misuseBlockingPush(t, ctx)
	const timeout = 200 * time.Millisecond
	require.NoError(t, pull.SetSockOptInt(zmq.RCVTIMEO, int(timeout/time.Millisecond)))
	require.NoError(t, push.SetSockOptInt(zmq.SNDTIMEO, int(timeout/time.Millisecond)))

	for _, kind := range []string{"process", "threads"} {
		stop := eintrStorm(t, kind)
		for _, what := range []string{"Recv", "Send"} {
			// The bound is generous for a loaded machine; a timeout that
			// restarted on every signal would never end during the storm.
			var best time.Duration
			for try := 0; try < 3; try++ {
				start := time.Now()
				var err error
				within(t, testTimeout, what, func() {
					if what == "Recv" {
						_, err = pull.Recv(0)
					} else {
						err = push.Send([]byte("x"), 0)
					}
				})
				d := time.Since(start)
				require.True(t, errors.Is(err, zmq.EAGAIN), "%s under %s storm: want EAGAIN, got %v", what, kind, err)
				if try == 0 || d < best {
					best = d
				}
			}
			t.Logf("%s with %v timeout under %s storm: %v", what, timeout, kind, best.Round(time.Millisecond))
			assert.Less(t, best, 3*timeout, "%s timeout stretched by signals", what)
		}
		t.Logf("%d signals sent", stop())
	}
}
