package zmq4_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	zmq4 "github.com/gozmq/gozmq/zmq4"
)

func TestVersionAndHas(t *testing.T) {
	a, b, c := zmq4.Version()
	assert.GreaterOrEqual(t, a, 2)
	assert.GreaterOrEqual(t, b, 0)
	assert.GreaterOrEqual(t, c, 0)
	if atLeast(4, 1, 0) {
		assert.True(t, zmq4.HasIpc())
	}
	// Each answers without failing, whatever the build has.
	_ = zmq4.HasPgm()
	_ = zmq4.HasTipc()
	_ = zmq4.HasNorm()
	_ = zmq4.HasCurve()
	_ = zmq4.HasGssapi()
}

func TestMonitorEvents(t *testing.T) {
	ctx := newCtx(t)
	rep := newSock(t, ctx, zmq4.REP)
	needVersion(t, 3, 2, 0, func() error { return rep.Monitor(inproc(), zmq4.EVENT_ALL) })
	addr := inproc()
	require.NoError(t, rep.Monitor(addr, zmq4.EVENT_LISTENING|zmq4.EVENT_ACCEPTED))
	mon := newSock(t, ctx, zmq4.PAIR)
	require.NoError(t, mon.Connect(addr))
	ep := bindTCP(t, rep)
	req := newSock(t, ctx, zmq4.REQ)
	require.NoError(t, req.Connect(ep))
	var seen []zmq4.Event
	for len(seen) < 2 {
		ev, a, _, err := mon.RecvEvent(0)
		require.NoError(t, err)
		seen = append(seen, ev)
		if atLeast(3, 2, 2) {
			// Before 4.1 the LISTENING event names the wildcard port.
			assert.True(t, strings.HasPrefix(a, "tcp://127.0.0.1:"), a)
		}
	}
	assert.Equal(t, []zmq4.Event{zmq4.EVENT_LISTENING, zmq4.EVENT_ACCEPTED}, seen)
	require.NoError(t, rep.Monitor("", 0))
}

func TestProxy(t *testing.T) {
	ctx := newCtx(t)
	front, client := pair(t, ctx, zmq4.ROUTER, zmq4.REQ)
	back, worker := pair(t, ctx, zmq4.DEALER, zmq4.REP)
	done := make(chan error, 1)
	go func() { done <- zmq4.Proxy(front, back, nil) }()
	_, err := client.Send("work", 0)
	require.NoError(t, err)
	m, err := worker.Recv(0)
	require.NoError(t, err)
	assert.Equal(t, "work", m)
	_, err = worker.Send("done", 0)
	require.NoError(t, err)
	m, err = client.Recv(0)
	require.NoError(t, err)
	assert.Equal(t, "done", m)
	require.NoError(t, front.Close())
	select {
	case err := <-done:
		assert.Error(t, err)
	case <-time.After(testTimeout):
		t.Fatal("Proxy still running after Close")
	}
	assert.Equal(t, zmq4.ErrorSocketClosed, zmq4.Proxy(front, back, nil))
}

func TestProxySteerable(t *testing.T) {
	ctx := newCtx(t)
	front, push := pair(t, ctx, zmq4.PULL, zmq4.PUSH)
	back, pull := pair(t, ctx, zmq4.PUSH, zmq4.PULL)
	ctlIn := newSock(t, ctx, zmq4.PAIR)
	ctl := newSock(t, ctx, zmq4.PAIR)
	ep := inproc()
	require.NoError(t, ctlIn.Bind(ep))
	require.NoError(t, ctl.Connect(ep))
	done := make(chan error, 1)
	go func() { done <- zmq4.ProxySteerable(front, back, nil, ctlIn) }()
	_, err := push.Send("m", 0)
	require.NoError(t, err)
	m, err := pull.Recv(0)
	require.NoError(t, err)
	assert.Equal(t, "m", m)
	_, err = ctl.Send("TERMINATE", 0)
	require.NoError(t, err)
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(testTimeout):
		t.Fatal("ProxySteerable ignored TERMINATE")
	}
}
