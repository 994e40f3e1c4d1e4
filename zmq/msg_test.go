package zmq_test

import (
	"bytes"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/zmq"
)

// zcPair returns a connected PAIR of sockets over transport, the first
// bound, the second connected, with a handshake done so that sends do
// not race the connection.
func zcPair(t *testing.T, transport string) (*zmq.Socket, *zmq.Socket) {
	t.Helper()
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PAIR)
	b := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, transport)
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))
	sendWithin(t, b, []byte("hello"), 0)
	require.Equal(t, []byte("hello"), recvWithin(t, a))
	return a, b
}

// zcPattern returns n bytes that differ from one size to the next.
func zcPattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + n)
	}
	return b
}

// zcRecvWithin is RecvMsg with a deadline.
func zcRecvWithin(t *testing.T, s *zmq.Socket, m *zmq.Msg) {
	t.Helper()
	waitReady(t, s, zmq.POLLIN)
	require.NoError(t, s.RecvMsg(m, zmq.DONTWAIT))
}

var zcSizes = []int{0, 1, 16, 29, 30, 33, 100, 1024, 65536, 1 << 20, 1<<20 + 1}

func TestMsgRecvMsgSizesAndTransports(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := zcPair(t, tr)
			m := zmq.NewMsg()
			defer m.Close()
			for _, n := range zcSizes {
				want := zcPattern(n)
				sendWithin(t, b, want, 0)
				zcRecvWithin(t, a, m)
				require.Equal(t, n, m.Size())
				require.True(t, bytes.Equal(want, m.Data()), "size %d", n)
				require.False(t, m.More())
			}
		})
	}
}

func TestMsgZeroValueAndReuseAfterClose(t *testing.T) {
	a, b := zcPair(t, "inproc")
	var m zmq.Msg
	assert.Nil(t, m.Data())
	assert.Equal(t, 0, m.Size())
	assert.False(t, m.More())
	require.NoError(t, m.Close())

	sendWithin(t, b, []byte("one"), 0)
	zcRecvWithin(t, a, &m)
	require.Equal(t, []byte("one"), m.Data())
	require.NoError(t, m.Close())
	assert.Nil(t, m.Data())
	assert.Equal(t, 0, m.Size())
	require.NoError(t, m.Close(), "closing twice is harmless")

	sendWithin(t, b, []byte("two"), 0)
	zcRecvWithin(t, a, &m)
	require.Equal(t, []byte("two"), m.Data())
	require.NoError(t, m.Close())
}

func TestMsgMultipartMore(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := zcPair(t, tr)
			parts := [][]byte{[]byte("head"), {}, zcPattern(70000), []byte("tail")}
			waitReady(t, b, zmq.POLLOUT)
			require.NoError(t, b.SendMultipart(parts, 0))
			m := zmq.NewMsg()
			defer m.Close()
			for i, want := range parts {
				zcRecvWithin(t, a, m)
				require.Equal(t, want, append([]byte{}, m.Data()...), "part %d", i)
				require.Equal(t, i < len(parts)-1, m.More(), "part %d", i)
				more, err := a.RcvMore()
				require.NoError(t, err)
				require.Equal(t, i < len(parts)-1, more, "RcvMore after RecvMsg, part %d", i)
			}
		})
	}
}

func TestMsgInitSizeSendMsg(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := zcPair(t, tr)
			m := zmq.NewMsg()
			defer m.Close()
			for _, n := range zcSizes {
				want := zcPattern(n)
				require.NoError(t, m.InitSize(n))
				require.Equal(t, n, m.Size())
				require.Equal(t, n, len(m.Data()))
				copy(m.Data(), want)
				waitReady(t, b, zmq.POLLOUT)
				require.NoError(t, b.SendMsg(m, zmq.DONTWAIT))
				assert.Equal(t, 0, m.Size(), "a sent message is empty")
				assert.Nil(t, m.Data())
				require.True(t, bytes.Equal(want, recvWithin(t, a)), "size %d", n)
			}
		})
	}
}

func TestMsgSendMsgMultipartAndForward(t *testing.T) {
	a, b := zcPair(t, "tcp")
	c, d := zcPair(t, "inproc")
	m := zmq.NewMsg()
	defer m.Close()
	require.NoError(t, m.InitSize(3))
	copy(m.Data(), "abc")
	waitReady(t, b, zmq.POLLOUT)
	require.NoError(t, b.SendMsg(m, zmq.SNDMORE|zmq.DONTWAIT))
	// An empty Msg sends an empty part.
	require.NoError(t, b.SendMsg(m, zmq.SNDMORE|zmq.DONTWAIT))
	require.NoError(t, m.InitSize(100000))
	copy(m.Data(), zcPattern(100000))
	require.NoError(t, b.SendMsg(m, zmq.DONTWAIT))

	// Forward every part from a to c without copying it.
	for i := 0; i < 3; i++ {
		zcRecvWithin(t, a, m)
		f := zmq.SendRecvOption(0)
		if m.More() {
			f = zmq.SNDMORE
		}
		waitReady(t, c, zmq.POLLOUT)
		require.NoError(t, c.SendMsg(m, f|zmq.DONTWAIT))
	}
	got := recvMultiWithin(t, d)
	require.Equal(t, [][]byte{[]byte("abc"), {}, zcPattern(100000)}, got)
}

func TestMsgSendMsgFailureKeepsContent(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PUSH) // no peer: nothing can be sent
	m := zmq.NewMsg()
	defer m.Close()
	require.NoError(t, m.InitSize(5))
	copy(m.Data(), "keep!")
	err := s.SendMsg(m, zmq.DONTWAIT)
	require.ErrorIs(t, err, zmq.EAGAIN)
	require.Equal(t, []byte("keep!"), m.Data())
}

func TestMsgInitSizeNegative(t *testing.T) {
	m := zmq.NewMsg()
	require.ErrorIs(t, m.InitSize(-1), zmq.EINVAL)
	require.NoError(t, m.Close())
}

func TestMsgRecvMsgEAGAINLeavesEmpty(t *testing.T) {
	a, b := zcPair(t, "inproc")
	m := zmq.NewMsg()
	defer m.Close()
	sendWithin(t, b, []byte("x"), 0)
	zcRecvWithin(t, a, m)
	require.ErrorIs(t, a.RecvMsg(m, zmq.DONTWAIT), zmq.EAGAIN)
	require.Equal(t, 0, m.Size())
	require.Nil(t, m.Data())
}

func TestMsgRecvIntoSizes(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := zcPair(t, tr)
			buf := make([]byte, 70000)
			for _, n := range []int{0, 1, 16, 1024, 65536, 70000} {
				want := zcPattern(n)
				sendWithin(t, b, want, 0)
				waitReady(t, a, zmq.POLLIN)
				got, err := a.RecvInto(buf, zmq.DONTWAIT)
				require.NoError(t, err)
				require.Equal(t, n, got)
				require.True(t, bytes.Equal(want, buf[:got]), "size %d", n)
			}
		})
	}
}

func TestMsgRecvIntoTruncates(t *testing.T) {
	a, b := zcPair(t, "tcp")
	want := zcPattern(1000)
	buf := make([]byte, 10)

	sendWithin(t, b, want, 0)
	waitReady(t, a, zmq.POLLIN)
	n, err := a.RecvInto(buf, zmq.DONTWAIT)
	require.ErrorIs(t, err, zmq.ErrTruncated)
	require.Equal(t, 1000, n, "the full size is returned")
	require.Equal(t, want[:10], buf)

	// An empty buffer still reports the size, and the next part is
	// received normally: the rest of a truncated part is dropped.
	sendWithin(t, b, want, 0)
	sendWithin(t, b, []byte("next"), 0)
	waitReady(t, a, zmq.POLLIN)
	n, err = a.RecvInto(nil, zmq.DONTWAIT)
	require.True(t, errors.Is(err, zmq.ErrTruncated))
	require.Equal(t, 1000, n)
	waitReady(t, a, zmq.POLLIN)
	n, err = a.RecvInto(buf, zmq.DONTWAIT)
	require.NoError(t, err)
	require.Equal(t, "next", string(buf[:n]))
}

func TestMsgRecvIntoMultipartRcvMore(t *testing.T) {
	a, b := zcPair(t, "ipc")
	waitReady(t, b, zmq.POLLOUT)
	require.NoError(t, b.SendMultipart([][]byte{[]byte("a"), []byte("bb"), []byte("ccc")}, 0))
	buf := make([]byte, 8)
	for i, want := range []string{"a", "bb", "ccc"} {
		waitReady(t, a, zmq.POLLIN)
		n, err := a.RecvInto(buf, zmq.DONTWAIT)
		require.NoError(t, err)
		require.Equal(t, want, string(buf[:n]))
		more, err := a.RcvMore()
		require.NoError(t, err)
		require.Equal(t, i < 2, more, "part %d", i)
	}
}

func TestMsgRecvIntoEAGAIN(t *testing.T) {
	a, _ := zcPair(t, "inproc")
	n, err := a.RecvInto(make([]byte, 4), zmq.DONTWAIT)
	require.ErrorIs(t, err, zmq.EAGAIN)
	require.Equal(t, 0, n)
}

func TestMsgOnClosedSocket(t *testing.T) {
	ctx := newContext(t)
	s, err := ctx.NewSocket(zmq.PAIR)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	m := zmq.NewMsg()
	require.ErrorIs(t, s.RecvMsg(m, zmq.DONTWAIT), zmq.ENOTSOCK)
	require.ErrorIs(t, s.SendMsg(m, zmq.DONTWAIT), zmq.ENOTSOCK)
	_, err = s.RecvInto(make([]byte, 1), zmq.DONTWAIT)
	require.ErrorIs(t, err, zmq.ENOTSOCK)
}

// TestMsgDroppedAreReleased drops messages holding libzmq memory and
// runs the collector: their cleanup closes them (a double close or a
// close of live memory would crash here).
func TestMsgDroppedAreReleased(t *testing.T) {
	a, b := zcPair(t, "inproc")
	for i := 0; i < 20; i++ {
		m := zmq.NewMsg()
		require.NoError(t, m.InitSize(1<<20))
		if i%2 == 0 {
			require.NoError(t, m.Close())
		}
		r := zmq.NewMsg()
		sendWithin(t, b, zcPattern(40000), 0)
		zcRecvWithin(t, a, r)
	}
	runtime.GC()
	runtime.GC()
	keep := zmq.NewMsg()
	sendWithin(t, b, []byte("still fine"), 0)
	zcRecvWithin(t, a, keep)
	runtime.GC()
	require.Equal(t, []byte("still fine"), keep.Data())
	require.NoError(t, keep.Close())
}

// A round trip in which both sides wait for each other (in the brief
// wait or parked in the runtime poller) allocates nothing either: the
// waits reuse the socket's channel, timer and buffers.
func TestWaitAllocsPerRoundTrip(t *testing.T) {
	if !ccall.AllocFree {
		t.Skip("the portable call path (purego, -tags gozmq_purego or a non-amd64 build) allocates per call")
	}
	a, b := zcPair(t, "tcp")
	const runs = 200
	echoed := make(chan error, 1)
	go func() {
		m := zmq.NewMsg()
		defer m.Close()
		for i := 0; i < runs+1; i++ { // AllocsPerRun runs f once more to warm up
			if err := b.RecvMsg(m, 0); err != nil {
				echoed <- err
				return
			}
			if err := b.SendMsg(m, 0); err != nil {
				echoed <- err
				return
			}
		}
		echoed <- nil
	}()
	payload := zcPattern(16)
	m := zmq.NewMsg()
	defer m.Close()
	var allocs float64
	within(t, testTimeout, "round trips", func() {
		allocs = testing.AllocsPerRun(runs, func() {
			if err := a.Send(payload, 0); err != nil {
				panic(err)
			}
			if err := a.RecvMsg(m, 0); err != nil || m.Size() != len(payload) {
				panic("RecvMsg")
			}
		})
	})
	select {
	case err := <-echoed:
		require.NoError(t, err)
	case <-time.After(testTimeout):
		require.FailNow(t, "the echo goroutine did not finish")
	}
	assert.Equal(t, 0.0, allocs, "allocations per round trip")
}

// The allocation properties of the hot paths: no Go allocation per
// message for the reuse API, at most the returned slice for Recv. The
// same goroutine sends and receives over inproc, so every receive finds
// its message already queued; within bounds the whole loop.
func TestMsgAllocsPerMessage(t *testing.T) {
	if !ccall.AllocFree {
		t.Skip("the portable call path (purego, -tags gozmq_purego or a non-amd64 build) allocates per call")
	}
	a, b := zcPair(t, "inproc")
	payload := zcPattern(1024)
	buf := make([]byte, 2048)
	m := zmq.NewMsg()
	defer m.Close()
	out := zmq.NewMsg()
	defer out.Close()
	measure := func(name string, f func()) float64 {
		var allocs float64
		within(t, testTimeout, name, func() { allocs = testing.AllocsPerRun(200, f) })
		return allocs
	}

	recvMsg := measure("Send+RecvMsg", func() {
		if err := b.Send(payload, 0); err != nil {
			panic(err)
		}
		if err := a.RecvMsg(m, 0); err != nil || m.Size() != len(payload) || m.Data()[5] != payload[5] {
			panic("RecvMsg")
		}
	})
	assert.Equal(t, 0.0, recvMsg, "Send + RecvMsg allocations per message")

	recvInto := measure("Send+RecvInto", func() {
		if err := b.Send(payload, 0); err != nil {
			panic(err)
		}
		if n, err := a.RecvInto(buf, 0); err != nil || n != len(payload) {
			panic("RecvInto")
		}
	})
	assert.Equal(t, 0.0, recvInto, "Send + RecvInto allocations per message")

	zeroCopy := measure("InitSize+SendMsg+RecvMsg", func() {
		if err := out.InitSize(len(payload)); err != nil {
			panic(err)
		}
		copy(out.Data(), payload)
		if err := b.SendMsg(out, 0); err != nil {
			panic(err)
		}
		if err := a.RecvMsg(m, 0); err != nil || m.Size() != len(payload) {
			panic("RecvMsg")
		}
	})
	assert.Equal(t, 0.0, zeroCopy, "InitSize + SendMsg + RecvMsg allocations per message")

	plain := measure("Send+Recv", func() {
		if err := b.Send(payload, 0); err != nil {
			panic(err)
		}
		if got, err := a.Recv(0); err != nil || len(got) != len(payload) {
			panic("Recv")
		}
	})
	assert.LessOrEqual(t, plain, 1.0, "Send + Recv allocations per message")
}

// Close from another goroutine wakes RecvMsg and RecvInto blocked in
// libzmq, as it does Recv.
func TestMsgCloseWakesBlockedReceive(t *testing.T) {
	for _, name := range []string{"RecvMsg", "RecvInto"} {
		t.Run(name, func(t *testing.T) {
			ctx := newContext(t)
			s := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			m := zmq.NewMsg()
			defer m.Close()
			done := make(chan error, 1)
			go func() {
				if name == "RecvMsg" {
					done <- s.RecvMsg(m, 0)
				} else {
					_, err := s.RecvInto(make([]byte, 8), 0)
					done <- err
				}
			}()
			// Not synchronisation: Close gives ENOTSOCK whether the call
			// has blocked yet or not (probing with another call would
			// make it fail with ErrSocketBusy); the pause only makes the
			// blocked case the usual one.
			time.Sleep(20 * time.Millisecond)
			require.NoError(t, s.Close())
			select {
			case err := <-done:
				require.ErrorIs(t, err, zmq.ENOTSOCK)
			case <-time.After(testTimeout):
				t.Fatalf("%s still blocked after Close", name)
			}
		})
	}
}

// RecvMsg and RecvInto honour RCVTIMEO (2.2+) with EAGAIN.
func TestMsgReceiveTimeout(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	needVersion(t, 2, 2, 0, func() error { return s.SetRcvTimeout(20 * time.Millisecond) })
	require.NoError(t, s.SetRcvTimeout(20*time.Millisecond))
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	m := zmq.NewMsg()
	defer m.Close()
	within(t, testTimeout, "RecvMsg with RCVTIMEO", func() {
		require.ErrorIs(t, s.RecvMsg(m, 0), zmq.EAGAIN)
	})
	within(t, testTimeout, "RecvInto with RCVTIMEO", func() {
		_, err := s.RecvInto(make([]byte, 4), 0)
		require.ErrorIs(t, err, zmq.EAGAIN)
	})
}
