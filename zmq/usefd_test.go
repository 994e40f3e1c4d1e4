package zmq_test

import (
	"fmt"
	"os"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// A descriptor handed over with ZMQ_USE_FD is adopted by the next Bind:
// libzmq polls and accepts on it and aborts when either fails. Bind
// refuses every descriptor that is not a listening stream socket. Each case would kill the process without the
// check, so the test runs in a child.

func TestBindUseFdChecked(t *testing.T) {
	if !atLeast(4, 2, 0) {
		t.Skip("ZMQ_USE_FD needs libzmq 4.2")
	}
	if os.Getenv(coreChildEnv) != t.Name() {
		coreRunChild(t, t.Name())
		return
	}
	ctx := newContext(t)
	tcp := "tcp://127.0.0.1:*"
	type useFdCase struct {
		name, ep string
		fd       int
	}
	cases := []useFdCase{
		{"never open", tcp, int(neverOpenFd())},
		{"udp socket", tcp, rawSocket(t, false, false, true)},
		{"tcp socket not listening", tcp, rawSocket(t, false, false, false)},
	}
	if runtime.GOOS != "windows" {
		ipc := endpoint(t, "ipc")
		r, w, err := os.Pipe()
		require.NoError(t, err)
		defer r.Close()
		defer w.Close()
		cases = append(cases,
			useFdCase{"pipe", ipc, int(r.Fd())},
			useFdCase{"unix socket not listening", ipc, rawSocket(t, true, false, false)})
	}
	// libzmq itself refuses a negative value other than -1.
	require.Error(t, newSocket(t, ctx, zmq.PULL).SetUseFd(-5))
	for _, c := range cases {
		s := newSocket(t, ctx, zmq.PULL)
		require.NoError(t, s.SetUseFd(c.fd), c.name)
		err := s.Bind(c.ep)
		require.ErrorIs(t, err, zmq.EINVAL, c.name)
		assert.Contains(t, err.Error(), "USE_FD", c.name)
		// The socket is fine otherwise: without USE_FD it binds.
		require.NoError(t, s.SetUseFd(-1))
		require.NoError(t, s.Bind(tcp), c.name)
	}

	// A listening TCP socket is adopted: a peer reaches it at its port.
	fd, port := rawListener(t)
	pull := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, pull.SetUseFd(fd))
	require.NoError(t, pull.Bind(tcp))
	push := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, push.Connect(fmt.Sprintf("tcp://127.0.0.1:%d", port)))
	sendWithin(t, push, []byte("adopted"), 0)
	waitReady(t, pull, zmq.POLLIN)
	b, err := pull.Recv(zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, []byte("adopted"), b)
}
