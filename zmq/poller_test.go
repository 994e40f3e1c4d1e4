package zmq_test

import (
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// pollerPair returns a connected PUSH/PULL pair over inproc.
func pollerPair(t testing.TB, ctx *zmq.Context) (push, pull *zmq.Socket) {
	t.Helper()
	pull = newSocket(t, ctx, zmq.PULL)
	push = newSocket(t, ctx, zmq.PUSH)
	ep := endpoint(t, "inproc")
	require.NoError(t, pull.Bind(ep))
	require.NoError(t, push.Connect(ep))
	return push, pull
}

func TestPollerSocketsAndFd(t *testing.T) {
	ctx := newContext(t)
	push1, pull1 := pollerPair(t, ctx)
	push2, pull2 := pollerPair(t, ctx)
	p := zmq.NewPoller()
	id1 := p.Add(pull1, zmq.POLLIN)
	id2 := p.Add(pull2, zmq.POLLIN)
	assert.NotEqual(t, id1, id2)
	assert.Equal(t, 2, p.Len())

	ready, err := p.Poll(0)
	require.NoError(t, err)
	assert.Empty(t, ready)

	sendWithin(t, push2, []byte("two"), 0)
	ready, err = p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Equal(t, id2, ready[0].ID)
	assert.Same(t, pull2, ready[0].Socket)
	assert.Equal(t, zmq.POLLIN, ready[0].Events)
	b, err := ready[0].Socket.Recv(zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, []byte("two"), b)

	sendWithin(t, push1, []byte("one"), 0)
	sendWithin(t, push2, []byte("two"), 0)
	waitReady(t, pull1, zmq.POLLIN)
	waitReady(t, pull2, zmq.POLLIN)
	ready, err = p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 2)
	assert.Equal(t, []int{id1, id2}, []int{ready[0].ID, ready[1].ID}, "in the order added")

	// Disabled items are not reported; re-enabled they are.
	require.NoError(t, p.Update(id1, 0))
	ready, err = p.Poll(0)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Equal(t, id2, ready[0].ID)
	require.NoError(t, p.UpdateSocket(pull1, zmq.POLLIN))
	ready, err = p.Poll(0)
	require.NoError(t, err)
	assert.Len(t, ready, 2)

	require.NoError(t, p.RemoveSocket(pull2))
	assert.Equal(t, zmq.EINVAL, p.RemoveSocket(pull2))
	assert.Equal(t, zmq.EINVAL, p.Remove(id2))
	assert.Equal(t, zmq.EINVAL, p.Update(id2, zmq.POLLIN))
	ready, err = p.Poll(0)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Equal(t, id1, ready[0].ID)
	// pull2 may be closed now without disturbing the Poller.
	require.NoError(t, pull2.Close())
	_, err = p.Poll(0)
	require.NoError(t, err)

	if runtime.GOOS == "windows" {
		return // zmq_poll takes sockets, not pipes, there
	}
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	require.NoError(t, p.Remove(id1))
	fid := p.AddFd(zmq.ZmqOsSocketType(r.Fd()), zmq.POLLIN)
	ready, err = p.Poll(0)
	require.NoError(t, err)
	assert.Empty(t, ready)
	_, err = w.Write([]byte{1})
	require.NoError(t, err)
	ready, err = p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Equal(t, fid, ready[0].ID)
	assert.Nil(t, ready[0].Socket)
	assert.Equal(t, zmq.ZmqOsSocketType(r.Fd()), ready[0].Fd)
	assert.Equal(t, zmq.POLLIN, ready[0].Events)
}

func TestPollerTimeoutAndErrors(t *testing.T) {
	ctx := newContext(t)
	_, pull := pollerPair(t, ctx)
	p := zmq.NewPoller()
	assert.Equal(t, -1, p.Add(nil, zmq.POLLIN))
	p.Add(pull, zmq.POLLIN)
	start := time.Now()
	ready, err := p.Poll(20 * time.Millisecond)
	require.NoError(t, err)
	assert.Empty(t, ready)
	assert.GreaterOrEqual(t, time.Since(start), 15*time.Millisecond, "the timeout was waited")

	// Closing a socket from another goroutine ends a Poll that waits
	// forever, with the socket's error.
	done := make(chan error, 1)
	go func() {
		_, err := p.Poll(-1)
		done <- err
	}()
	time.Sleep(5 * time.Millisecond) // not synchronisation: any moment works
	require.NoError(t, pull.Close())
	select {
	case err := <-done:
		assert.Equal(t, zmq.ENOTSOCK, err)
	case <-time.After(testTimeout):
		t.Fatal("Poll did not return after Close")
	}
	_, err = p.Poll(0)
	assert.Equal(t, zmq.ENOTSOCK, err)
}

func TestPollerBusySocket(t *testing.T) {
	ctx := newContext(t)
	_, pull := pollerPair(t, ctx)
	_, pull2 := pollerPair(t, ctx)
	p := zmq.NewPoller()
	p.Add(pull2, zmq.POLLIN)
	p.Add(pull, zmq.POLLIN)
	done := make(chan error, 1)
	go func() {
		// Poll below may hold pull for a moment: retry until in.
		for {
			_, err := pull.Recv(0)
			if err != zmq.ErrSocketBusy {
				done <- err
				return
			}
		}
	}()
	var err error
	for i := 0; i < 1000; i++ {
		if _, err = p.Poll(0); err == zmq.ErrSocketBusy {
			break
		}
		time.Sleep(time.Millisecond)
	}
	assert.Equal(t, zmq.ErrSocketBusy, err)
	// pull2, entered before pull was found busy, was released.
	_, err = pull2.Recv(zmq.DONTWAIT)
	assert.Equal(t, zmq.EAGAIN, err)
	require.NoError(t, pull.Close())
	<-done
}

func BenchmarkPollerPoll(b *testing.B) {
	ctx := newContext(b)
	push, pull := pollerPair(b, ctx)
	_, other := pollerPair(b, ctx)
	p := zmq.NewPoller()
	p.Add(other, zmq.POLLIN)
	p.Add(pull, zmq.POLLIN)
	require.NoError(b, push.Send([]byte("x"), 0))
	waitReady(b, pull, zmq.POLLIN)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ready, err := p.Poll(time.Second)
		if err != nil || len(ready) != 1 {
			b.Fatal(err, ready)
		}
	}
}
