package zmq_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Plain descriptors that are not open (not sockets on Windows) in Poll
// and Poller: every platform answers as poll(2) does, a negative one is
// ignored and one that is not open is reported as POLLERR at once. On
// Windows such a descriptor used to reach WSAPoll or select, which fail
// on it, and libzmq aborted the process.

// negativeFd is -1 on POSIX systems and INVALID_SOCKET on Windows.
func negativeFd() zmq.ZmqOsSocketType {
	var fd zmq.ZmqOsSocketType
	fd--
	return fd
}

// pollDeadline runs Poll with a deadline and returns its results.
func pollDeadline(t *testing.T, items []zmq.PollItem, timeout time.Duration) (int, error) {
	t.Helper()
	var n int
	var err error
	within(t, testTimeout, "Poll", func() { n, err = zmq.Poll(items, timeout) })
	return n, err
}

func TestPollBadFdReportedAsError(t *testing.T) {
	newContext(t)
	kinds := map[string]zmq.ZmqOsSocketType{"never open": neverOpenFd(), "closed": closedFd(t)}
	for name, bad := range kinds {
		t.Run(name, func(t *testing.T) {
			for _, timeout := range []time.Duration{0, testTimeout, -1} {
				items := []zmq.PollItem{{Fd: bad, Events: zmq.POLLIN}}
				n, err := pollDeadline(t, items, timeout)
				require.NoError(t, err, "timeout %v", timeout)
				assert.Equal(t, 1, n, "timeout %v: the bad item is ready, as POLLNVAL makes it for poll(2)", timeout)
				assert.Equal(t, zmq.POLLERR, items[0].REvents, "timeout %v", timeout)
			}
			requireStillClosed(t, bad)
		})
	}
}

func TestPollNegativeFdIgnored(t *testing.T) {
	newContext(t)
	items := []zmq.PollItem{{Fd: negativeFd(), Events: zmq.POLLIN | zmq.POLLOUT}}
	n, err := pollDeadline(t, items, 0)
	require.NoError(t, err)
	assert.Zero(t, n)
	n, err = pollDeadline(t, items, pollShort)
	require.NoError(t, err)
	assert.Zero(t, n, "a negative descriptor is ignored: the Poll times out")
	assert.Zero(t, items[0].REvents)
}

func TestPollBadFdAmongGoodItems(t *testing.T) {
	ctx := newContext(t)
	a, b := patPair(t, ctx, "inproc", zmq.PAIR, zmq.PAIR)
	sendWithin(t, a, []byte("m"), 0)
	waitReady(t, b, zmq.POLLIN)
	u := newUDPFd(t)
	bad := neverOpenFd()
	items := []zmq.PollItem{
		{Fd: bad, Events: zmq.POLLIN},
		{Socket: b, Events: zmq.POLLIN},
		{Fd: negativeFd(), Events: zmq.POLLIN},
		{Fd: u.fd, Events: zmq.POLLOUT},
		{Socket: a, Events: zmq.POLLIN},
	}
	n, err := pollDeadline(t, items, testTimeout)
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	assert.Equal(t, zmq.POLLERR, items[0].REvents)
	assert.Equal(t, zmq.POLLIN, items[1].REvents)
	assert.Zero(t, items[2].REvents)
	assert.Equal(t, zmq.POLLOUT, items[3].REvents)
	assert.Zero(t, items[4].REvents)

	// With nothing ready but the bad item, Poll does not wait either.
	items = []zmq.PollItem{{Socket: a, Events: zmq.POLLIN}, {Fd: u.fd, Events: zmq.POLLIN}, {Fd: bad, Events: zmq.POLLOUT}}
	n, err = pollDeadline(t, items, -1)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.Equal(t, []zmq.PollEvents{0, 0, zmq.POLLERR}, []zmq.PollEvents{items[0].REvents, items[1].REvents, items[2].REvents})

	// And the good items still work in the same call.
	u.ring(t)
	items[1].Events = zmq.POLLIN
	for deadline := time.Now().Add(testTimeout); items[1].REvents == 0 && time.Now().Before(deadline); {
		n, err = pollDeadline(t, items, pollShort)
		require.NoError(t, err)
	}
	assert.Equal(t, 2, n)
	assert.Equal(t, zmq.POLLIN, items[1].REvents)
}

func TestPollFdSocket(t *testing.T) {
	// A socket's descriptor is a plain item on every platform (on
	// Windows only sockets are); POLLPRI, which Winsock refuses, is not
	// an error anywhere.
	newContext(t)
	u := newUDPFd(t)
	items := []zmq.PollItem{{Fd: u.fd, Events: zmq.POLLIN | zmq.POLLPRI}}
	n, err := pollDeadline(t, items, pollShort)
	require.NoError(t, err)
	assert.Zero(t, n, "nothing to read yet")
	u.ring(t)
	for deadline := time.Now().Add(testTimeout); items[0].REvents == 0 && time.Now().Before(deadline); {
		n, err = pollDeadline(t, items, pollShort)
		require.NoError(t, err)
	}
	assert.Equal(t, 1, n)
	assert.Equal(t, zmq.POLLIN, items[0].REvents)

	// Only POLLPRI, or no events at all: never reported, no error.
	for _, ev := range []zmq.PollEvents{zmq.POLLPRI, 0} {
		items = []zmq.PollItem{{Fd: u.fd, Events: ev}}
		n, err = pollDeadline(t, items, pollShort)
		require.NoError(t, err, "events %v", ev)
		assert.Zero(t, n, "events %v", ev)
	}
}

func TestPollNothingAsked(t *testing.T) {
	// Items that ask for nothing are legal; the Poll only waits (on
	// Windows select fails on empty sets, and libzmq aborted).
	ctx := newContext(t)
	a, b := patPair(t, ctx, "inproc", zmq.PAIR, zmq.PAIR)
	sendWithin(t, a, []byte("m"), 0)
	waitReady(t, b, zmq.POLLIN)
	items := []zmq.PollItem{{Socket: b, Events: 0}, {Socket: a, Events: 0}}
	n, err := pollDeadline(t, items, pollShort)
	require.NoError(t, err)
	assert.Zero(t, n)
	assert.Zero(t, items[0].REvents)
}

func TestPollerBadFd(t *testing.T) {
	ctx := newContext(t)
	push, pull := pollerPair(t, ctx)
	p := zmq.NewPoller()
	idSock := p.Add(pull, zmq.POLLIN)
	idNeg := p.AddFd(negativeFd(), zmq.POLLIN)
	idBad := p.AddFd(neverOpenFd(), zmq.POLLIN)

	ready, err := p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Equal(t, idBad, ready[0].ID)
	assert.Nil(t, ready[0].Socket)
	assert.Equal(t, neverOpenFd(), ready[0].Fd)
	assert.Equal(t, zmq.POLLERR, ready[0].Events)

	sendWithin(t, push, []byte("x"), 0)
	waitReady(t, pull, zmq.POLLIN)
	ready, err = p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 2)
	assert.Equal(t, []int{idSock, idBad}, []int{ready[0].ID, ready[1].ID})

	// Without the bad item, the negative one is only ignored.
	require.NoError(t, p.Remove(idBad))
	_, err = pull.Recv(zmq.DONTWAIT)
	require.NoError(t, err)
	ready, err = p.Poll(pollShort)
	require.NoError(t, err)
	assert.Empty(t, ready)
	_ = idNeg
}

func TestPollBadFdWithThreadSafeSocket(t *testing.T) {
	// With a thread-safe (draft) socket in the set, libzmq polls through
	// its zmq_poller code, which reports a bad descriptor differently;
	// the answer is still the one of poll(2).
	if !zmq.Has(zmq.CapDraft) {
		t.Skip("libzmq built without draft APIs")
	}
	ctx := newContext(t)
	srv := newSocket(t, ctx, zmq.SERVER)
	require.NoError(t, srv.Bind(endpoint(t, "inproc")))
	u := newUDPFd(t)
	items := []zmq.PollItem{
		{Socket: srv, Events: zmq.POLLIN},
		{Fd: neverOpenFd(), Events: zmq.POLLIN},
		{Fd: negativeFd(), Events: zmq.POLLIN},
		{Fd: u.fd, Events: zmq.POLLOUT},
	}
	n, err := pollDeadline(t, items, testTimeout)
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	assert.Equal(t, []zmq.PollEvents{0, zmq.POLLERR, 0, zmq.POLLOUT},
		[]zmq.PollEvents{items[0].REvents, items[1].REvents, items[2].REvents, items[3].REvents})

	items = items[:3]
	n, err = pollDeadline(t, items, testTimeout)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.Equal(t, []zmq.PollEvents{0, zmq.POLLERR, 0},
		[]zmq.PollEvents{items[0].REvents, items[1].REvents, items[2].REvents})
	items[1].Fd = negativeFd()
	n, err = pollDeadline(t, items, pollShort)
	require.NoError(t, err)
	assert.Zero(t, n)
}

func TestPollHugeTimeoutWaits(t *testing.T) {
	// zmq_poll's timeout is a C long, 32 bits on Windows: 2^32 ms plus
	// one used to arrive as 1 ms. It waits (until Close ends it).
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	done := make(chan error, 1)
	go func() {
		_, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, (1<<32+1)*time.Millisecond)
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("Poll with a 49-day timeout returned at once: %v", err)
	case <-time.After(4 * pollShort):
	}
	within(t, testTimeout, "Close", func() { s.Close() })
	select {
	case err := <-done:
		assert.ErrorIs(t, err, zmq.ENOTSOCK)
	case <-time.After(testTimeout):
		t.Fatal("Poll did not end at Close")
	}
}
