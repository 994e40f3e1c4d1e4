package zmq_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Ports libzmq reads with atoi and truncates to 16 bits: each would
// bind or connect to a port nobody asked for (" 65617" is port 81,
// "  70000" 4464, " -1" 65535). Every call that takes an endpoint must
// refuse them with EINVAL and say why, on every release.
var misreadPorts = []string{" 65617", "  70000", " -1", "-1", "99999", "65536", "80x", "+80", "\t80", "80 ", "0x50"}

func TestEndpointPortMisread(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
	calls := map[string]func(string) error{"Bind": s.Bind, "Connect": s.Connect}
	if atLeast(3, 2, 0) {
		calls["Unbind"] = s.Unbind
		calls["Disconnect"] = s.Disconnect
	}
	for _, port := range misreadPorts {
		for _, ep := range []string{"tcp://127.0.0.1:" + port, "tcp://127.0.0.1:1;127.0.0.1:" + port,
			"udp://127.0.0.1:" + port, "ws://127.0.0.1:" + port + "/p", "epgm://127.0.0.1;239.1.1.1:" + port} {
			for name, call := range calls {
				err := call(ep)
				require.Error(t, err, "%s(%q)", name, ep)
				assert.ErrorIs(t, err, zmq.EINVAL, "%s(%q)", name, ep)
				assert.Contains(t, err.Error(), "port", "%s(%q)", name, ep)
			}
		}
	}
	// A wildcard is a port only for a local address.
	assert.ErrorIs(t, s.Connect("tcp://127.0.0.1:*"), zmq.EINVAL)
	// What a person means by a port still works.
	ep := endpoint(t, "tcp")
	require.NoError(t, s.Bind(ep))
	c := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, c.SetSockOptInt(zmq.LINGER, 0))
	require.NoError(t, c.Connect(ep))
	sendWithin(t, c, []byte("x"), 0)
	assert.Equal(t, "x", string(recvWithin(t, s)))
}
