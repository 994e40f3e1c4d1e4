package zmq_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// These tests pin down, one by one, the ABI differences between libzmq
// generations that the binding must speak. Each runs on every release;
// the assertions branch on the loaded version so that the same test
// binary checks the 2.x behaviour on 2.x and the 4.x one on 4.x.

func loadedVersion() versions.Version {
	a, b, c := zmq.Version()
	return versions.V(a, b, c)
}

// zmq_poll waits in microseconds on 2.x and milliseconds later: a
// 200 ms Poll with nothing ready must wait about 200 ms on both, not
// 0.2 ms or 200 s. The bounds are loose sanity bounds, not a speed test.
func TestABIPollTimeoutUnit(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	start := time.Now()
	within(t, testTimeout, "Poll(200ms)", func() {
		n, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, 200*time.Millisecond)
		assert.NoError(t, err)
		assert.Equal(t, 0, n)
	})
	waited := time.Since(start)
	assert.GreaterOrEqual(t, waited, 150*time.Millisecond, "poll returned too early: timeout unit wrong?")
	assert.Less(t, waited, 5*time.Second, "poll waited far too long: timeout unit wrong?")
}

// 2.x has one HWM (uint64); 3.x+ has SNDHWM and RCVHWM (int). Both
// spellings work everywhere.
func TestABIHighWaterMarks(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, s.SetSockOptUInt64(zmq.HWM, 123))
	hwm, err := s.GetSockOptUInt64(zmq.HWM)
	require.NoError(t, err)
	assert.EqualValues(t, 123, hwm)
	snd, err := s.GetSockOptInt(zmq.SNDHWM)
	require.NoError(t, err)
	rcv, err := s.GetSockOptInt(zmq.RCVHWM)
	require.NoError(t, err)
	assert.Equal(t, 123, snd, "HWM must set the send high water mark")
	assert.Equal(t, 123, rcv, "HWM must set the receive high water mark")

	require.NoError(t, s.SetSockOptInt(zmq.SNDHWM, 77))
	snd, err = s.GetSockOptInt(zmq.SNDHWM)
	require.NoError(t, err)
	assert.Equal(t, 77, snd)
	if loadedVersion().Major < 3 {
		hwm, err = s.GetSockOptUInt64(zmq.HWM)
		require.NoError(t, err)
		assert.EqualValues(t, 77, hwm, "on 2.x SNDHWM is HWM")
	}
}

// RCVMORE is int64 on 2.x and int from 3.0; both gozmq spellings read it
// on every release, and it is right after a multipart receive.
func TestABIRcvMoreTypes(t *testing.T) {
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PAIR)
	b := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, "inproc")
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))
	require.NoError(t, a.SendMultipart([][]byte{[]byte("one"), []byte("two")}, 0))
	assert.Equal(t, []byte("one"), recvWithin(t, b))
	more, err := b.GetSockOptInt(zmq.RCVMORE)
	require.NoError(t, err)
	assert.Equal(t, 1, more)
	more64, err := b.GetSockOptUInt64(zmq.RCVMORE)
	require.NoError(t, err)
	assert.EqualValues(t, 1, more64)
	assert.Equal(t, []byte("two"), recvWithin(t, b))
	m, err := b.RcvMore()
	require.NoError(t, err)
	assert.False(t, m)
}

// Options whose C type changed (RATE, RECOVERY_IVL int64 on 2.x, int
// later; SNDBUF/RCVBUF/AFFINITY uint64 on 2.x; EVENTS uint32 on 2.x)
// read and write through the same Go call on every release.
func TestABIChangedOptionTypes(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PUB)
	require.NoError(t, s.SetSockOptInt64(zmq.RATE, 200))
	rate, err := s.GetSockOptInt64(zmq.RATE)
	require.NoError(t, err)
	assert.EqualValues(t, 200, rate)
	require.NoError(t, s.SetSockOptUInt64(zmq.SNDBUF, 65536))
	buf, err := s.GetSockOptUInt64(zmq.SNDBUF)
	require.NoError(t, err)
	assert.EqualValues(t, 65536, buf)
	require.NoError(t, s.SetSockOptUInt64(zmq.AFFINITY, 1))
	aff, err := s.GetSockOptUInt64(zmq.AFFINITY)
	require.NoError(t, err)
	assert.EqualValues(t, 1, aff)
	ev, err := s.GetSockOptUInt64(zmq.EVENTS)
	require.NoError(t, err)
	assert.EqualValues(t, zmq.POLLOUT, ev&uint64(zmq.POLLOUT|zmq.POLLIN), "an unconnected PUB is writable (drops)")
	typ, err := s.GetSockOptUInt64(zmq.TYPE)
	require.NoError(t, err)
	assert.EqualValues(t, zmq.PUB, typ)
}

// 2.x-only options exist on 2.x and give a "removed" VersionError later;
// RCVTIMEO appeared in 2.2.
func TestABIOptionsByRelease(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.SUB)
	v := loadedVersion()
	_, err := s.GetSockOptInt64(zmq.SWAP)
	if v.Major < 3 {
		assert.NoError(t, err)
	} else {
		var ve *zmq.VersionError
		require.True(t, errors.As(err, &ve), "SWAP on %v: %v", v, err)
		assert.True(t, ve.Removed)
		assert.Contains(t, err.Error(), "SWAP was removed in libzmq 3.x")
	}
	err = s.SetSockOptInt(zmq.RCVTIMEO, 10)
	if v.Less(versions.V(2, 2, 0)) {
		var ve *zmq.VersionError
		require.True(t, errors.As(err, &ve), "RCVTIMEO on %v: %v", v, err)
		assert.Contains(t, err.Error(), "RCVTIMEO needs libzmq >= 2.2, loaded "+v.String())
		assert.True(t, errors.Is(err, errors.ErrUnsupported))
	} else {
		require.NoError(t, err)
		_, err := s.Recv(0)
		assert.Equal(t, zmq.EAGAIN, err, "RCVTIMEO must end a blocking Recv with EAGAIN")
	}
}

// NOBLOCK (2.x) and DONTWAIT (3.x+) are one flag.
func TestABINoBlock(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	_, err := s.Recv(zmq.NOBLOCK)
	assert.Equal(t, zmq.EAGAIN, err)
	_, err = s.Recv(zmq.DONTWAIT)
	assert.Equal(t, zmq.EAGAIN, err)
}

// zmq_unbind and zmq_disconnect appeared in 3.2.
func TestABIUnbindDisconnect(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PUSH)
	ep := endpoint(t, "tcp")
	require.NoError(t, s.Bind(ep))
	needVersion(t, 3, 2, 0, func() error { return s.Unbind(ep) })
	require.NoError(t, s.Unbind(ep))
	c := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, c.Connect(ep))
	require.NoError(t, c.Disconnect(ep))
}

// STREAM sockets appeared in 4.0.
func TestABIStreamSocket(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 0, 0, func() error {
		_, err := ctx.NewSocket(zmq.STREAM)
		return err
	})
	s := newSocket(t, ctx, zmq.STREAM)
	typ, err := s.GetSockOptUInt64(zmq.TYPE)
	require.NoError(t, err)
	assert.EqualValues(t, zmq.STREAM, typ)
}

// 2.x has only zmq_device, 3.2+ zmq_proxy; Proxy (with capture) runs on
// every release, moving multipart messages whole.
func TestABIProxyWithCaptureEveryRelease(t *testing.T) {
	ctx := newContext(t)
	front := newSocket(t, ctx, zmq.PULL)
	back := newSocket(t, ctx, zmq.PUSH)
	capIn := newSocket(t, ctx, zmq.PUSH)
	capOut := newSocket(t, ctx, zmq.PULL)
	in := newSocket(t, ctx, zmq.PUSH)
	out := newSocket(t, ctx, zmq.PULL)
	epFront, epBack, epCap := endpoint(t, "inproc"), endpoint(t, "inproc"), endpoint(t, "inproc")
	require.NoError(t, front.Bind(epFront))
	require.NoError(t, back.Bind(epBack))
	require.NoError(t, capOut.Bind(epCap))
	require.NoError(t, capIn.Connect(epCap))
	require.NoError(t, in.Connect(epFront))
	require.NoError(t, out.Connect(epBack))
	done := make(chan error, 1)
	go func() { done <- zmq.Proxy(front, back, capIn) }()

	msg := [][]byte{[]byte("a"), {}, []byte("ccc")}
	require.NoError(t, in.SendMultipart(msg, 0))
	assert.Equal(t, msg, recvMultiWithin(t, out))
	assert.Equal(t, msg, recvMultiWithin(t, capOut))

	// Closing the context ends the proxy with ETERM.
	go ctx.Close()
	select {
	case err := <-done:
		assert.Equal(t, zmq.ETERM, err)
	case <-time.After(testTimeout):
		t.Fatal("Proxy did not return after the context closed")
	}
}
