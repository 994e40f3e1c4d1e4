package zmq4_test

import (
	"errors"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
	zmq4 "github.com/gozmq/gozmq/zmq4"
)

func TestReqRepSendRecv(t *testing.T) {
	ctx := newCtx(t)
	rep, req := pair(t, ctx, zmq4.REP, zmq4.REQ)
	n, err := req.Send("hello", 0)
	require.NoError(t, err)
	assert.Equal(t, 5, n)
	s, err := rep.Recv(0)
	require.NoError(t, err)
	assert.Equal(t, "hello", s)
	n, err = rep.SendBytes([]byte{}, 0)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	b, err := req.RecvBytes(0)
	require.NoError(t, err)
	assert.NotNil(t, b)
	assert.Len(t, b, 0)
}

func TestSendMessageParts(t *testing.T) {
	ctx := newCtx(t)
	pull, push := pair(t, ctx, zmq4.PULL, zmq4.PUSH)
	n, err := push.SendMessage("a", []byte("bc"), []string{"d", "e"}, [][]byte{[]byte("f")}, 42, []string{})
	require.NoError(t, err)
	assert.Equal(t, 8, n)
	msg, err := pull.RecvMessage(0)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "bc", "d", "e", "f", "42"}, msg)

	_, err = push.SendMessageDontwait("x", "y")
	require.NoError(t, err)
	mb, err := pull.RecvMessageBytes(0)
	require.NoError(t, err)
	assert.Equal(t, [][]byte{[]byte("x"), []byte("y")}, mb)

	_, err = push.SendMessage("p", "q")
	require.NoError(t, err)
	m2, md, err := pull.RecvMessageWithMetadata(0, "Socket-Type")
	require.NoError(t, err)
	assert.Equal(t, []string{"p", "q"}, m2)
	if atLeast(4, 1, 0) {
		assert.Equal(t, "PUSH", md["Socket-Type"])
	} else {
		assert.Empty(t, md)
	}
	_, err = push.Send("r", 0)
	require.NoError(t, err)
	s, md, err := pull.RecvWithMetadata(0)
	require.NoError(t, err)
	assert.Equal(t, "r", s)
	assert.Empty(t, md)
	_, err = push.Send("s", 0)
	require.NoError(t, err)
	mb, _, err = pull.RecvMessageBytesWithMetadata(0, "Socket-Type")
	require.NoError(t, err)
	assert.Equal(t, [][]byte{[]byte("s")}, mb)
	_, err = push.Send("t", 0)
	require.NoError(t, err)
	b, _, err := pull.RecvBytesWithMetadata(0, "Socket-Type")
	require.NoError(t, err)
	assert.Equal(t, []byte("t"), b)
}

func TestPatterns(t *testing.T) {
	ctx := newCtx(t)
	t.Run("PUB-SUB", func(t *testing.T) {
		pub, sub := pair(t, ctx, zmq4.PUB, zmq4.SUB)
		require.NoError(t, sub.SetSubscribe("news"))
		deadline := time.Now().Add(testTimeout)
		for time.Now().Before(deadline) {
			_, err := pub.SendMessage("news", "x")
			require.NoError(t, err)
			if st, _ := sub.GetEvents(); st&zmq4.POLLIN != 0 {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		m, err := sub.RecvMessage(0)
		require.NoError(t, err)
		assert.Equal(t, []string{"news", "x"}, m)
	})
	t.Run("DEALER-ROUTER", func(t *testing.T) {
		router, dealer := pair(t, ctx, zmq4.ROUTER, zmq4.DEALER)
		_, err := dealer.SendMessage("", "job")
		require.NoError(t, err)
		m, err := router.RecvMessage(0)
		require.NoError(t, err)
		require.Len(t, m, 3)
		_, err = router.SendMessage(m[0], "", "done")
		require.NoError(t, err)
		r, err := dealer.RecvMessage(0)
		require.NoError(t, err)
		assert.Equal(t, []string{"", "done"}, r)
	})
	t.Run("PAIR-inproc", func(t *testing.T) {
		a := newSock(t, ctx, zmq4.PAIR)
		b := newSock(t, ctx, zmq4.PAIR)
		ep := inproc()
		require.NoError(t, a.Bind(ep))
		require.NoError(t, b.Connect(ep))
		_, err := a.Send("ping", 0)
		require.NoError(t, err)
		s, err := b.Recv(0)
		require.NoError(t, err)
		assert.Equal(t, "ping", s)
	})
	t.Run("XPUB-XSUB", func(t *testing.T) {
		needVersion(t, 3, 0, 0, nil)
		xpub, xsub := pair(t, ctx, zmq4.XPUB, zmq4.XSUB)
		_, err := xsub.SendBytes([]byte("\x01topic"), 0)
		require.NoError(t, err)
		s, err := xpub.Recv(0)
		require.NoError(t, err)
		assert.Equal(t, "\x01topic", s)
	})
	t.Run("STREAM", func(t *testing.T) {
		needVersion(t, 4, 0, 0, nil)
		s := newSock(t, ctx, zmq4.STREAM)
		ep := bindTCP(t, s)
		assert.True(t, strings.HasPrefix(ep, "tcp://127.0.0.1:"))
	})
}

func TestBindConnectUnbind(t *testing.T) {
	ctx := newCtx(t)
	s := newSock(t, ctx, zmq4.PUSH)
	ep := bindTCP(t, s)
	c := newSock(t, ctx, zmq4.PULL)
	require.NoError(t, c.Connect(ep))
	if !atLeast(3, 2, 0) {
		err := c.Disconnect(ep)
		var ve *zmq.VersionError
		require.True(t, errors.As(err, &ve), "%v", err)
		return
	}
	require.NoError(t, c.Disconnect(ep))
	// libzmq before 4.0 cannot unbind an endpoint bound with port *.
	ipc := "ipc://" + t.TempDir() + "/unbind.sock"
	require.NoError(t, s.Bind(ipc))
	require.NoError(t, s.Unbind(ipc))
	got, err := s.Context()
	require.NoError(t, err)
	assert.Same(t, ctx, got)
}

func TestErrorsComparedAsWithPebbe(t *testing.T) {
	ctx := newCtx(t)
	pull := newSock(t, ctx, zmq4.PULL)
	_, err := pull.Recv(zmq4.DONTWAIT)
	require.Error(t, err)
	assert.Equal(t, zmq4.Errno(syscall.EAGAIN), zmq4.AsErrno(err))
	assert.True(t, err == zmq4.Errno(syscall.EAGAIN))
	// As with pebbe/zmq4, the error is a zmq4.Errno, not a syscall.Errno.
	assert.False(t, err == error(syscall.EAGAIN))
	assert.True(t, errors.Is(err, syscall.EAGAIN))
	assert.True(t, errors.Is(err, zmq.EAGAIN))
	_, ok := err.(zmq4.Errno)
	assert.True(t, ok)

	req := newSock(t, ctx, zmq4.REQ)
	_, err = req.Recv(0)
	assert.Equal(t, zmq4.EFSM, zmq4.AsErrno(err))
	assert.True(t, err == zmq4.EFSM)
	assert.True(t, errors.Is(err, zmq.EFSM))
	assert.NotEmpty(t, err.Error())

	assert.Equal(t, zmq4.ENOTSUP, zmq4.AsErrno(zmq4.ENOTSUP))
	assert.Equal(t, zmq4.Errno(0), zmq4.AsErrno(errors.New("x")))
	assert.Equal(t, zmq4.Errno(syscall.EINVAL), zmq4.AsErrno(syscall.EINVAL))
	assert.Equal(t, "Operation cannot be accomplished in current state", zmq4.Error(int(zmq4.EFSM)))
	assert.Equal(t, zmq4.EFSM.Error(), zmq4.Error(int(zmq4.EFSM)))
}

func TestTermMakesBlockedCallReturnETERM(t *testing.T) {
	ctx, err := zmq4.NewContext()
	require.NoError(t, err)
	s, err := ctx.NewSocket(zmq4.PULL)
	require.NoError(t, err)
	got := make(chan error, 1)
	go func() { _, err := s.Recv(0); got <- err }()
	time.Sleep(50 * time.Millisecond)
	within(t, func() { require.NoError(t, ctx.Term()) })
	select {
	case err := <-got:
		assert.True(t, zmq4.AsErrno(err) == zmq4.ETERM || err == zmq4.ErrorSocketClosed, "%v", err)
	case <-time.After(testTimeout):
		t.Fatal("Recv still blocked after Term")
	}
	require.NoError(t, ctx.Term())
	_, err = ctx.NewSocket(zmq4.PUSH)
	assert.Equal(t, zmq4.ErrorContextClosed, err)
	_, err = ctx.GetIoThreads()
	assert.Equal(t, zmq4.ErrorContextClosed, err)
	_, err = s.Recv(0)
	assert.Equal(t, zmq4.ErrorSocketClosed, err)
}

func TestTermDoesNotHangOnForgottenSocket(t *testing.T) {
	ctx, err := zmq4.NewContext()
	require.NoError(t, err)
	s, err := ctx.NewSocket(zmq4.PUSH)
	require.NoError(t, err)
	require.NoError(t, s.Connect("tcp://127.0.0.1:1"))
	_, _ = s.Send("never delivered", zmq4.DONTWAIT)
	within(t, func() { require.NoError(t, ctx.Term()) })
}

func TestCloseFromOtherGoroutine(t *testing.T) {
	ctx := newCtx(t)
	s, err := ctx.NewSocket(zmq4.PULL)
	require.NoError(t, err)
	got := make(chan error, 1)
	go func() { _, err := s.Recv(0); got <- err }()
	time.Sleep(50 * time.Millisecond)
	within(t, func() { require.NoError(t, s.Close()) })
	select {
	case err := <-got:
		assert.Equal(t, zmq4.ErrorSocketClosed, err)
	case <-time.After(testTimeout):
		t.Fatal("Recv still blocked after Close")
	}
	require.NoError(t, s.Close())
	assert.Equal(t, "Socket(CLOSED)", s.String())
	_, err = s.Send("x", 0)
	assert.Equal(t, zmq4.ErrorSocketClosed, err)
	_, err = s.GetType()
	assert.Equal(t, zmq4.ErrorSocketClosed, err)
	assert.Equal(t, zmq4.ErrorSocketClosed, s.Bind(inproc()))
	_, err = s.Context()
	assert.Equal(t, zmq4.ErrorSocketClosed, err)
}

func TestConcurrentUseIsErrSocketBusy(t *testing.T) {
	ctx := newCtx(t)
	s := newSock(t, ctx, zmq4.PULL)
	needVersion(t, 2, 2, 0, func() error { return s.SetRcvtimeo(time.Second) })
	require.NoError(t, s.SetRcvtimeo(time.Second))
	go s.Recv(0)
	time.Sleep(100 * time.Millisecond)
	_, err := s.Recv(zmq4.DONTWAIT)
	assert.Equal(t, zmq4.ErrSocketBusy, err)
}

func TestNewSocketBadType(t *testing.T) {
	ctx := newCtx(t)
	s, err := ctx.NewSocket(zmq4.Type(99))
	require.Error(t, err)
	require.NotNil(t, s)
	_, err = s.Recv(0)
	assert.Equal(t, zmq4.ErrorSocketClosed, err)
}

func TestStringMethods(t *testing.T) {
	assert.Equal(t, "REQ", zmq4.REQ.String())
	assert.Equal(t, "STREAM", zmq4.STREAM.String())
	assert.Equal(t, "<INVALID>", zmq4.Type(99).String())
	assert.Equal(t, "DONTWAIT|SNDMORE", (zmq4.DONTWAIT | zmq4.SNDMORE).String())
	assert.Equal(t, "<NONE>", zmq4.Flag(0).String())
	assert.Equal(t, "POLLIN|POLLOUT", (zmq4.POLLIN | zmq4.POLLOUT).String())
	assert.Equal(t, "<NONE>", zmq4.State(0).String())
	assert.Equal(t, "EVENT_ALL", zmq4.EVENT_ALL.String())
	assert.Equal(t, "EVENT_CONNECTED|EVENT_CLOSED", (zmq4.EVENT_CONNECTED | zmq4.EVENT_CLOSED).String())
	if atLeast(4, 3, 0) {
		assert.Equal(t, "EVENT_HANDSHAKE_SUCCEEDED", zmq4.EVENT_HANDSHAKE_SUCCEEDED.String())
	}
	assert.Equal(t, "CURVE", zmq4.CURVE.String())
	assert.Equal(t, "NULL", zmq4.NULL.String())
	assert.Equal(t, "<INVALID>", zmq4.Mechanism(9).String())
	ctx := newCtx(t)
	s := newSock(t, ctx, zmq4.DEALER)
	assert.True(t, strings.HasPrefix(s.String(), "Socket(DEALER,0x"), s.String())
	require.NoError(t, s.SetIdentity("me"))
	assert.Equal(t, `Socket(DEALER,"me")`, s.String())
	p := zmq4.NewPoller()
	p.Add(s, zmq4.POLLIN)
	assert.Equal(t, `Poller[Socket(DEALER,"me")POLLIN]`, p.String())
}
