package zmq_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// When Context.Close waits: the one case documented in
// docs/guarantees.md and on Context.Close. A socket the program closed itself keeps its LINGER
// (as libzmq does, so that messages a program asked to deliver are not
// dropped behind its back); with LINGER -1 and a message no peer has
// taken, terminating the context waits until the message is delivered.
// libzmq 2.x and 3.x-4.1 default to LINGER -1, so there it is also what
// a socket with no LINGER set does.

// closeWaitSetup returns a context whose only socket, a PUSH connected
// to a tcp port nobody listens on, was closed by the program with a
// message queued and the given LINGER.
func closeWaitSetup(t *testing.T, linger int) (*zmq.Context, string) {
	t.Helper()
	ep := endpoint(t, "tcp")
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	s, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, linger))
	require.NoError(t, s.Connect(ep))
	// A connected PUSH queues the message for the absent peer; the
	// DONTWAIT keeps the test from blocking if a release does not.
	require.NoError(t, s.Send([]byte("must arrive"), zmq.DONTWAIT))
	require.NoError(t, s.Close())
	return ctx, ep
}

func closeAsync(ctx *zmq.Context) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		ctx.Close()
		close(done)
	}()
	return done
}

// TestContextCloseWaitsForOwnLinger: LINGER -1 on a socket the program
// closed makes Context.Close wait for delivery, and it returns once a
// peer takes the message.
func TestContextCloseWaitsForOwnLinger(t *testing.T) {
	ctx, ep := closeWaitSetup(t, -1)
	done := closeAsync(ctx)
	select {
	case <-done:
		t.Fatal("Context.Close returned with an undelivered message under LINGER -1: it was dropped")
	case <-time.After(300 * time.Millisecond):
	}
	// A peer appears: the message is delivered and Close returns.
	peerCtx := newContext(t)
	pull := newSocket(t, peerCtx, zmq.PULL)
	require.NoError(t, pull.SetSockOptInt(zmq.LINGER, 0))
	require.NoError(t, pull.Bind(ep))
	assert.Equal(t, "must arrive", string(recvWithin(t, pull)))
	select {
	case <-done:
	case <-time.After(testTimeout):
		t.Fatalf("Context.Close did not return within %v of the message being delivered", testTimeout)
	}
}

// TestContextCloseOwnLingerZero: with LINGER 0 the same situation
// returns at once and the message is dropped, as the program asked.
func TestContextCloseOwnLingerZero(t *testing.T) {
	ctx, _ := closeWaitSetup(t, 0)
	select {
	case <-closeAsync(ctx):
	case <-time.After(testTimeout):
		t.Fatalf("Context.Close with LINGER 0 did not return within %v", testTimeout)
	}
}

// TestContextCloseLeftOpenNeverWaits: the same socket left open for
// Context.Close, even with LINGER -1, is capped by the context's close
// linger (0 by default) and does not hold Close up.
func TestContextCloseLeftOpenNeverWaits(t *testing.T) {
	ep := endpoint(t, "tcp")
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	s, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, -1))
	require.NoError(t, s.Connect(ep))
	require.NoError(t, s.Send([]byte("dropped"), zmq.DONTWAIT))
	select {
	case <-closeAsync(ctx):
	case <-time.After(testTimeout):
		t.Fatalf("Context.Close with a forgotten LINGER -1 socket did not return within %v", testTimeout)
	}
}
