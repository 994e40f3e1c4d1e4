package zmq_test

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Shutdown tests: Context.Close never hangs on sockets the program
// forgot, whatever they hold, and closing leaks nothing.

// shutdownDeadPeer returns a tcp endpoint on 127.0.0.1 where nobody
// listens.
func shutdownDeadPeer(t testing.TB) string { return endpoint(t, "tcp") }

// shutdownQueue fills s (connected to a peer that is absent) with
// messages without blocking, so that it has pending outgoing data.
func shutdownQueue(t testing.TB, s *zmq.Socket) int {
	t.Helper()
	n := 0
	for ; n < 100; n++ {
		if err := s.Send([]byte("pending"), zmq.DONTWAIT); err != nil {
			require.ErrorIs(t, err, zmq.EAGAIN)
			break
		}
	}
	return n
}

// TestShutdownContextCloseWithOpenSockets leaves sockets of every kind
// open, with undeliverable messages queued and LINGER -1 (wait forever),
// and closes the context: it returns within the deadline.
func TestShutdownContextCloseWithOpenSockets(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	dead := shutdownDeadPeer(t)
	for _, typ := range []zmq.SocketType{zmq.PUSH, zmq.DEALER, zmq.REQ, zmq.PUB, zmq.PAIR} {
		s, err := ctx.NewSocket(typ)
		require.NoError(t, err)
		require.NoError(t, s.SetSockOptInt(zmq.LINGER, -1))
		require.NoError(t, s.Connect(dead))
		if typ == zmq.REQ {
			require.NoError(t, s.Send([]byte("never answered"), zmq.DONTWAIT))
			continue
		}
		shutdownQueue(t, s)
	}
	// A bound socket with a connected peer that never reads.
	ep := endpoint(t, "tcp")
	srv, err := ctx.NewSocket(zmq.PULL)
	require.NoError(t, err)
	require.NoError(t, srv.SetSockOptUInt64(zmq.HWM, 1))
	require.NoError(t, srv.Bind(ep))
	cli, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, cli.SetSockOptInt(zmq.LINGER, -1))
	require.NoError(t, cli.Connect(ep))
	shutdownQueue(t, cli)

	within(t, 5*time.Second, "Context.Close with open sockets", ctx.Close)
	within(t, time.Second, "second Context.Close", ctx.Close)
}

// TestShutdownCloseLinger checks the documented policy: SetCloseLinger
// bounds how long Context.Close lets forgotten sockets flush.
func TestShutdownCloseLinger(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	ctx.SetCloseLinger(200 * time.Millisecond)
	s, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, -1))
	require.NoError(t, s.Connect(shutdownDeadPeer(t)))
	shutdownQueue(t, s)
	start := time.Now()
	within(t, 5*time.Second, "Context.Close with SetCloseLinger(200ms)", ctx.Close)
	t.Logf("Context.Close took %v with close linger 200ms", time.Since(start).Round(time.Millisecond))
}

// TestShutdownCloseLingerDelivers shows that a close linger lets a
// forgotten socket deliver what it queued to a peer that is there.
func TestShutdownCloseLingerDelivers(t *testing.T) {
	rctx := newContext(t)
	pull := newSocket(t, rctx, zmq.PULL)
	ep := endpoint(t, "tcp")
	require.NoError(t, pull.Bind(ep))

	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	ctx.SetCloseLinger(5 * time.Second)
	push, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, push.Connect(ep))
	for i := 0; i < 10; i++ {
		sendWithin(t, push, []byte(fmt.Sprint(i)), 0)
	}
	within(t, 10*time.Second, "Context.Close", ctx.Close)
	for i := 0; i < 10; i++ {
		require.Equal(t, fmt.Sprint(i), string(recvWithin(t, pull)))
	}
}

// TestShutdownBlockedRecvGetsETERM closes the context under goroutines
// blocked in Recv on several sockets.
func TestShutdownBlockedRecvGetsETERM(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	var socks []*zmq.Socket
	var dones []<-chan error
	for i := 0; i < 4; i++ {
		s, err := ctx.NewSocket(zmq.PULL)
		require.NoError(t, err)
		require.NoError(t, s.Bind(endpoint(t, "inproc")))
		socks = append(socks, s)
		dones = append(dones, misuseAsyncBlocking(func() error { _, err := s.Recv(0); return err }))
	}
	for i, s := range socks {
		misuseWaitBusy(t, s, dones[i])
	}
	within(t, 5*time.Second, "Context.Close", ctx.Close)
	for _, d := range dones {
		require.ErrorIs(t, misuseResult(t, d, "Recv"), zmq.ETERM)
	}
	_, err = ctx.NewSocket(zmq.PULL)
	require.ErrorIs(t, err, zmq.ETERM)
	for _, s := range socks {
		_, err := s.GetSockOptInt(zmq.LINGER)
		require.ErrorIs(t, err, zmq.ETERM)
		require.NoError(t, s.Close())
	}
}

// TestShutdownRacingCloses closes sockets and their context from many
// goroutines at once while others still create sockets: no crash, no
// hang, every call ends with a clean error or success.
func TestShutdownRacingCloses(t *testing.T) {
	for round := 0; round < 20; round++ {
		ctx, err := zmq.NewContext()
		require.NoError(t, err)
		var socks []*zmq.Socket
		for i := 0; i < 6; i++ {
			s, err := ctx.NewSocket(zmq.DEALER)
			require.NoError(t, err)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			socks = append(socks, s)
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		for _, s := range socks {
			wg.Add(2)
			go func() {
				defer wg.Done()
				<-start
				_, err := s.Recv(0)
				assert.Error(t, err)
			}()
			go func() {
				defer wg.Done()
				<-start
				s.Close()
			}()
		}
		wg.Add(2)
		go func() {
			defer wg.Done()
			<-start
			ctx.Close()
		}()
		go func() {
			defer wg.Done()
			<-start
			if s, err := ctx.NewSocket(zmq.PAIR); err == nil {
				s.Close()
			} else {
				assert.ErrorIs(t, err, zmq.ETERM)
			}
		}()
		close(start)
		within(t, testTimeout, "racing closes", wg.Wait)
		ctx.Close()
	}
}

// shutdownCountFDs counts the process's open file descriptors.
func shutdownCountFDs(t testing.TB) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("cannot count file descriptors: %v", err)
	}
	return len(ents)
}

// TestShutdownNoFDLeak creates and closes contexts with tcp sockets that
// talk, many times, and counts open file descriptors.
func TestShutdownNoFDLeak(t *testing.T) {
	const rounds = 200
	// Skip at once where there is no /proc (Windows). Under Wine, Z:\proc
	// is the Linux process's own, so the count is real there too.
	shutdownCountFDs(t)
	cycle := func() {
		ctx, err := zmq.NewContext()
		require.NoError(t, err)
		defer ctx.Close()
		rep, err := ctx.NewSocket(zmq.REP)
		require.NoError(t, err)
		req, err := ctx.NewSocket(zmq.REQ)
		require.NoError(t, err)
		ep := endpoint(t, "tcp")
		require.NoError(t, rep.Bind(ep))
		require.NoError(t, req.Connect(ep))
		sendWithin(t, req, []byte("ping"), 0)
		require.Equal(t, []byte("ping"), recvWithin(t, rep))
		sendWithin(t, rep, []byte("pong"), 0)
		require.Equal(t, []byte("pong"), recvWithin(t, req))
		// rep is left for Context.Close to close.
		require.NoError(t, req.Close())
	}
	// Warm up: the runtime and libzmq open a few descriptors lazily.
	cycle()
	before := shutdownCountFDs(t)
	for i := 0; i < rounds; i++ {
		cycle()
	}
	after := shutdownCountFDs(t)
	t.Logf("open fds: %d before, %d after %d contexts", before, after, rounds)
	require.LessOrEqual(t, after, before+4, "file descriptors leaked")
}
