package zmq

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCtxPollingFallback runs the path used where a blocked call cannot
// be interrupted by a signal (Windows): waits in zmq_poll slices.
func TestCtxPollingFallback(t *testing.T) {
	c, err := NewContext()
	require.NoError(t, err)
	defer c.Close()
	pull, err := c.NewSocket(PULL)
	require.NoError(t, err)
	push, err := c.NewSocket(PUSH)
	require.NoError(t, err)
	require.NoError(t, pull.Bind("inproc://ctx-fallback"))
	require.NoError(t, push.Connect("inproc://ctx-fallback"))

	recv := func(ctx context.Context) ([]byte, error) {
		require.NoError(t, pull.enter())
		defer pull.leave()
		var b []byte
		err := pull.ctxCallPolling(ctx, 0, POLLIN, func(f SendRecvOption, _ func()) error {
			var err error
			b, err = pull.recv(f)
			return err
		})
		return b, err
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	_, err = recv(ctx)
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "%v", err)

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(10 * time.Millisecond) // not synchronisation: any moment works
		cancel2()
	}()
	_, err = recv(ctx2)
	assert.True(t, errors.Is(err, context.Canceled), "%v", err)

	require.NoError(t, push.Send([]byte("x"), 0))
	ctx3, cancel3 := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel3()
	b, err := recv(ctx3)
	require.NoError(t, err)
	assert.Equal(t, []byte("x"), b)
}
