package zmq_test

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

func chanRecv(t *testing.T, in <-chan [][]byte) [][]byte {
	t.Helper()
	select {
	case m, ok := <-in:
		require.True(t, ok, "In closed")
		return m
	case <-time.After(testTimeout):
		t.Fatal("nothing on In")
	}
	return nil
}

func chanSend(t *testing.T, out chan<- [][]byte, m [][]byte) {
	t.Helper()
	select {
	case out <- m:
	case <-time.After(testTimeout):
		t.Fatal("Out did not take the message")
	}
}

func chanClosed(t *testing.T, c *zmq.Channels) []error {
	t.Helper()
	var errs []error
	within(t, testTimeout, "In and Errors closing", func() {
		for range c.In {
		}
		for err := range c.Errors {
			errs = append(errs, err)
		}
	})
	return errs
}

func TestChannelsEchoServer(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			rep := newSocket(t, ctx, zmq.REP)
			ep := endpoint(t, tr)
			require.NoError(t, rep.Bind(ep))
			c, err := zmq.NewChannels(rep)
			require.NoError(t, err)
			defer c.Close()
			go func() {
				for m := range c.In {
					c.Out <- append([][]byte{[]byte("echo")}, m...)
				}
			}()
			req := newSocket(t, ctx, zmq.REQ)
			require.NoError(t, req.Connect(ep))
			for i := 0; i < 20; i++ {
				sendWithin(t, req, []byte(fmt.Sprint(i)), 0)
				assert.Equal(t, [][]byte{[]byte("echo"), []byte(fmt.Sprint(i))}, recvMultiWithin(t, req))
			}
		})
	}
}

// TestChannelsBothWays streams messages in both directions at once
// between two Channels, from several sending goroutines, with a reader
// that pauses, and checks nothing is lost or reordered per sender.
func TestChannelsBothWays(t *testing.T) {
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PAIR)
	b := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, "tcp")
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))
	ca, err := zmq.NewChannels(a)
	require.NoError(t, err)
	cb, err := zmq.NewChannels(b)
	require.NoError(t, err)
	const senders, n = 3, 400
	var wg sync.WaitGroup
	for _, c := range []*zmq.Channels{ca, cb} {
		for s := 0; s < senders; s++ {
			wg.Add(1)
			go func(c *zmq.Channels, s int) {
				defer wg.Done()
				for i := 0; i < n; i++ {
					c.Out <- [][]byte{[]byte(fmt.Sprint(s)), []byte(fmt.Sprint(i))}
				}
			}(c, s)
		}
	}
	check := func(c *zmq.Channels, pause bool) {
		next := make([]int, senders)
		for got := 0; got < senders*n; got++ {
			if pause && got == 10 {
				time.Sleep(20 * time.Millisecond) // let In fill up: not synchronisation
			}
			m := chanRecv(t, c.In)
			require.Len(t, m, 2)
			var s, i int
			fmt.Sscan(string(m[0]), &s)
			fmt.Sscan(string(m[1]), &i)
			require.Equal(t, next[s], i, "sender %d", s)
			next[s]++
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		check(ca, false)
	}()
	check(cb, true)
	<-done
	wg.Wait()
	require.NoError(t, ca.Close())
	require.NoError(t, cb.Close())
	assert.Empty(t, chanClosed(t, ca))
	assert.Empty(t, chanClosed(t, cb))
}

func TestChannelsSendErrorAndClose(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PUSH)
	// Parks starts the hub's goroutine, which lives as long as the
	// process: counted in the base, it is not taken for a leak when this
	// test runs alone.
	zmq.Parks(s)
	base := runtime.NumGoroutine()
	c, err := zmq.NewChannels(s)
	require.NoError(t, err)
	chanSend(t, c.Out, [][]byte{}) // no parts: EINVAL, reported and dropped
	select {
	case err := <-c.Errors:
		assert.Equal(t, zmq.EINVAL, err)
	case <-time.After(testTimeout):
		t.Fatal("no error reported")
	}
	require.NoError(t, c.Close())
	require.NoError(t, c.Close())
	assert.Empty(t, chanClosed(t, c))
	assert.Equal(t, zmq.ENOTSOCK, s.Send([]byte("x"), zmq.DONTWAIT), "Close closed the socket")
	// The goroutines are gone.
	deadline := time.Now().Add(testTimeout)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), base)
}

func TestChannelsContextClosed(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	s, err := ctx.NewSocket(zmq.PULL)
	require.NoError(t, err)
	c, err := zmq.NewChannels(s)
	require.NoError(t, err)
	within(t, testTimeout, "Context.Close", ctx.Close)
	errs := chanClosed(t, c)
	require.Len(t, errs, 1)
	assert.Equal(t, zmq.ETERM, errs[0])
	require.NoError(t, c.Close())

	_, err = zmq.NewChannels(nil)
	assert.Equal(t, zmq.EINVAL, err)
}

// TestChannelsContextClosedStops closes the context under Channels that
// were never closed (issue 23, case 6): their goroutines must end, and a
// send on Out must never block forever: it is dropped. One goroutine
// drains the Outs of all stopped Channels until the program closes them.
func TestChannelsContextClosedStops(t *testing.T) {
	ctx0 := newContext(t)
	zmq.Parks(newSocket(t, ctx0, zmq.PAIR)) // the hub's goroutine, for the base
	base := runtime.NumGoroutine()
	var outs []chan<- [][]byte
	for i := 0; i < 50; i++ {
		ctx, err := zmq.NewContext()
		require.NoError(t, err)
		s, err := ctx.NewSocket(zmq.DEALER)
		require.NoError(t, err)
		c, err := zmq.NewChannels(s)
		require.NoError(t, err)
		if i%2 == 0 {
			// A message waiting for a peer that never comes.
			chanSend(t, c.Out, [][]byte{[]byte("x")})
		}
		within(t, testTimeout, "Context.Close", ctx.Close)
		errs := chanClosed(t, c)
		assert.Equal(t, []error{zmq.ETERM}, errs)
		select {
		case <-c.Done():
		case <-time.After(testTimeout):
			t.Fatal("Done not closed after the context closed")
		}
		for j := 0; j < 20; j++ {
			chanSend(t, c.Out, [][]byte{[]byte("late")})
		}
		require.NoError(t, c.Close())
		outs = append(outs, c.Out)
	}
	waitGoroutines(t, base+1, "one drainer for every stopped Channels")
	for _, out := range outs {
		close(out)
	}
	waitGoroutines(t, base, "the drainer ends once every Out is closed")
}

func waitGoroutines(t *testing.T, want int, what string) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for runtime.NumGoroutine() > want && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), want, what)
}

// TestChannelsOutAfterStop: a program may close Out before or after the
// stop, and a sender blocked on Out (HWM 1, no peer) when the context
// closes is released.
func TestChannelsOutAfterStop(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	s, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	c, err := zmq.NewChannels(s)
	require.NoError(t, err)
	close(c.Out)
	within(t, testTimeout, "Context.Close", ctx.Close)
	chanClosed(t, c)
	require.NoError(t, c.Close())

	ctx, err = zmq.NewContext()
	require.NoError(t, err)
	s, err = ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, s.SetSockOptInt(zmq.SNDHWM, 1))
	c, err = zmq.NewChannels(s)
	require.NoError(t, err)
	var sent atomic.Int64
	stop := make(chan struct{})
	senderDone := make(chan struct{})
	go func() {
		defer close(senderDone)
		for {
			select {
			case c.Out <- [][]byte{[]byte("x")}: // no peer: blocks once the queue is full
				sent.Add(1)
			case <-stop:
				return
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	n := sent.Load()
	within(t, testTimeout, "Context.Close", ctx.Close)
	chanClosed(t, c)
	// The sender goes on: its sends are dropped, not blocked.
	deadline := time.After(testTimeout)
	for sent.Load() < n+100 {
		select {
		case <-deadline:
			t.Fatalf("sends on Out still blocked after the stop: %d before, %d now", n, sent.Load())
		default:
			time.Sleep(time.Millisecond)
		}
	}
	close(stop)
	<-senderDone
	require.NoError(t, c.Close())
	close(c.Out)
}

// Close right after the reactor reported an error: the pump's wake-up
// for that message may reach the reactor late, after its check for a
// Close, and take Close's wake-up with it; the reactor must still stop
// (it once parked in Poll for ever, about 1 Close in 750).
func TestChannelsCloseRightAfterReport(t *testing.T) {
	ctx := newContext(t)
	rounds := 300
	if testing.Short() {
		rounds = 30
	}
	for i := 0; i < rounds; i++ {
		s := newSocket(t, ctx, zmq.PUSH)
		c, err := zmq.NewChannels(s)
		require.NoError(t, err)
		chanSend(t, c.Out, [][]byte{}) // no parts: EINVAL, reported
		select {
		case <-c.Errors:
		case <-time.After(testTimeout):
			t.Fatal("no error reported")
		}
		within(t, testTimeout, fmt.Sprintf("Close in round %d", i), func() { require.NoError(t, c.Close()) })
	}
}
