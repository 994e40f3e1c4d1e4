package zmq_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// ctxioPair returns a connected PUSH/PULL pair over inproc.
func ctxioPair(t *testing.T) (push, pull *zmq.Socket) {
	t.Helper()
	ctx := newContext(t)
	pull = newSocket(t, ctx, zmq.PULL)
	push = newSocket(t, ctx, zmq.PUSH)
	ep := endpoint(t, "inproc")
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))
	return push, pull
}

func TestCtxRecvDeadline(t *testing.T) {
	_, pull := ctxioPair(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	within(t, testTimeout, "RecvCtx", func() {
		b, err := pull.RecvCtx(ctx, 0)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
		assert.Nil(t, b)
	})
	// The socket is fine afterwards.
	_, err := pull.Recv(zmq.DONTWAIT)
	assert.Equal(t, zmq.EAGAIN, err)
}

func TestCtxRecvCancel(t *testing.T) {
	push, pull := ctxioPair(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(10 * time.Millisecond) // not synchronisation: any moment works
		cancel()
	}()
	within(t, testTimeout, "RecvCtx", func() {
		_, err := pull.RecvCtx(ctx, 0)
		assert.ErrorIs(t, err, context.Canceled)
	})
	sendWithin(t, push, []byte("after"), 0)
	b, err := pull.RecvCtx(context.Background(), 0)
	require.NoError(t, err)
	assert.Equal(t, []byte("after"), b)
}

func TestCtxRecvWithRcvTimeo(t *testing.T) {
	// A finite RCVTIMEO makes EINTR retries wait in zmq_poll; the
	// cancellation must end that wait too, and the timeout still works.
	_, pull := ctxioPair(t)
	if err := pull.SetSockOptInt(zmq.RCVTIMEO, 5000); err != nil {
		var ve *zmq.VersionError
		require.ErrorAs(t, err, &ve)
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	within(t, testTimeout, "RecvCtx", func() {
		_, err := pull.RecvCtx(ctx, 0)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	})
	require.NoError(t, pull.SetSockOptInt(zmq.RCVTIMEO, 20))
	_, err := pull.RecvCtx(context.Background(), 0)
	assert.Equal(t, zmq.EAGAIN, err)
}

func TestCtxAlreadyDone(t *testing.T) {
	push, pull := ctxioPair(t)
	sendWithin(t, push, []byte("waiting"), 0)
	waitReady(t, pull, zmq.POLLIN)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := pull.RecvCtx(ctx, 0)
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, push.SendCtx(ctx, []byte("x"), 0), context.Canceled)
	// The waiting message was not consumed.
	b, err := pull.RecvCtx(context.Background(), zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, []byte("waiting"), b)
}

func TestCtxSendDeadline(t *testing.T) {
	// PUSH with no peer blocks on send.
	ctx0 := newContext(t)
	push := newSocket(t, ctx0, zmq.PUSH)
	require.NoError(t, push.SetSockOptInt(zmq.LINGER, 0))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	within(t, testTimeout, "SendCtx", func() {
		assert.ErrorIs(t, push.SendCtx(ctx, []byte("x"), 0), context.DeadlineExceeded)
		assert.ErrorIs(t, push.SendMultipartCtx(ctx, [][]byte{[]byte("a"), []byte("b")}, 0), context.DeadlineExceeded)
	})
	pull := newSocket(t, ctx0, zmq.PULL)
	ep := endpoint(t, "inproc")
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))
	require.NoError(t, push.SendMultipartCtx(context.Background(), [][]byte{[]byte("a"), []byte("b")}, 0))
	ctx2, cancel2 := context.WithTimeout(context.Background(), testTimeout)
	defer cancel2()
	parts, err := pull.RecvMultipartCtx(ctx2, 0)
	require.NoError(t, err)
	assert.Equal(t, [][]byte{[]byte("a"), []byte("b")}, parts, "the cancelled sends left nothing behind")
}

func TestCtxCloseDuringRecv(t *testing.T) {
	_, pull := ctxioPair(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := pull.RecvCtx(ctx, 0)
		done <- err
	}()
	time.Sleep(5 * time.Millisecond) // not synchronisation: any moment works
	require.NoError(t, pull.Close())
	select {
	case err := <-done:
		assert.Equal(t, zmq.ENOTSOCK, err)
	case <-time.After(testTimeout):
		t.Fatal("RecvCtx did not return after Close")
	}
}

// TestCtxNoMessageLost races deadlines against arriving messages: every
// message sent is received exactly once, in order, across tcp.
func TestCtxNoMessageLost(t *testing.T) {
	ctx0 := newContext(t)
	pull := newSocket(t, ctx0, zmq.PULL)
	push := newSocket(t, ctx0, zmq.PUSH)
	ep := endpoint(t, "tcp")
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))
	const n = 300
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			if i%7 == 0 {
				time.Sleep(200 * time.Microsecond)
			}
			if err := push.Send([]byte(fmt.Sprint(i)), 0); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	got, timeouts := 0, 0
	deadline := time.Now().Add(testTimeout)
	for got < n && time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(got%5+1)*100*time.Microsecond)
		b, err := pull.RecvCtx(ctx, 0)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			timeouts++
			continue
		}
		require.NoError(t, err)
		require.Equal(t, fmt.Sprint(got), string(b))
		got++
	}
	wg.Wait()
	require.Equal(t, n, got)
	t.Logf("%d deadlines hit", timeouts)
}

func TestCtxBusySocket(t *testing.T) {
	_, pull := ctxioPair(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	started := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		close(started)
		// The probing Recv below may hold pull for a moment: retry.
		for {
			_, err := pull.RecvCtx(ctx, 0)
			if err != zmq.ErrSocketBusy {
				done <- err
				return
			}
		}
	}()
	<-started
	// Until the first call is inside, the second may get in first; try
	// until one of them reports the other.
	var err error
	for i := 0; i < 1000; i++ {
		_, err = pull.Recv(zmq.DONTWAIT)
		if err == zmq.ErrSocketBusy {
			break
		}
		time.Sleep(time.Millisecond)
	}
	assert.Equal(t, zmq.ErrSocketBusy, err)
	cancel()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(testTimeout):
		t.Fatal("RecvCtx did not return after cancel")
	}
}

// TestCtxMultipartWhole races deadlines against multi-part messages:
// each one is received whole or not at all.
func TestCtxMultipartWhole(t *testing.T) {
	ctx0 := newContext(t)
	pull := newSocket(t, ctx0, zmq.PULL)
	push := newSocket(t, ctx0, zmq.PUSH)
	ep := endpoint(t, "tcp")
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))
	const n = 200
	big := make([]byte, 64<<10)
	go func() {
		for i := 0; i < n; i++ {
			if i%5 == 0 {
				time.Sleep(100 * time.Microsecond)
			}
			if err := push.SendMultipart([][]byte{[]byte(fmt.Sprint(i)), big, []byte("end")}, 0); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	got := 0
	deadline := time.Now().Add(testTimeout)
	for got < n && time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(got%4+1)*50*time.Microsecond)
		parts, err := pull.RecvMultipartCtx(ctx, 0)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			require.Nil(t, parts)
			continue
		}
		require.NoError(t, err)
		require.Len(t, parts, 3)
		require.Equal(t, fmt.Sprint(got), string(parts[0]))
		require.Len(t, parts[1], len(big))
		require.Equal(t, "end", string(parts[2]))
		got++
	}
	require.Equal(t, n, got)
}

// BenchmarkRecvCtx measures the cost a cancellable context adds to a
// send and receive of a small message over inproc.
func BenchmarkRecvCtx(b *testing.B) {
	for _, cancellable := range []bool{false, true} {
		b.Run(fmt.Sprintf("cancellable=%v", cancellable), func(b *testing.B) {
			c := newContext(b)
			pull := newSocket(b, c, zmq.PULL)
			push := newSocket(b, c, zmq.PUSH)
			require.NoError(b, pull.Bind("inproc://bench-recvctx"))
			require.NoError(b, push.Connect("inproc://bench-recvctx"))
			ctx := context.Background()
			if cancellable {
				var cancel context.CancelFunc
				ctx, cancel = context.WithCancel(ctx)
				defer cancel()
			}
			msg := []byte("hello")
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := push.SendCtx(ctx, msg, 0); err != nil {
					b.Fatal(err)
				}
				if _, err := pull.RecvCtx(ctx, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
