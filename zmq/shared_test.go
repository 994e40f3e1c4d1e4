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

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

// sharedSocket returns a socket of typ made shared, skipping the test
// where calls do not park (SetShared then refuses, tested below).
func sharedSocket(t *testing.T, ctx *zmq.Context, typ zmq.SocketType) *zmq.Socket {
	t.Helper()
	s := newSocket(t, ctx, typ)
	if !zmq.Parks(s) {
		t.Skip("calls hold an OS thread here: no shared mode")
	}
	require.NoError(t, s.SetShared(true))
	require.True(t, s.Shared())
	return s
}

// withDeadline gives a blocking call on s a deadline in both directions:
// its timeouts, or on 2.1, which has none, a Close after testTimeout.
func withDeadline(t *testing.T, s *zmq.Socket) {
	t.Helper()
	err := s.SetRcvTimeout(testTimeout)
	var ve *zmq.VersionError
	if errors.As(err, &ve) {
		watchdog := time.AfterFunc(testTimeout, func() { s.Close() })
		t.Cleanup(func() { watchdog.Stop() })
		return
	}
	require.NoError(t, err)
	require.NoError(t, s.SetSndTimeout(testTimeout))
}

// sharedPair returns a shared PAIR socket with deadlines, connected
// over inproc to an exclusive one.
func sharedPair(t *testing.T) (shared, other *zmq.Socket) {
	t.Helper()
	ctx := newContext(t)
	ep := endpoint(t, "inproc")
	a := sharedSocket(t, ctx, zmq.PAIR)
	withDeadline(t, a)
	b := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))
	return a, b
}

func TestSharedSendWhileRecvBlocked(t *testing.T) {
	a, b := sharedPair(t)

	got := make(chan []byte, 1)
	errc := make(chan error, 1)
	go func() {
		m, err := a.Recv(0)
		errc <- err
		got <- m
	}()
	// Give the receiver time to park, then send on the same socket: an
	// exclusive socket would answer ErrSocketBusy.
	time.Sleep(20 * time.Millisecond)
	require.NoError(t, a.Send([]byte("ping"), 0))
	assert.Equal(t, []byte("ping"), recvWithin(t, b))
	sendWithin(t, b, []byte("pong"), 0)
	require.NoError(t, <-errc)
	assert.Equal(t, []byte("pong"), <-got)
}

// A DEALER with no peer: its Send and its Recv both wait, on one
// socket, for different events, and Connect, a third call, runs while
// they do. Once the peer is there, both must finish.
func TestSharedSendAndRecvBothParked(t *testing.T) {
	for _, tr := range []string{"inproc", "tcp"} {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			ep := endpoint(t, tr)
			d := sharedSocket(t, ctx, zmq.DEALER)
			withDeadline(t, d)

			var wg sync.WaitGroup
			var recvErr, sendErr error
			var reply []byte
			wg.Add(2)
			go func() {
				defer wg.Done()
				reply, recvErr = d.Recv(0)
			}()
			go func() {
				defer wg.Done()
				sendErr = d.Send([]byte("hello"), 0)
			}()
			time.Sleep(20 * time.Millisecond)

			r := newSocket(t, ctx, zmq.ROUTER)
			require.NoError(t, r.Bind(ep))
			require.NoError(t, d.Connect(ep))
			msg := recvMultiWithin(t, r)
			require.Len(t, msg, 2)
			assert.Equal(t, []byte("hello"), msg[1])
			waitReady(t, r, zmq.POLLOUT)
			require.NoError(t, r.SendMultipart([][]byte{msg[0], []byte("world")}, zmq.DONTWAIT))

			within(t, testTimeout+time.Second, "parked Send and Recv", wg.Wait)
			require.NoError(t, sendErr)
			require.NoError(t, recvErr)
			assert.Equal(t, []byte("world"), reply)
		})
	}
}

// One goroutine receives every reply while another sends every request
// on the same DEALER, against an echoing ROUTER: the sender's calls
// consume ZMQ_FD signals the parked receiver needs, which must not
// strand it.
func TestSharedEchoStream(t *testing.T) {
	for _, tr := range []string{"inproc", "tcp"} {
		t.Run(tr, func(t *testing.T) {
			const n = 3000
			ctx := newContext(t)
			ep := endpoint(t, tr)
			r := newSocket(t, ctx, zmq.ROUTER)
			withDeadline(t, r)
			require.NoError(t, r.Bind(ep))
			d := sharedSocket(t, ctx, zmq.DEALER)
			withDeadline(t, d)
			require.NoError(t, d.Connect(ep))

			echoErr := make(chan error, 1)
			go func() {
				for i := 0; i < n; i++ {
					m, err := r.RecvMultipart(0)
					if err == nil {
						err = r.SendMultipart(m, 0)
					}
					if err != nil {
						echoErr <- err
						return
					}
				}
				echoErr <- nil
			}()
			// A ROUTER drops what its peer has no room for.
			ack, sendErr := testutil.WindowedSend(n, 100, func(i int) error {
				return d.Send([]byte(fmt.Sprint(i)), 0)
			})
			within(t, 30*time.Second, "receiving every echo", func() {
				for i := 0; i < n; i++ {
					m, err := d.Recv(0)
					require.NoError(t, err, "reply %d", i)
					require.Equal(t, fmt.Sprint(i), string(m))
					ack()
				}
			})
			require.NoError(t, <-sendErr)
			require.NoError(t, <-echoErr)
		})
	}
}

// Senders on several goroutines share one PUSH and receivers on several
// goroutines share one PULL: every message arrives once, and nobody is
// told the socket is busy.
func TestSharedManySendersAndReceivers(t *testing.T) {
	const senders, receivers, per = 4, 3, 1000
	ctx := newContext(t)
	ep := endpoint(t, "tcp")
	pull := sharedSocket(t, ctx, zmq.PULL)
	withDeadline(t, pull)
	push := sharedSocket(t, ctx, zmq.PUSH)
	withDeadline(t, push)
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))

	var mu sync.Mutex
	seen := map[string]int{}
	var wg sync.WaitGroup
	errs := make(chan error, senders+receivers)
	total := senders * per
	var left sync.WaitGroup
	left.Add(total)
	for r := 0; r < receivers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				m, err := pull.Recv(0)
				if errors.Is(err, zmq.ENOTSOCK) {
					return
				}
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				seen[string(m)]++
				mu.Unlock()
				left.Done()
			}
		}()
	}
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				if err := push.Send([]byte(fmt.Sprintf("%d-%d", s, i)), 0); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	within(t, 30*time.Second, "every message received", left.Wait)
	require.NoError(t, pull.Close())
	within(t, testTimeout, "receivers ending at Close", wg.Wait)
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Len(t, seen, total)
	for k, v := range seen {
		require.Equal(t, 1, v, "message %s", k)
	}
}

// Close while calls are parked on a shared socket, in both directions
// and waiting for a turn, ends them all with the closed error, promptly.
func TestSharedCloseWakesEveryone(t *testing.T) {
	for round := 0; round < 20; round++ {
		ctx := newContext(t)
		// No peer: Send waits as Recv does.
		d := sharedSocket(t, ctx, zmq.DEALER)
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for i := 0; i < 4; i++ {
			wg.Add(2)
			go func() {
				defer wg.Done()
				_, err := d.Recv(0)
				errs <- err
			}()
			go func() {
				defer wg.Done()
				errs <- d.Send([]byte("x"), 0)
			}()
		}
		time.Sleep(time.Duration(round%4) * 5 * time.Millisecond)
		within(t, testTimeout, "Close", func() { require.NoError(t, d.Close()) })
		within(t, testTimeout, "parked calls returning", wg.Wait)
		close(errs)
		for err := range errs {
			assert.ErrorIs(t, err, zmq.ENOTSOCK)
		}
	}
}

// A RecvCtx parked on a shared socket ends with its context, and the
// socket goes on working for the other goroutines.
func TestSharedRecvCtxCancelled(t *testing.T) {
	a, b := sharedPair(t)

	cctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := a.RecvCtx(cctx, 0)
		errc <- err
	}()
	time.Sleep(20 * time.Millisecond)
	require.NoError(t, a.Send([]byte("during"), 0))
	cancel()
	select {
	case err := <-errc:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(testTimeout):
		t.Fatal("RecvCtx did not end with its context")
	}
	assert.Equal(t, []byte("during"), recvWithin(t, b))
	sendWithin(t, b, []byte("after"), 0)
	m, err := a.Recv(0)
	require.NoError(t, err)
	assert.Equal(t, []byte("after"), m)
}

// A shared socket's timeout still holds: a parked Recv ends with EAGAIN.
func TestSharedRecvTimeout(t *testing.T) {
	ctx := newContext(t)
	a := sharedSocket(t, ctx, zmq.PULL)
	needVersion(t, 2, 2, 0, func() error { return a.SetRcvTimeout(50 * time.Millisecond) })
	require.NoError(t, a.SetRcvTimeout(50*time.Millisecond))
	require.NoError(t, a.Bind(endpoint(t, "inproc")))
	within(t, testTimeout, "Recv timing out", func() {
		_, err := a.Recv(0)
		assert.ErrorIs(t, err, zmq.EAGAIN)
	})
}

// A Poll holds its sockets for its whole run: a shared socket's other
// callers are told so rather than left waiting for it.
func TestSharedPollStaysExclusive(t *testing.T) {
	ctx := newContext(t)
	a := sharedSocket(t, ctx, zmq.PULL)
	require.NoError(t, a.Bind(endpoint(t, "inproc")))
	done := make(chan error, 1)
	go func() {
		_, err := zmq.Poll([]zmq.PollItem{{Socket: a, Events: zmq.POLLIN}}, 300*time.Millisecond)
		done <- err
	}()
	misuseWaitBusy(t, a, done) // a call meeting the Poll is told ErrSocketBusy
	require.NoError(t, <-done)
	_, err := a.RcvHWM()
	assert.NoError(t, err)
}

// An exclusive socket still refuses a second goroutine, and a shared one
// can be made exclusive again.
func TestSharedOff(t *testing.T) {
	ctx := newContext(t)
	a := sharedSocket(t, ctx, zmq.PULL)
	require.NoError(t, a.SetShared(false))
	assert.False(t, a.Shared())
	withDeadline(t, a)
	require.NoError(t, a.Bind(endpoint(t, "inproc")))
	errc := make(chan error, 1)
	go func() {
		_, err := a.Recv(0)
		errc <- err
	}()
	misuseWaitBusy(t, a, errc)
	require.NoError(t, a.Close())
	assert.ErrorIs(t, <-errc, zmq.ENOTSOCK)
}
