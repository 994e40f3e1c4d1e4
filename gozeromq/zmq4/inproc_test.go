package zmq4_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
)

// TestDialInprocBeforeListen: a Dial over inproc made before the Listen
// meets it on every release (libzmq before 4.0 refuses it: the face
// retries as go-zeromq's Dial did), as go-zeromq's own TestPair does
// with Listen and Dial in two goroutines.
func TestDialInprocBeforeListen(t *testing.T) {
	ctx := testCtx(t)
	srv, cli := zmq4.NewPair(ctx), zmq4.NewPair(ctx, zmq4.WithDialerRetry(10*time.Millisecond))
	closeAll(t, srv, cli)
	ep := endpoint(t, "inproc")
	dialed := make(chan error, 1)
	go func() { dialed <- cli.Dial(ep) }()
	time.Sleep(30 * time.Millisecond)
	require.NoError(t, srv.Listen(ep))
	select {
	case err := <-dialed:
		require.NoError(t, err)
	case <-time.After(testTimeout):
		t.Fatal("Dial did not return after the Listen")
	}
	exchange(t, cli, srv, "hello")
	exchange(t, srv, cli, "back")
}

// TestDialInprocNobodyListens: where libzmq cannot wait for the bind
// (before 4.0), Dial gives up after its retries, as go-zeromq's did;
// from 4.0 it returns at once and libzmq connects when the bind comes.
func TestDialInprocNobodyListens(t *testing.T) {
	ctx := testCtx(t)
	cli := zmq4.NewPair(ctx, zmq4.WithDialerRetry(5*time.Millisecond), zmq4.WithDialerMaxRetries(3))
	closeAll(t, cli)
	err := within(t, testTimeout, "Dial", func() error { return cli.Dial(endpoint(t, "inproc")) })
	if atLeast(4, 0) {
		assert.NoError(t, err)
		return
	}
	assert.ErrorContains(t, err, "connection refused")
}
