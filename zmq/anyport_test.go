package zmq_test

import (
	"net"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// TestBindAnyPort binds "tcp://127.0.0.1:*" and port 0 on every release
// (before 3.2 the binding picks the port) and checks that the endpoint
// BindEndpoint returns is one a peer can connect to.
func TestBindAnyPort(t *testing.T) {
	for _, ep := range []string{"tcp://127.0.0.1:*", "tcp://127.0.0.1:0", "tcp://*:*"} {
		t.Run(ep, func(t *testing.T) {
			ctx := newContext(t)
			pull := newSocket(t, ctx, zmq.PULL)
			bound, err := pull.BindEndpoint(ep)
			require.NoError(t, err)
			_, port, err := net.SplitHostPort(strings.TrimPrefix(bound, "tcp://"))
			require.NoError(t, err)
			require.NotContains(t, []string{"*", "0", ""}, port, "bound %q", bound)

			push := newSocket(t, ctx, zmq.PUSH)
			require.NoError(t, push.SetLinger(0))
			require.NoError(t, push.Connect("tcp://127.0.0.1:"+port))
			err = push.Send([]byte("hi"), 0)
			require.NoError(t, err)
			assert.Equal(t, []byte("hi"), recvWithin(t, pull))
		})
	}
}

// TestBindAnyPortPlain checks that plain Bind takes a wildcard port on
// every release, twice on one socket (two different ports).
func TestBindAnyPortPlain(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, s.Bind("tcp://127.0.0.1:*"))
	require.NoError(t, s.Bind("tcp://127.0.0.1:*"))
}

// TestBindEndpointFixed returns a fixed endpoint unchanged, and the
// error of a bind that fails.
func TestBindEndpointFixed(t *testing.T) {
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PULL)
	ep := endpoint(t, "tcp")
	got, err := a.BindEndpoint(ep)
	require.NoError(t, err)
	assert.Equal(t, ep, got)
	b := newSocket(t, ctx, zmq.PULL)
	_, err = b.BindEndpoint(ep)
	require.Error(t, err)
}
