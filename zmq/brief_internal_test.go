//go:build linux

package zmq

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/wait"
)

// The brief wait (brief.go, wait.Desc.Brief) must end on everything that ends a
// parked wait. With a window far longer than the test's deadlines, a
// receiver found inside it is woken by what the test does, not by the
// window running out.

// inBrief starts recv in a goroutine and waits a little for it to be in
// its brief wait; it returns the channel recv's error arrives on, and
// whether the wait was seen. The runtime may have another goroutine to
// run at that moment, and then the receiver parks instead: callers make
// their test either way and try again until a receiver was seen.
func inBrief(t *testing.T, recv func() error) (<-chan error, bool) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- recv() }()
	deadline := time.Now().Add(200 * time.Millisecond)
	for wait.Briefing() == 0 {
		if time.Now().After(deadline) {
			return done, false
		}
		select {
		case err := <-done:
			require.FailNow(t, "the receiver returned before it waited", "%v", err)
		case <-time.After(100 * time.Microsecond):
		}
	}
	return done, true
}

// briefAttempts runs try until it reports that its receiver was seen in
// the brief wait.
func briefAttempts(t *testing.T, try func() bool) {
	t.Helper()
	for i := 0; !try(); i++ {
		require.Less(t, i, 50, "no receiver was seen in its brief wait")
	}
}

func waitErr(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		require.FailNow(t, "the brief wait was not ended")
		return nil
	}
}

func longBrief(t *testing.T) {
	if forceThreadWait {
		t.Skip("GOZMQ_WAIT=thread: sockets do not park, so they never wait briefly")
	}
	if !wait.BriefPossible() {
		t.Skipf("no brief wait here (runnable-goroutine metric, GOMAXPROCS %d, thread interrupts)", runtime.GOMAXPROCS(0))
	}
	old := wait.SetBriefWindow(time.Hour)
	t.Cleanup(func() { wait.SetBriefWindow(old) })
}

var briefEndpoint int

func briefPair(t *testing.T, c *Context) (pull, push *Socket) {
	t.Helper()
	briefEndpoint++
	ep := fmt.Sprintf("inproc://brief-%d", briefEndpoint)
	pull, err := c.NewSocket(PULL)
	require.NoError(t, err)
	push, err = c.NewSocket(PUSH)
	require.NoError(t, err)
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))
	// Have pull take the commands the connection sent it, so that its
	// descriptor is quiet when a test's receiver starts waiting on it.
	_, err = pull.events()
	require.NoError(t, err)
	return pull, push
}

func TestBriefWaitEnds(t *testing.T) {
	longBrief(t)
	c, err := NewContext()
	require.NoError(t, err)
	defer c.Close()

	t.Run("message", func(t *testing.T) {
		briefAttempts(t, func() bool {
			pull, push := briefPair(t, c)
			defer pull.Close()
			defer push.Close()
			var got []byte
			done, seen := inBrief(t, func() error {
				var err error
				got, err = pull.Recv(0)
				return err
			})
			require.NoError(t, push.Send([]byte("x"), 0))
			require.NoError(t, waitErr(t, done))
			assert.Equal(t, []byte("x"), got)
			return seen
		})
	})

	t.Run("close", func(t *testing.T) {
		briefAttempts(t, func() bool {
			pull, push := briefPair(t, c)
			defer push.Close()
			done, seen := inBrief(t, func() error { _, err := pull.Recv(0); return err })
			require.NoError(t, pull.Close())
			assert.Equal(t, ENOTSOCK, waitErr(t, done))
			return seen
		})
	})

	t.Run("timeout", func(t *testing.T) {
		pull, push := briefPair(t, c)
		defer pull.Close()
		defer push.Close()
		if major, minor, _ := Version(); major == 2 && minor < 2 {
			t.Skip("skipped-by-version: RCVTIMEO needs libzmq >= 2.2")
		}
		require.NoError(t, pull.SetRcvTimeout(50*time.Millisecond))
		start := time.Now()
		_, err := pull.Recv(0)
		assert.Equal(t, EAGAIN, err)
		assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
	})

	t.Run("context", func(t *testing.T) {
		pull, push := briefPair(t, c)
		defer pull.Close()
		defer push.Close()
		// A call with a context parks at once, so there is no brief
		// wait to find; the context must end the call all the same.
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { _, err := pull.RecvCtx(ctx, 0); done <- err }()
		time.Sleep(20 * time.Millisecond) // not synchronisation: any moment works
		assert.Zero(t, wait.Briefing())
		cancel()
		err := waitErr(t, done)
		assert.True(t, errors.Is(err, context.Canceled), "%v", err)
	})
}

func TestBriefWaitEndsOnContextClose(t *testing.T) {
	longBrief(t)
	briefAttempts(t, func() bool {
		c, err := NewContext()
		require.NoError(t, err)
		pull, _ := briefPair(t, c)
		done, seen := inBrief(t, func() error { _, err := pull.Recv(0); return err })
		closed := make(chan struct{})
		go func() { c.Close(); close(closed) }()
		assert.Equal(t, ETERM, waitErr(t, done))
		select {
		case <-closed:
		case <-time.After(10 * time.Second):
			require.FailNow(t, "Context.Close did not return")
		}
		return seen
	})
}
