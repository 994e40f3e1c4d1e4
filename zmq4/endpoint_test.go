package zmq4_test

import (
	"errors"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	zmq4 "github.com/gozmq/gozmq/zmq4"
)

// A port libzmq would misread (" 65617" is port 81 to atoi truncated to
// 16 bits) is refused by this face too, with EINVAL that AsErrno and
// errors.Is see.
func TestEndpointPortMisread(t *testing.T) {
	ctx, err := zmq4.NewContext()
	require.NoError(t, err)
	defer ctx.Term()
	s, err := ctx.NewSocket(zmq4.PAIR)
	require.NoError(t, err)
	defer s.Close()
	require.NoError(t, s.SetLinger(0))
	calls := map[string]func(string) error{"Bind": s.Bind, "Connect": s.Connect}
	if atLeast(3, 2, 0) {
		calls["Unbind"], calls["Disconnect"] = s.Unbind, s.Disconnect
	}
	for _, ep := range []string{"tcp://127.0.0.1: 65617", "tcp://127.0.0.1:  70000", "tcp://127.0.0.1: -1", "udp://*: 1"} {
		for name, call := range calls {
			err := call(ep)
			assert.Equal(t, zmq4.Errno(syscall.EINVAL), zmq4.AsErrno(err), "%s(%q): %v", name, ep, err)
			assert.True(t, errors.Is(err, syscall.EINVAL), "%s(%q)", name, ep)
		}
	}
}
