package zmq4_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	zmq4 "github.com/gozmq/gozmq/zmq4"
)

func TestPoller(t *testing.T) {
	ctx := newCtx(t)
	pull1, push1 := pair(t, ctx, zmq4.PULL, zmq4.PUSH)
	pull2, push2 := pair(t, ctx, zmq4.PULL, zmq4.PUSH)
	p := zmq4.NewPoller()
	assert.Equal(t, 0, p.Add(pull1, zmq4.POLLIN))
	assert.Equal(t, 1, p.Add(pull2, zmq4.POLLIN))

	ready, err := p.Poll(0)
	require.NoError(t, err)
	assert.Empty(t, ready)

	_, err = push2.Send("two", 0)
	require.NoError(t, err)
	ready, err = p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Same(t, pull2, ready[0].Socket)
	assert.Equal(t, zmq4.POLLIN, ready[0].Events)

	all, err := p.PollAll(0)
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Same(t, pull1, all[0].Socket)
	assert.Equal(t, zmq4.State(0), all[0].Events)
	assert.Equal(t, zmq4.POLLIN, all[1].Events)

	prev, err := p.Update(1, zmq4.POLLOUT)
	require.NoError(t, err)
	assert.Equal(t, zmq4.POLLIN, prev)
	ready, err = p.Poll(0)
	require.NoError(t, err)
	assert.Empty(t, ready, "PULL is never ready for POLLOUT")
	prev, err = p.UpdateBySocket(pull2, zmq4.POLLIN)
	require.NoError(t, err)
	assert.Equal(t, zmq4.POLLOUT, prev)

	// Removing item 0 moves pull2 to id 0, as in pebbe/zmq4.
	require.NoError(t, p.Remove(0))
	_, err = p.Update(1, zmq4.POLLIN)
	assert.Equal(t, zmq4.ErrorNoSocket, err)
	prev, err = p.Update(0, zmq4.POLLIN)
	require.NoError(t, err)
	assert.Equal(t, zmq4.POLLIN, prev)
	require.NoError(t, p.RemoveBySocket(pull2))
	assert.Equal(t, zmq4.ErrorNoSocket, p.RemoveBySocket(pull2))
	assert.Equal(t, zmq4.ErrorNoSocket, p.Remove(5))
	_, err = p.UpdateBySocket(pull1, zmq4.POLLIN)
	assert.Equal(t, zmq4.ErrorNoSocket, err)
	ready, err = p.Poll(time.Millisecond)
	require.NoError(t, err)
	assert.Empty(t, ready)

	_, err = push1.Send("one", 0)
	require.NoError(t, err)
	p.Add(pull1, zmq4.POLLIN)
	ready, err = p.Poll(-1)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Same(t, pull1, ready[0].Socket)
}

func TestPollerClosedSocket(t *testing.T) {
	ctx := newCtx(t)
	s, err := ctx.NewSocket(zmq4.PULL)
	require.NoError(t, err)
	p := zmq4.NewPoller()
	p.Add(s, zmq4.POLLIN)
	require.NoError(t, s.Close())
	_, err = p.Poll(0)
	assert.Equal(t, zmq4.ErrorSocketClosed, err)
}

func TestReactor(t *testing.T) {
	ctx := newCtx(t)
	pull, push := pair(t, ctx, zmq4.PULL, zmq4.PUSH)
	pull2, push2 := pair(t, ctx, zmq4.PULL, zmq4.PUSH)
	stop := errors.New("stop")
	r := zmq4.NewReactor()
	var got []string
	ch := make(chan interface{}, 4)
	ch <- "c1"
	ch <- "c2"
	chID := r.AddChannel(ch, 1, func(v interface{}) error {
		got = append(got, v.(string))
		return nil
	})
	ticks := 0
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	r.AddChannelTime(tick.C, 1, func(interface{}) error {
		ticks++
		return nil
	})
	r.AddSocket(pull2, zmq4.POLLIN, func(zmq4.State) error {
		t.Error("a removed socket's handler ran")
		return nil
	})
	r.AddSocket(pull, zmq4.POLLIN, func(s zmq4.State) error {
		m, err := pull.Recv(0)
		require.NoError(t, err)
		got = append(got, m)
		if m == "first" {
			// Removal while running: the other socket and the channel.
			r.RemoveSocket(pull2)
			r.RemoveChannel(chID)
			_, err = push2.Send("ignored", 0)
			require.NoError(t, err)
			ch <- "after removal"
			_, err = push.Send("last", 0)
			require.NoError(t, err)
			return nil
		}
		return stop
	})
	_, err := push.Send("first", 0)
	require.NoError(t, err)
	r.SetVerbose(false)
	within(t, func() { assert.Equal(t, stop, r.Run(10*time.Millisecond)) })
	assert.Contains(t, got, "c1")
	assert.Contains(t, got, "first")
	assert.Equal(t, "last", got[len(got)-1])
	assert.NotContains(t, got, "after removal")
}

func TestReactorErrors(t *testing.T) {
	r := zmq4.NewReactor()
	assert.Error(t, r.Run(time.Millisecond), "nothing to poll")
	ch := make(chan interface{})
	r.AddChannel(ch, 0, func(interface{}) error { return nil })
	assert.Error(t, r.Run(-1), "channels and an infinite interval")
	close(ch)
	within(t, func() {
		assert.Error(t, r.Run(time.Millisecond), "the closed channel is removed, then nothing is left")
	})
}
