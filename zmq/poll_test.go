package zmq_test

import (
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Poll over sockets and plain file descriptors. Timings are never
// asserted tightly: a timed-out poll must return 0, and not return so
// early that the timeout's unit (microseconds on 2.x, milliseconds
// later) was obviously misread.

// pollShort is the timeout used where nothing is expected to be ready.
const pollShort = 50 * time.Millisecond

// pollTimed runs Poll within testTimeout and returns its results and how
// long it took.
func pollTimed(t *testing.T, items []zmq.PollItem, timeout time.Duration) (int, time.Duration) {
	t.Helper()
	var n int
	var err error
	start := time.Now()
	within(t, testTimeout, "Poll", func() { n, err = zmq.Poll(items, timeout) })
	require.NoError(t, err)
	return n, time.Since(start)
}

func TestPollSockets(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			rep, req := patPair(t, ctx, tr, zmq.REP, zmq.REQ)

			// A REQ can send and has nothing to read; the REP has
			// nothing to read and cannot send before it has received.
			items := zmq.PollItems{
				{Socket: req, Events: zmq.POLLIN | zmq.POLLOUT},
				{Socket: rep, Events: zmq.POLLIN | zmq.POLLOUT},
			}
			n, _ := pollTimed(t, items, testTimeout)
			require.Equal(t, 1, n)
			assert.Equal(t, zmq.POLLOUT, items[0].REvents)
			assert.Equal(t, zmq.PollEvents(0), items[1].REvents)

			require.NoError(t, req.Send([]byte("q"), zmq.DONTWAIT))
			// Now the REQ may do neither until the reply; the REP can
			// read.
			items[0].Events, items[1].Events = zmq.POLLIN|zmq.POLLOUT, zmq.POLLIN
			n, _ = pollTimed(t, items, testTimeout)
			require.Equal(t, 1, n)
			assert.Equal(t, zmq.PollEvents(0), items[0].REvents)
			assert.Equal(t, zmq.POLLIN, items[1].REvents)

			_, err := rep.Recv(zmq.DONTWAIT)
			require.NoError(t, err)
			require.NoError(t, rep.Send([]byte("a"), zmq.DONTWAIT))
			items = zmq.PollItems{{Socket: req, Events: zmq.POLLIN}, {Socket: rep, Events: zmq.POLLIN}}
			n, _ = pollTimed(t, items, testTimeout)
			require.Equal(t, 1, n)
			assert.Equal(t, zmq.POLLIN, items[0].REvents)
			assert.Equal(t, zmq.PollEvents(0), items[1].REvents, "REvents is reset on every Poll")

			// A negative timeout waits for as long as it takes.
			n, _ = pollTimed(t, items, -1)
			require.Equal(t, 1, n)
			assert.Equal(t, zmq.POLLIN, items[0].REvents)

			// A zero timeout returns at once with what is ready.
			n, _ = pollTimed(t, items, 0)
			assert.Equal(t, 1, n)
			_, err = req.Recv(zmq.DONTWAIT)
			require.NoError(t, err)
			n, _ = pollTimed(t, items, 0)
			assert.Equal(t, 0, n)
		})
	}
}

func TestPollTimeoutNothingReady(t *testing.T) {
	ctx := newContext(t)
	a, b := patPair(t, ctx, "inproc", zmq.PAIR, zmq.PAIR)
	items := []zmq.PollItem{{Socket: a, Events: zmq.POLLIN}, {Socket: b, Events: zmq.POLLIN}}
	n, took := pollTimed(t, items, pollShort)
	assert.Equal(t, 0, n)
	assert.GreaterOrEqual(t, took, pollShort/2, "Poll returned long before its timeout: unit misread?")
	for _, it := range items {
		assert.Equal(t, zmq.PollEvents(0), it.REvents)
	}
}

func TestPollNoItems(t *testing.T) {
	newContext(t) // make sure the library is loaded
	n, took := pollTimed(t, nil, pollShort)
	assert.Equal(t, 0, n)
	assert.GreaterOrEqual(t, took, pollShort/2, "Poll with no items should sleep for the timeout")
	n, _ = pollTimed(t, []zmq.PollItem{}, 0)
	assert.Equal(t, 0, n)
}

func TestPollFd(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("zmq_poll takes only sockets as plain descriptors on Windows")
	}
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()

	items := []zmq.PollItem{{Fd: zmq.ZmqOsSocketType(r.Fd()), Events: zmq.POLLIN}}
	n, _ := pollTimed(t, items, pollShort)
	assert.Equal(t, 0, n, "an empty pipe is not readable")
	assert.Equal(t, zmq.PollEvents(0), items[0].REvents)

	_, err = w.Write([]byte("x"))
	require.NoError(t, err)
	n, _ = pollTimed(t, items, testTimeout)
	require.Equal(t, 1, n)
	assert.Equal(t, zmq.POLLIN, items[0].REvents)

	// The write end is writable; sockets and fds mix in one Poll.
	ctx := newContext(t)
	a, b := patPair(t, ctx, "inproc", zmq.PAIR, zmq.PAIR)
	items = []zmq.PollItem{
		{Fd: zmq.ZmqOsSocketType(w.Fd()), Events: zmq.POLLOUT},
		{Socket: a, Events: zmq.POLLIN},
		{Fd: zmq.ZmqOsSocketType(r.Fd()), Events: zmq.POLLIN},
		{Socket: b, Events: zmq.POLLIN},
	}
	require.NoError(t, a.Send([]byte("m"), zmq.DONTWAIT))
	n, _ = pollTimed(t, items, testTimeout)
	// b's message may still be on its way when the fds are already
	// ready; poll again until it arrives.
	for deadline := time.Now().Add(testTimeout); items[3].REvents == 0 && time.Now().Before(deadline); {
		n, _ = pollTimed(t, items, pollShort)
	}
	assert.Equal(t, 3, n)
	assert.Equal(t, zmq.POLLOUT, items[0].REvents)
	assert.Equal(t, zmq.PollEvents(0), items[1].REvents)
	assert.Equal(t, zmq.POLLIN, items[2].REvents)
	assert.Equal(t, zmq.POLLIN, items[3].REvents)
}

func TestPollSameSocketTwice(t *testing.T) {
	ctx := newContext(t)
	a, b := patPair(t, ctx, "inproc", zmq.PAIR, zmq.PAIR)
	sendWithin(t, a, []byte("x"), 0)
	items := []zmq.PollItem{{Socket: b, Events: zmq.POLLIN}, {Socket: b, Events: zmq.POLLOUT}}
	n, _ := pollTimed(t, items, testTimeout)
	assert.Equal(t, 2, n)
	assert.Equal(t, zmq.POLLIN, items[0].REvents)
	assert.Equal(t, zmq.POLLOUT, items[1].REvents)
}

func TestPollClosedSocket(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, s.Close())
	_, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, 0)
	assert.Equal(t, zmq.ENOTSOCK, err)
}

func TestPollInterruptedByClose(t *testing.T) {
	// Closing a socket that an endless Poll waits on ends the Poll with
	// the socket's error.
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	done := make(chan error, 1)
	go func() {
		_, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, -1)
		done <- err
	}()
	// Give the goroutine a moment to enter zmq_poll; Close works either
	// way (before: ENOTSOCK from enter; during: from the interrupt).
	time.Sleep(10 * time.Millisecond)
	within(t, testTimeout, "Close", func() { s.Close() })
	select {
	case err := <-done:
		assert.Equal(t, zmq.ENOTSOCK, err)
	case <-time.After(testTimeout):
		t.Fatal("Poll did not return after Close")
	}
}

func TestPollInterruptedByContextClose(t *testing.T) {
	// Closing the context ends an endless Poll on its sockets with ETERM.
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	defer ctx.Close()
	a, b := patPair(t, ctx, "tcp", zmq.PAIR, zmq.PAIR)
	done := make(chan error, 1)
	go func() {
		_, err := zmq.Poll([]zmq.PollItem{{Socket: a, Events: zmq.POLLIN}, {Socket: b, Events: zmq.POLLIN}}, -1)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond) // let Poll start; not needed for correctness
	within(t, testTimeout, "Context.Close", ctx.Close)
	select {
	case err := <-done:
		assert.Equal(t, zmq.ETERM, err)
	case <-time.After(testTimeout):
		t.Fatal("Poll did not return after Context.Close")
	}
}
