package zmq_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// TestThreadSafeSocketWaitEnds covers the thread wait (internal/wait's
// Thread) where it is the only one: the draft thread-safe sockets have
// no ZMQ_FD to park on, so a blocked call holds its thread in libzmq,
// and Close or a cancelled context must end it.
func TestThreadSafeSocketWaitEnds(t *testing.T) {
	if !zmq.Has(zmq.CapDraft) {
		t.Skip("skipped: libzmq built without draft APIs")
	}
	ctx := newContext(t)
	recvIn := func(s *zmq.Socket, recv func() error) error {
		t.Helper()
		done := make(chan error, 1)
		go func() { done <- recv() }()
		time.Sleep(20 * time.Millisecond) // not synchronisation: any moment works
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			require.FailNow(t, "the blocked call did not end")
			return nil
		}
	}
	t.Run("close", func(t *testing.T) {
		srv := newSocket(t, ctx, zmq.SERVER)
		require.NoError(t, srv.Bind(endpoint(t, "tcp")))
		assert.False(t, zmq.Parks(srv))
		time.AfterFunc(30*time.Millisecond, func() { srv.Close() })
		err := recvIn(srv, func() error { _, _, err := srv.RecvFrom(0); return err })
		assert.Equal(t, zmq.ENOTSOCK, err)
	})
	t.Run("context", func(t *testing.T) {
		srv := newSocket(t, ctx, zmq.SERVER)
		require.NoError(t, srv.Bind(endpoint(t, "tcp")))
		c, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		defer cancel()
		err := recvIn(srv, func() error { _, err := srv.RecvCtx(c, 0); return err })
		assert.True(t, errors.Is(err, context.DeadlineExceeded), "%v", err)
	})
}
