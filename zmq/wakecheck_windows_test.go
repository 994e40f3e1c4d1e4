//go:build windows

package zmq_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// closeWake closes s's wake socket behind the binding's back, as code
// elsewhere in the process closing a stale handle number would.
func closeWake(t *testing.T, s *zmq.Socket) {
	t.Helper()
	h := zmq.WakeHandle(s)
	require.NotZero(t, h, "the socket has a wake socket")
	require.NoError(t, syscall.Closesocket(syscall.Handle(h)))
}

func TestWakeSocketClosedBehindTheBinding(t *testing.T) {
	ctx := newContext(t)
	push, pull := pollerPair(t, ctx)
	require.NoError(t, pull.SetRcvTimeout(20*time.Millisecond))
	var err error
	within(t, testTimeout, "Recv", func() { _, err = pull.Recv(0) })
	require.ErrorIs(t, err, zmq.EAGAIN, "the wake socket is made by a blocking call")

	// A blocking Recv still times out as it should (select would fail
	// with ENOTSOCK on the dead handle, WSAPoll report it at once).
	closeWake(t, pull)
	within(t, testTimeout, "Recv", func() { _, err = pull.Recv(0) })
	require.ErrorIs(t, err, zmq.EAGAIN)
	assert.NotZero(t, zmq.WakeHandle(pull), "a new wake socket was made")

	// And it gets what arrives while it waits.
	closeWake(t, pull)
	require.NoError(t, pull.SetRcvTimeout(testTimeout))
	go func() {
		time.Sleep(20 * time.Millisecond)
		push.Send([]byte("x"), zmq.DONTWAIT)
	}()
	var b []byte
	within(t, testTimeout, "Recv", func() { b, err = pull.Recv(0) })
	require.NoError(t, err)
	assert.Equal(t, []byte("x"), b)

	// Poll over the socket works on, and Close still ends its wait.
	closeWake(t, pull)
	n, err := pollDeadline(t, []zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}, pollShort)
	require.NoError(t, err)
	assert.Zero(t, n)
	closeWake(t, pull)
	done := make(chan error, 1)
	go func() {
		_, err := zmq.Poll([]zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}, -1)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	within(t, testTimeout, "Close", func() { pull.Close() })
	select {
	case err := <-done:
		assert.ErrorIs(t, err, zmq.ENOTSOCK)
	case <-time.After(testTimeout):
		t.Fatal("Poll did not end at Close")
	}
}
