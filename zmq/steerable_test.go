package zmq_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// steerSetup builds in -> [PULL frontend | PUSH backend] -> out and
// starts ProxySteerable with control, returning its result channel.
func steerSetup(t *testing.T, ctx *zmq.Context, capture, control *zmq.Socket) (in, out *zmq.Socket, done chan error) {
	t.Helper()
	front := newSocket(t, ctx, zmq.PULL)
	back := newSocket(t, ctx, zmq.PUSH)
	fe, be := endpoint(t, "tcp"), endpoint(t, "inproc")
	require.NoError(t, front.Bind(fe))
	require.NoError(t, back.Bind(be))
	in = newSocket(t, ctx, zmq.PUSH)
	out = newSocket(t, ctx, zmq.PULL)
	require.NoError(t, in.Connect(fe))
	require.NoError(t, out.Connect(be))
	done = make(chan error, 1)
	go func() { done <- zmq.ProxySteerable(front, back, capture, control) }()
	return in, out, done
}

func steerRequest(t *testing.T, req *zmq.Socket, cmd string) [][]byte {
	t.Helper()
	sendWithin(t, req, []byte(cmd), 0)
	return recvMultiWithin(t, req)
}

func TestProxySteerableREPControl(t *testing.T) {
	ctx := newContext(t)
	ctl := newSocket(t, ctx, zmq.REP)
	req := newSocket(t, ctx, zmq.REQ)
	ce := endpoint(t, "inproc")
	require.NoError(t, ctl.Bind(ce))
	require.NoError(t, req.Connect(ce))
	in, out, done := steerSetup(t, ctx, nil, ctl)

	sendWithin(t, in, []byte("one"), 0)
	assert.Equal(t, []byte("one"), recvWithin(t, out))

	assert.Equal(t, [][]byte{{}}, steerRequest(t, req, zmq.ProxyPause))
	sendWithin(t, in, []byte("two"), 0)
	// Paused: nothing moves. A short wait shows it; it cannot prove it.
	n, err := zmq.Poll([]zmq.PollItem{{Socket: out, Events: zmq.POLLIN}}, 50*time.Millisecond)
	require.NoError(t, err)
	assert.Equal(t, 0, n, "a paused proxy forwarded a message")

	assert.Equal(t, [][]byte{{}}, steerRequest(t, req, zmq.ProxyResume))
	assert.Equal(t, []byte("two"), recvWithin(t, out))

	sendWithin(t, in, []byte("abc"), zmq.SNDMORE)
	sendWithin(t, in, []byte("defg"), 0)
	assert.Equal(t, [][]byte{[]byte("abc"), []byte("defg")}, recvMultiWithin(t, out))

	// An unknown command is answered (REP) and ignored.
	assert.Equal(t, [][]byte{{}}, steerRequest(t, req, "HELLO"))

	st, err := zmq.ParseProxyStats(steerRequest(t, req, zmq.ProxyStatistics))
	require.NoError(t, err)
	assert.Equal(t, zmq.ProxyStats{
		FrontendRecvMsgs: 4, FrontendRecvBytes: 13,
		BackendSentMsgs: 4, BackendSentBytes: 13,
	}, st)

	assert.Equal(t, [][]byte{{}}, steerRequest(t, req, zmq.ProxyTerminate))
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(testTimeout):
		t.Fatal("TERMINATE did not end the proxy")
	}
}

func TestProxySteerablePAIRControlAndCapture(t *testing.T) {
	ctx := newContext(t)
	ctl := newSocket(t, ctx, zmq.PAIR)
	cmd := newSocket(t, ctx, zmq.PAIR)
	ce := endpoint(t, "inproc")
	require.NoError(t, ctl.Bind(ce))
	require.NoError(t, cmd.Connect(ce))
	capture := newSocket(t, ctx, zmq.PUSH)
	capOut := newSocket(t, ctx, zmq.PULL)
	cape := endpoint(t, "inproc")
	require.NoError(t, capOut.Bind(cape))
	require.NoError(t, capture.Connect(cape))
	in, out, done := steerSetup(t, ctx, capture, ctl)

	sendWithin(t, in, []byte("x"), 0)
	assert.Equal(t, []byte("x"), recvWithin(t, out))
	assert.Equal(t, []byte("x"), recvWithin(t, capOut))

	sendWithin(t, cmd, []byte(zmq.ProxyStatistics), 0)
	parts := recvMultiWithin(t, cmd)
	st, err := zmq.ParseProxyStats(parts)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), st.FrontendRecvMsgs)
	assert.Equal(t, uint64(1), st.BackendSentBytes)
	assert.Equal(t, []byte(zmq.ProxyStatistics), recvWithin(t, capOut), "commands are captured")

	// A multi-part message is no command; PAIR gets no answer.
	require.NoError(t, cmd.SendMultipart([][]byte{[]byte("TERMINATE"), []byte("x")}, 0))
	assert.Equal(t, [][]byte{[]byte("TERMINATE"), []byte("x")}, recvMultiWithin(t, capOut))
	sendWithin(t, in, []byte("y"), 0)
	assert.Equal(t, []byte("y"), recvWithin(t, out), "still running")

	sendWithin(t, cmd, []byte(zmq.ProxyTerminate), 0)
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(testTimeout):
		t.Fatal("TERMINATE did not end the proxy")
	}
	_, err = cmd.Recv(zmq.DONTWAIT)
	assert.Equal(t, zmq.EAGAIN, err, "PAIR control gets no answer to TERMINATE")
}

func TestProxySteerableCloseEnds(t *testing.T) {
	ctx := newContext(t)
	ctl := newSocket(t, ctx, zmq.PAIR)
	_, _, done := steerSetup(t, ctx, nil, ctl)
	time.Sleep(5 * time.Millisecond) // not synchronisation: any moment works
	require.NoError(t, ctl.Close())
	select {
	case err := <-done:
		assert.Equal(t, zmq.ENOTSOCK, err)
	case <-time.After(testTimeout):
		t.Fatal("closing the control socket did not end the proxy")
	}
	assert.Equal(t, zmq.EINVAL, zmq.ProxySteerable(nil, ctl, nil, ctl))
	_, err := zmq.ParseProxyStats([][]byte{{1}})
	assert.Equal(t, zmq.EINVAL, err)
}
