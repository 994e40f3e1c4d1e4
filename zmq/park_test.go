//go:build linux

package zmq_test

import (
	"encoding/binary"
	"errors"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil/osthreads"
	"github.com/gozmq/gozmq/zmq"
)

// needParking skips tests of the runtime-poller wait where it is not
// used, saying why.
func needParking(t *testing.T, s *zmq.Socket) {
	t.Helper()
	if !zmq.Parks(s) {
		t.Skipf("blocking calls wait in libzmq threads here (GOOS=%s, GOZMQ_WAIT=%q): no runtime poller path to test",
			runtime.GOOS, os.Getenv("GOZMQ_WAIT"))
	}
}

// openFds counts the process's open descriptors.
func openFds(t testing.TB) int {
	ents, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	return len(ents)
}

// parkedReceivers is how many sockets the thread test can afford: 12,000
// (100,000 where the descriptor limit allows), fewer where the release's
// socket limit or the descriptors its sockets use do not allow as many.
func parkedReceivers(t *testing.T, ctx *zmq.Context) int {
	var lim syscall.Rlimit
	require.NoError(t, syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim))
	n := 12000
	if lim.Cur >= 220000 {
		n = 100000
	}
	// The limit is read when the context makes its first socket.
	if err := ctx.SetMaxSockets(n + 64); err != nil {
		// 2.x has a compiled-in limit (512) and no way to change it.
		n = 512 - 64
	} else if m, err := ctx.MaxSockets(); err == nil && m < n+64 {
		n = m - 64
	}
	// Descriptors per socket: 1 (eventfd) on most releases, 2 where
	// libzmq signals through a socket pair.
	// The first socket also starts the context's own threads, whose
	// descriptors are not per socket.
	newSocket(t, ctx, zmq.SUB).Close()
	before := openFds(t)
	probe := make([]*zmq.Socket, 32)
	for i := range probe {
		probe[i] = newSocket(t, ctx, zmq.SUB)
	}
	per := (openFds(t) - before + len(probe)/2) / len(probe)
	for _, s := range probe {
		s.Close()
	}
	if per < 1 {
		per = 1
	}
	if most := (int(lim.Cur) - openFds(t) - 256) / per; n > most {
		n = most
	}
	t.Logf("%d receivers (%d descriptor(s) per socket, limit %d)", n, per, lim.Cur)
	return n
}

// TestParkedReceiversHoldNoThreads: thousands of goroutines blocked in
// Recv, past Go's 10,000-thread limit, cost no OS thread each: they are
// parked in the runtime poller. Then every one gets its message.
func TestParkedReceiversHoldNoThreads(t *testing.T) {
	if testing.Short() {
		t.Skip("creates thousands of sockets")
	}
	ctx := newContext(t)
	n := parkedReceivers(t, ctx)
	pub := newSocket(t, ctx, zmq.PUB)
	needParking(t, pub)
	ep := endpoint(t, "inproc")
	require.NoError(t, pub.Bind(ep))

	var maxThreads atomic.Int64
	stopSampling := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Add(1)
	go func() {
		defer sampler.Done()
		for {
			if v := int64(osthreads.Count(t)); v > maxThreads.Load() {
				maxThreads.Store(v)
			}
			select {
			case <-stopSampling:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()

	subs := make([]*zmq.Socket, n)
	for i := range subs {
		s, err := ctx.NewSocket(zmq.SUB)
		require.NoError(t, err, "socket %d", i)
		subs[i] = s
		require.NoError(t, s.SetSubscribe(""))
		require.NoError(t, s.Connect(ep))
	}
	defer func() {
		for _, s := range subs {
			s.Close()
		}
	}()
	var received atomic.Int64
	errs := make(chan error, n)
	var started sync.WaitGroup
	started.Add(n)
	for _, s := range subs {
		go func(s *zmq.Socket) {
			started.Done()
			_, err := s.Recv(0)
			if err == nil {
				received.Add(1)
			}
			errs <- err
		}(s)
	}
	started.Wait()
	// Let every goroutine reach its wait, then look at the threads.
	time.Sleep(time.Second)
	deadline := time.Now().Add(time.Minute)
	blockedThreads := osthreads.Count(t)

	// Publish until everyone has a message (subscriptions reach the PUB
	// as it processes commands, so early copies may find no one).
	for received.Load() < int64(n) {
		require.True(t, time.Now().Before(deadline), "only %d of %d receivers got a message", received.Load(), n)
		require.NoError(t, pub.Send([]byte("wake"), 0))
		time.Sleep(5 * time.Millisecond)
	}
	for i := 0; i < n; i++ {
		select {
		case err := <-errs:
			require.NoError(t, err)
		case <-time.After(testTimeout):
			t.Fatalf("receiver results stopped at %d of %d", i, n)
		}
	}
	close(stopSampling)
	sampler.Wait()
	t.Logf("%d goroutines blocked in Recv on %d threads; at most %d threads during the test", n, blockedThreads, maxThreads.Load())
	assert.Less(t, maxThreads.Load(), int64(64), "threads while %d receivers were blocked", n)
}

// TestParkNoLostWakeups: many socket pairs, both directions, bursts
// against a high water mark of 2, so that sends and receives park and
// wake all the time. Sequence numbers prove nothing is lost, doubled or
// reordered; a watchdog fails the test if progress stops.
func TestParkNoLostWakeups(t *testing.T) {
	const (
		pairs = 8
		burst = 50
		total = 1000000
	)
	rounds := total / (pairs * 2 * burst)
	if testing.Short() {
		rounds /= 20
	}
	ctx := newContext(t)
	var progress atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 2*pairs)
	for p := 0; p < pairs; p++ {
		tr := "inproc"
		if p%2 == 1 {
			tr = "tcp"
		}
		a, b := patPair(t, ctx, tr, zmq.PAIR, zmq.PAIR)
		for _, s := range []*zmq.Socket{a, b} {
			if atLeast(3, 0, 0) {
				require.NoError(t, s.SetSndHWM(2))
				require.NoError(t, s.SetRcvHWM(2))
			} else {
				require.NoError(t, s.SetHWM(2))
			}
			if p%4 >= 2 && atLeast(2, 2, 0) {
				// Half the pairs wait with a timeout, the rest forever.
				require.NoError(t, s.SetSockOptInt(zmq.RCVTIMEO, 60000))
				require.NoError(t, s.SetSockOptInt(zmq.SNDTIMEO, 60000))
			}
		}
		needParking(t, a)
		wg.Add(2)
		go func() { defer wg.Done(); errs <- burstSide(a, rounds, burst, true, &progress) }()
		go func() { defer wg.Done(); errs <- burstSide(b, rounds, burst, false, &progress) }()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	last, lastChange := int64(-1), time.Now()
	for stalled := false; !stalled; {
		select {
		case <-done:
			close(errs)
			for err := range errs {
				require.NoError(t, err)
			}
			require.Equal(t, int64(rounds*pairs*2*burst), progress.Load())
			t.Logf("%d messages moved", progress.Load())
			return
		case <-time.After(500 * time.Millisecond):
		}
		if v := progress.Load(); v != last {
			last, lastChange = v, time.Now()
		} else if time.Since(lastChange) > 10*time.Second {
			stalled = true
		}
	}
	t.Errorf("no message moved for 10s after %d: a wake-up was lost", last)
	ctx.Close() // wakes every blocked call with ETERM
	<-done
}

// burstSide sends burst numbered messages then receives burst, for
// rounds; the other side (first false) receives first.
func burstSide(s *zmq.Socket, rounds, burst int, first bool, progress *atomic.Int64) error {
	var sent, got uint64
	buf := make([]byte, 8)
	send := func() error {
		for i := 0; i < burst; i++ {
			binary.LittleEndian.PutUint64(buf, sent)
			if err := s.Send(buf, 0); err != nil {
				return err
			}
			sent++
		}
		return nil
	}
	recv := func() error {
		for i := 0; i < burst; i++ {
			b, err := s.Recv(0)
			if err != nil {
				return err
			}
			if len(b) != 8 || binary.LittleEndian.Uint64(b) != got {
				return errors.New("message out of sequence: want " + strconv.FormatUint(got, 10))
			}
			got++
			progress.Add(1)
		}
		return nil
	}
	for r := 0; r < rounds; r++ {
		steps := []func() error{recv, send}
		if first {
			steps = []func() error{send, recv}
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
	}
	return nil
}
