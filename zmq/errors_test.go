package zmq_test

import (
	"errors"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Errors compare with == against the values gozmq always exposed
// (syscall.Errno for system numbers, the zmq package's variables for
// libzmq's own) and carry zmq_strerror's text. Every release answers
// the same here.

func TestErrorsBadEndpoints(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	for _, ep := range []string{"a malformed address", "tcp://", "tcp://127.0.0.1", "inproc://", "ipc://", ""} {
		err := s.Bind(ep)
		assert.True(t, err == syscall.EINVAL, "Bind(%q) = %v, want EINVAL", ep, err)
		assert.True(t, err == zmq.EINVAL)
		err = s.Connect(ep)
		assert.True(t, err == syscall.EINVAL, "Connect(%q) = %v, want EINVAL", ep, err)
	}
	// An unknown transport is EPROTONOSUPPORT on every release.
	for _, ep := range []string{"foo://x", "udpx://127.0.0.1:5555"} {
		assert.Equal(t, syscall.EPROTONOSUPPORT, s.Bind(ep), "Bind(%q)", ep)
		assert.Equal(t, syscall.EPROTONOSUPPORT, s.Connect(ep), "Connect(%q)", ep)
	}
	// A failed Bind leaves the socket usable.
	require.NoError(t, s.Bind(endpoint(t, "inproc")))

	// An address in use is the system's EADDRINUSE.
	ep := endpoint(t, "tcp")
	other := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, other.Bind(ep))
	assert.Equal(t, syscall.EADDRINUSE, s.Bind(ep))

	// A transport the socket type cannot use is libzmq's own
	// ENOCOMPATPROTO (udp, known from 4.3 in every build, is for
	// RADIO/DISH only).
	if atLeast(4, 3, 0) {
		err := s.Connect("udp://127.0.0.1:5555")
		assert.True(t, err == zmq.ENOCOMPATPROTO, "got %v", err)
		assert.Equal(t, "The protocol is not compatible with the socket type", err.Error())
	}
}

func TestErrorsBadArguments(t *testing.T) {
	ctx := newContext(t)
	_, err := ctx.NewSocket(zmq.SocketType(99))
	assert.Equal(t, zmq.EINVAL, err)
	s := newSocket(t, ctx, zmq.PAIR)
	assert.Equal(t, zmq.EINVAL, s.SetSockOptInt(zmq.IntSocketOption(9999), 1), "unknown option")
	_, err = s.GetSockOptInt(zmq.IntSocketOption(9999))
	assert.Equal(t, zmq.EINVAL, err)
	// SUBSCRIBE on a non-SUB socket.
	assert.Equal(t, zmq.EINVAL, s.SetSockOptString(zmq.SUBSCRIBE, "x"))
}

func TestErrorsClosedSocket(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.SUB)
	ep := endpoint(t, "inproc")
	require.NoError(t, s.Bind(ep))
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "closing twice is harmless")

	notsock := func(what string, err error) {
		t.Helper()
		assert.True(t, err == zmq.ENOTSOCK, "%s on a closed socket: got %v", what, err)
		assert.True(t, errors.Is(err, syscall.ENOTSOCK), "%s: errors.Is(err, syscall.ENOTSOCK)", what)
	}
	notsock("Bind", s.Bind(endpoint(t, "inproc")))
	notsock("Connect", s.Connect(ep))
	notsock("Send", s.Send([]byte("x"), 0))
	notsock("Send DONTWAIT", s.Send([]byte("x"), zmq.DONTWAIT))
	_, err := s.Recv(0)
	notsock("Recv", err)
	notsock("SendMultipart", s.SendMultipart([][]byte{{1}, {2}}, 0))
	_, err = s.RecvMultipart(0)
	notsock("RecvMultipart", err)
	_, err = s.RcvMore()
	notsock("RcvMore", err)
	notsock("SetSockOptString", s.SetSockOptString(zmq.SUBSCRIBE, "x"))
	_, err = s.GetSockOptInt(zmq.LINGER)
	notsock("GetSockOptInt", err)
	_, err = s.GetSockOptUInt64(zmq.TYPE)
	notsock("GetSockOptUInt64", err)
	_, err = zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, 0)
	notsock("Poll", err)
	if atLeast(3, 2, 0) {
		notsock("Unbind", s.Unbind(ep))
		notsock("Disconnect", s.Disconnect(ep))
	}
	// The text is the C library's, which differs between C libraries
	// (glibc: "Socket operation on non-socket", musl: "Not a socket"):
	// the number is what the checks above compare.
	if runtime.GOOS == "windows" {
		// The C run-time has no text for ENOTSOCK (strerror says
		// "Unknown error"): Go's is used.
		assert.Equal(t, syscall.ENOTSOCK.Error(), zmq.ENOTSOCK.Error())
	} else {
		assert.NotEmpty(t, zmq.ENOTSOCK.Error())
		assert.NotContains(t, zmq.ENOTSOCK.Error(), "Unknown error", "the C library has a text for ENOTSOCK")
	}
}

func TestErrorsEFSM(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			rep, req := patPair(t, ctx, tr, zmq.REP, zmq.REQ)

			// REQ must send first; REP must receive first. libzmq
			// answers at once, blocking flag or not.
			within(t, testTimeout, "REQ Recv before Send", func() {
				_, err := req.Recv(0)
				assert.True(t, err == zmq.EFSM, "got %v", err)
				_, err = req.Recv(zmq.DONTWAIT)
				assert.True(t, err == zmq.EFSM, "got %v", err)
				err = rep.Send([]byte("x"), 0)
				assert.True(t, err == zmq.EFSM, "REP Send before Recv: got %v", err)
			})
			sendWithin(t, req, []byte("q"), 0)
			assert.Equal(t, zmq.EFSM, req.Send([]byte("again"), zmq.DONTWAIT), "REQ sends twice")
			assert.Equal(t, "q", string(recvWithin(t, rep)))
			sendWithin(t, rep, []byte("a"), 0)
			assert.Equal(t, "a", string(recvWithin(t, req)))
		})
	}
	assert.Equal(t, "Operation cannot be accomplished in current state", zmq.EFSM.Error())
}

func TestErrorsETERM(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	defer ctx.Close()
	s, err := ctx.NewSocket(zmq.PULL)
	require.NoError(t, err)
	defer s.Close()
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	within(t, testTimeout, "Context.Close", ctx.Close)

	eterm := func(what string, err error) {
		t.Helper()
		assert.True(t, err == zmq.ETERM, "%s after Context.Close: got %v", what, err)
		assert.True(t, errors.Is(err, zmq.ETERM), "%s: errors.Is", what)
		assert.False(t, errors.Is(err, zmq.ENOTSOCK), "%s: ETERM is not ENOTSOCK", what)
	}
	_, err = s.Recv(0)
	eterm("Recv", err)
	eterm("Send", s.Send([]byte("x"), zmq.DONTWAIT))
	eterm("Bind", s.Bind(endpoint(t, "inproc")))
	_, err = s.GetSockOptInt(zmq.LINGER)
	eterm("GetSockOptInt", err)
	_, err = ctx.NewSocket(zmq.PUSH)
	eterm("NewSocket", err)
	assert.Equal(t, "Context was terminated", zmq.ETERM.Error())
	assert.NoError(t, s.Close(), "closing a socket the context closed is harmless")
}

func TestErrorsEAGAIN(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			_, pull := patPair(t, ctx, tr, zmq.PUSH, zmq.PULL)
			_, err := pull.Recv(zmq.DONTWAIT)
			assert.True(t, err == syscall.EAGAIN, "got %v", err)
			assert.True(t, err == zmq.EAGAIN)
			_, err = pull.RecvMultipart(zmq.NOBLOCK)
			assert.True(t, err == syscall.EAGAIN, "got %v", err)

			// A PUSH with no peer cannot send without blocking.
			lonely := newSocket(t, ctx, zmq.PUSH)
			assert.Equal(t, syscall.EAGAIN, lonely.Send([]byte("x"), zmq.DONTWAIT))
		})
	}
}

func TestErrorsRecvTimeout(t *testing.T) {
	// RCVTIMEO came with 2.2: on 2.1 it is a clear version error.
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	needVersion(t, 2, 2, 0, func() error { return s.SetSockOptInt(zmq.RCVTIMEO, 20) })
	require.NoError(t, s.SetSockOptInt(zmq.RCVTIMEO, 20))
	v, err := s.GetSockOptInt(zmq.RCVTIMEO)
	require.NoError(t, err)
	assert.Equal(t, 20, v)
	within(t, testTimeout, "Recv with RCVTIMEO", func() {
		_, err := s.Recv(0)
		assert.Equal(t, syscall.EAGAIN, err)
	})
}

func TestErrorsVersionUnbind(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, "tcp")
	require.NoError(t, s.Bind(ep))
	needVersion(t, 3, 2, 0, func() error { return s.Unbind(ep) })
	require.NoError(t, s.Unbind(ep))
}

func TestErrorsVersionDisconnect(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, "tcp")
	require.NoError(t, s.Connect(ep))
	needVersion(t, 3, 2, 0, func() error { return s.Disconnect(ep) })
	require.NoError(t, s.Disconnect(ep))
}

func TestErrorsVersionStream(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 0, 0, func() error {
		s, err := ctx.NewSocket(zmq.STREAM)
		if err == nil {
			s.Close()
		}
		return err
	})
	s := newSocket(t, ctx, zmq.STREAM)
	typ, err := s.GetSockOptUInt64(zmq.TYPE)
	require.NoError(t, err)
	assert.Equal(t, uint64(zmq.STREAM), typ)
}

func TestErrorsVersionErrorText(t *testing.T) {
	// Whatever the release, a VersionError names the feature, the release
	// needed and the one loaded, and matches errors.ErrUnsupported.
	a, b, c := loaded()
	err := error(&zmq.VersionError{Feature: "zmq_unbind", Need: "3.2", Loaded: "2.1.11"})
	assert.Equal(t, "gozmq: zmq_unbind needs libzmq >= 3.2, loaded 2.1.11", err.Error())
	assert.True(t, errors.Is(err, errors.ErrUnsupported))
	removed := &zmq.VersionError{Feature: "socket option SWAP", Need: "3.0", Loaded: "4.3.4", Removed: true}
	assert.Contains(t, removed.Error(), "removed")

	// A removed option on 3.0+ and an added one on 2.x, from the real
	// tables.
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PUB)
	var ve *zmq.VersionError
	if atLeast(3, 0, 0) {
		err = s.SetSockOptInt64(zmq.SWAP, 1)
		require.True(t, errors.As(err, &ve), "SWAP on %d.%d.%d: %v", a, b, c, err)
		assert.True(t, ve.Removed)
	} else {
		err = s.SetSockOptInt(zmq.IPV6, 1)
		require.True(t, errors.As(err, &ve), "IPV6 on %d.%d.%d: %v", a, b, c, err)
		assert.False(t, ve.Removed)
	}
	assert.True(t, strings.HasSuffix(err.Error(), "loaded "+ve.Loaded), err.Error())
}

func TestErrorsCodesAreDistinct(t *testing.T) {
	newContext(t)
	all := []error{zmq.ENOTSOCK, zmq.EFSM, zmq.EINVAL, zmq.ENOCOMPATPROTO, zmq.ETERM, zmq.EMTHREAD, zmq.EAGAIN, zmq.EINTR}
	for i, x := range all {
		assert.NotEmpty(t, x.Error())
		for j, y := range all {
			if i != j {
				assert.False(t, x == y, "%v == %v", x, y)
				assert.False(t, errors.Is(x, y), "errors.Is(%v, %v)", x, y)
			}
		}
	}
}
