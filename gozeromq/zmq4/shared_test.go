package zmq4_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

// skipUnlessShared skips where a blocked call holds an OS thread, and
// overlapping calls return zmq.ErrSocketBusy instead (package doc).
func skipUnlessShared(t *testing.T) {
	t.Helper()
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	defer ctx.Close()
	s, err := ctx.NewSocket(zmq.PAIR)
	require.NoError(t, err)
	defer s.Close()
	if s.SetShared(true) != nil {
		t.Skip("calls hold an OS thread here: sockets are for one goroutine at a time")
	}
}

// TestSendWhileRecvBlocked: as in go-zeromq, one goroutine may Send on
// a socket while another is blocked in Recv on it; Close still wakes a
// blocked Recv.
func TestSendWhileRecvBlocked(t *testing.T) {
	skipUnlessShared(t)
	ctx := testCtx(t)
	a, b := zmq4.NewPair(ctx), zmq4.NewPair(ctx)
	connect(t, "inproc", a, b)
	got := make(chan zmq4.Msg, 1)
	errc := make(chan error, 1)
	go func() {
		m, err := a.Recv()
		errc <- err
		got <- m
	}()
	time.Sleep(50 * time.Millisecond) // the Recv is blocked by now
	exchange(t, a, b, "ping")
	require.NoError(t, b.Send(zmq4.NewMsgString("pong")))
	select {
	case err := <-errc:
		require.NoError(t, err)
		assert.Equal(t, "pong", string((<-got).Frames[0]))
	case <-time.After(testTimeout):
		t.Fatal("the blocked Recv never got the reply")
	}

	go func() {
		_, err := a.Recv()
		errc <- err
	}()
	time.Sleep(50 * time.Millisecond)
	a.Close()
	select {
	case err := <-errc:
		assert.Error(t, err)
	case <-time.After(testTimeout):
		t.Fatal("Close did not wake the Recv")
	}
}

// TestDealerReaderAndWriter: the shape go-zeromq programs use, a reader
// goroutine and a writer goroutine on one DEALER, against a ROUTER that
// echoes over tcp.
func TestDealerReaderAndWriter(t *testing.T) {
	skipUnlessShared(t)
	const n = 500
	ctx := testCtx(t)
	r, d := zmq4.NewRouter(ctx), zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("d")))
	connect(t, "tcp", r, d)
	go func() {
		for i := 0; i < n; i++ {
			m, err := r.Recv()
			if err != nil || r.Send(m) != nil {
				return
			}
		}
	}()
	// A ROUTER drops what its peer has no room for.
	ack, sendErr := testutil.WindowedSend(n, 50, func(i int) error {
		return d.Send(zmq4.NewMsgString(fmt.Sprint(i)))
	})
	for i := 0; i < n; i++ {
		m := mustRecv(t, d)
		require.Equal(t, fmt.Sprint(i), string(m.Frames[0]))
		ack()
	}
	require.NoError(t, <-sendErr)
}
