package zmq_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Misuse tests: what a program does wrong (two goroutines on one socket,
// calls on closed sockets, nonsense arguments) must give an error, never
// a crash, a hang or silently wrong behaviour.

// misuseWaitBusy waits until s is inside a call made by another
// goroutine (a cheap call on it reports ErrSocketBusy), then gives that
// call a moment to reach libzmq. Close works whether or not it got
// there; the pause only makes the interesting case the common one.
func misuseWaitBusy(t testing.TB, s *zmq.Socket, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for {
		select {
		case err := <-done:
			t.Fatalf("the call returned before it could block: %v", err)
		default:
		}
		_, err := s.GetSockOptInt(zmq.LINGER)
		if errors.Is(err, zmq.ErrSocketBusy) {
			break
		}
		require.NoError(t, err)
		require.True(t, time.Now().Before(deadline), "socket never became busy")
		runtime.Gosched()
	}
	time.Sleep(20 * time.Millisecond)
}

// misuseAsync runs f in a goroutine and returns a channel with its error.
func misuseAsync(f func() error) <-chan error {
	ch := make(chan error, 1)
	go func() { ch <- f() }()
	return ch
}

// misuseAsyncBlocking is misuseAsync for a call that misuseWaitBusy
// will watch: the watcher's probe holds the socket for an instant, so
// the call is started again while it is refused with ErrSocketBusy.
func misuseAsyncBlocking(f func() error) <-chan error {
	return misuseAsync(func() error {
		for {
			err := f()
			if !errors.Is(err, zmq.ErrSocketBusy) {
				return err
			}
			runtime.Gosched()
		}
	})
}

// misuseResult waits for the error of a call started with misuseAsync.
func misuseResult(t testing.TB, ch <-chan error, what string) error {
	t.Helper()
	select {
	case err := <-ch:
		return err
	case <-time.After(testTimeout):
		t.Fatalf("%s did not return within %v", what, testTimeout)
		return nil
	}
}

// misuseBlockingPush returns a PUSH socket whose Send blocks: it is bound
// and nobody ever connects, so it has no peer to queue for.
func misuseBlockingPush(t testing.TB, ctx *zmq.Context) *zmq.Socket {
	t.Helper()
	s := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
	return s
}

func TestMisuseConcurrentUseIsBusy(t *testing.T) {
	ctx := newContext(t)
	pull := newSocket(t, ctx, zmq.PULL)
	ep := endpoint(t, "inproc")
	require.NoError(t, pull.Bind(ep))

	recvDone := misuseAsyncBlocking(func() error { _, err := pull.Recv(0); return err })
	misuseWaitBusy(t, pull, recvDone)

	// Every kind of call from a second goroutine is refused while the
	// first is blocked; nothing is corrupted.
	assert.ErrorIs(t, pull.Send([]byte("x"), zmq.DONTWAIT), zmq.ErrSocketBusy)
	_, err := pull.Recv(zmq.DONTWAIT)
	assert.ErrorIs(t, err, zmq.ErrSocketBusy)
	assert.ErrorIs(t, pull.Bind(endpoint(t, "inproc")), zmq.ErrSocketBusy)
	assert.ErrorIs(t, pull.SetSockOptInt(zmq.LINGER, 0), zmq.ErrSocketBusy)
	_, err = zmq.Poll([]zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}, 0)
	assert.ErrorIs(t, err, zmq.ErrSocketBusy)

	// The blocked Recv is still intact and gets the next message.
	push := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, push.Connect(ep))
	sendWithin(t, push, []byte("hello"), 0)
	require.NoError(t, misuseResult(t, recvDone, "Recv"))

	// One after the other from different goroutines is fine.
	for i := 0; i < 20; i++ {
		msg := []byte(fmt.Sprint(i))
		require.NoError(t, <-misuseAsync(func() error { return push.Send(msg, 0) }))
		got := make(chan []byte, 1)
		require.NoError(t, <-misuseAsync(func() error {
			b, err := pull.Recv(0)
			got <- b
			return err
		}))
		require.Equal(t, msg, <-got)
	}
}

// TestMisuseCloseWhileBlocked closes a socket while another goroutine is
// blocked on it in each blocking call: the call returns ENOTSOCK at once.
func TestMisuseCloseWhileBlocked(t *testing.T) {
	cases := []struct {
		name  string
		start func(t *testing.T, ctx *zmq.Context) (victim *zmq.Socket, call func() error)
	}{
		{"Recv", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			return s, func() error { _, err := s.Recv(0); return err }
		}},
		{"RecvMultipart", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := newSocket(t, ctx, zmq.SUB)
			require.NoError(t, s.SetSockOptString(zmq.SUBSCRIBE, ""))
			require.NoError(t, s.Bind(endpoint(t, "tcp")))
			return s, func() error { _, err := s.RecvMultipart(0); return err }
		}},
		{"RecvMsg", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			return s, func() error { return s.RecvMsg(zmq.NewMsg(), 0) }
		}},
		{"RecvInto", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			return s, func() error { _, err := s.RecvInto(make([]byte, 64), 0); return err }
		}},
		{"RecvCtx", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			return s, func() error { _, err := s.RecvCtx(context.Background(), 0); return err }
		}},
		{"Send", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := misuseBlockingPush(t, ctx)
			return s, func() error { return s.Send([]byte("stuck"), 0) }
		}},
		{"SendHWM", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			// A connected reader that never reads: Send blocks once the
			// high water marks are reached.
			s := newSocket(t, ctx, zmq.PUSH)
			require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
			require.NoError(t, s.SetSockOptUInt64(zmq.HWM, 5))
			ep := endpoint(t, "inproc")
			require.NoError(t, s.Bind(ep))
			r := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, r.SetSockOptUInt64(zmq.HWM, 5))
			require.NoError(t, r.Connect(ep))
			return s, func() error {
				for i := 0; i < 1_000_000; i++ {
					if err := s.Send([]byte("fill"), 0); err != nil {
						return err
					}
				}
				return errors.New("HWM never reached")
			}
		}},
		{"Poll", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			s := newSocket(t, ctx, zmq.PULL)
			other := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, s.Bind(endpoint(t, "inproc")))
			return s, func() error {
				_, err := zmq.Poll([]zmq.PollItem{{Socket: other, Events: zmq.POLLIN}, {Socket: s, Events: zmq.POLLIN}}, -1)
				return err
			}
		}},
		{"Proxy", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			front := newSocket(t, ctx, zmq.ROUTER)
			back := newSocket(t, ctx, zmq.DEALER)
			require.NoError(t, front.Bind(endpoint(t, "inproc")))
			require.NoError(t, back.Bind(endpoint(t, "inproc")))
			return back, func() error { return zmq.Proxy(front, back, nil) }
		}},
		{"Device", func(t *testing.T, ctx *zmq.Context) (*zmq.Socket, func() error) {
			in := newSocket(t, ctx, zmq.PULL)
			out := newSocket(t, ctx, zmq.PUSH)
			require.NoError(t, in.Bind(endpoint(t, "inproc")))
			require.NoError(t, out.Bind(endpoint(t, "inproc")))
			return in, func() error { return zmq.Device(zmq.STREAMER, in, out) }
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newContext(t)
			victim, call := tc.start(t, ctx)
			done := misuseAsyncBlocking(call)
			misuseWaitBusy(t, victim, done)
			start := time.Now()
			require.NoError(t, victim.Close())
			err := misuseResult(t, done, tc.name)
			require.ErrorIs(t, err, zmq.ENOTSOCK, "blocked %s after Close", tc.name)
			t.Logf("%s returned %v %v after Close", tc.name, err, time.Since(start).Round(time.Millisecond))
			require.NoError(t, victim.Close(), "second Close")
			err = victim.Send(nil, zmq.DONTWAIT)
			require.ErrorIs(t, err, zmq.ENOTSOCK)
		})
	}
}

// TestMisuseContextCloseWhileBlocked terminates the context under each
// blocking call: the call returns ETERM and so does every later call.
func TestMisuseContextCloseWhileBlocked(t *testing.T) {
	for _, name := range []string{"Recv", "Send", "Poll", "Proxy"} {
		t.Run(name, func(t *testing.T) {
			ctx, err := zmq.NewContext()
			require.NoError(t, err)
			defer ctx.Close()
			a, err := ctx.NewSocket(zmq.PULL)
			require.NoError(t, err)
			require.NoError(t, a.Bind(endpoint(t, "inproc")))
			b, err := ctx.NewSocket(zmq.PUSH)
			require.NoError(t, err)
			require.NoError(t, b.Bind(endpoint(t, "inproc")))
			var call func() error
			victim := a
			switch name {
			case "Recv":
				call = func() error { _, err := a.Recv(0); return err }
			case "Send":
				victim = b
				call = func() error { return b.Send([]byte("x"), 0) }
			case "Poll":
				call = func() error { _, err := zmq.Poll([]zmq.PollItem{{Socket: a, Events: zmq.POLLIN}}, -1); return err }
			case "Proxy":
				call = func() error { return zmq.Device(zmq.STREAMER, a, b) }
			}
			done := misuseAsyncBlocking(call)
			misuseWaitBusy(t, victim, done)
			within(t, testTimeout, "Context.Close", ctx.Close)
			require.ErrorIs(t, misuseResult(t, done, name), zmq.ETERM)
			for _, s := range []*zmq.Socket{a, b} {
				require.ErrorIs(t, s.Send([]byte("x"), zmq.DONTWAIT), zmq.ETERM)
				_, err := s.Recv(zmq.DONTWAIT)
				require.ErrorIs(t, err, zmq.ETERM)
				require.NoError(t, s.Close())
			}
			_, err = ctx.NewSocket(zmq.PAIR)
			require.ErrorIs(t, err, zmq.ETERM)
			ctx.Close()
		})
	}
}

// misuseZeroArgs builds zero arguments for a method, with harmless
// non-zero values where a zero would mean "wait forever".
func misuseZeroArgs(m reflect.Value) []reflect.Value {
	mt := m.Type()
	args := make([]reflect.Value, mt.NumIn())
	for i := range args {
		args[i] = reflect.Zero(mt.In(i))
		if mt.In(i) == reflect.TypeOf([][]byte(nil)) {
			// An empty parts list is EINVAL before anything else.
			args[i] = reflect.ValueOf([][]byte{nil})
		}
	}
	if mt.IsVariadic() {
		return args[:len(args)-1]
	}
	return args
}

// TestMisuseEveryMethodOnClosedSocket calls every exported method of a
// closed socket (found by reflection, so methods added later are
// covered): each one that returns an error returns the closed error (or
// a version error for a feature the library lacks); none panics.
func TestMisuseEveryMethodOnClosedSocket(t *testing.T) {
	for _, byContext := range []bool{false, true} {
		t.Run(fmt.Sprintf("byContext=%v", byContext), func(t *testing.T) {
			ctx, err := zmq.NewContext()
			require.NoError(t, err)
			defer ctx.Close()
			s, err := ctx.NewSocket(zmq.DEALER)
			require.NoError(t, err)
			want := zmq.ENOTSOCK
			if byContext {
				ctx.Close()
				want = zmq.ETERM
			} else {
				require.NoError(t, s.Close())
			}
			errType := reflect.TypeOf((*error)(nil)).Elem()
			v := reflect.ValueOf(s)
			checked := 0
			for i := 0; i < v.NumMethod(); i++ {
				name := v.Type().Method(i).Name
				m := v.Method(i)
				mt := m.Type()
				if mt.NumOut() == 0 || mt.Out(mt.NumOut()-1) != errType || name == "Close" {
					continue
				}
				var out []reflect.Value
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s on a closed socket panicked: %v", name, r)
						}
					}()
					within(t, testTimeout, name, func() { out = m.Call(misuseZeroArgs(m)) })
				}()
				if out == nil {
					continue
				}
				checked++
				err, _ := out[len(out)-1].Interface().(error)
				var ve *zmq.VersionError
				if errors.As(err, &ve) {
					continue
				}
				assert.ErrorIs(t, err, want, "%s on a closed socket", name)
			}
			require.Greater(t, checked, 15)
			require.NoError(t, s.Close())
		})
	}
}

func TestMisuseBadEndpoints(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	c := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, c.SetSockOptInt(zmq.LINGER, 0))
	bad := []string{
		"", "tcp", "tcp:/", "tcp://", "://", "tcp://127.0.0.1", "tcp://127.0.0.1:",
		"tcp://127.0.0.1:99999", "tcp://127.0.0.1:-1", "tcp://127.0.0.1:abc",
		"tcp://[::1", "tcp://:", "inproc://", "ipc://", "bogus://x", "TCP://127.0.0.1:5555",
		"tcp ://127.0.0.1:5555", "inproc://a\x00b", strings.Repeat("x", 5000),
		"ipc:///" + strings.Repeat("d", 300), "pgm://127.0.0.1;239.192.1.1:5555",
	}
	// Connect is asynchronous: some releases accept an address they
	// cannot parse and just never connect, so only Bind must fail on
	// every one of them; Connect must only not crash.
	for _, ep := range bad {
		assert.Error(t, s.Bind(ep), "Bind(%q)", ep)
		if !strings.HasPrefix(ep, "pgm") {
			_ = c.Connect(ep)
		}
	}
	for _, ep := range []string{"", "tcp://", "bogus://x", "inproc://a\x00b", "tcp://127.0.0.1:99999", "tcp://127.0.0.1:-1"} {
		assert.Error(t, c.Connect(ep), "Connect(%q)", ep)
	}
	assert.ErrorIs(t, s.Bind("bogus://x"), syscall.EPROTONOSUPPORT)
	assert.ErrorIs(t, s.Bind("inproc://a\x00b"), zmq.EINVAL)
	if atLeast(3, 2, 0) {
		assert.Error(t, s.Unbind("tcp://127.0.0.1:1"))
		assert.Error(t, s.Disconnect("inproc://never-connected"))
	}
	// The socket whose binds all failed still works.
	ep := endpoint(t, "inproc")
	require.NoError(t, s.Bind(ep))
	peer := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, peer.Connect(ep))
	sendWithin(t, peer, []byte("still fine"), 0)
	require.Equal(t, []byte("still fine"), recvWithin(t, s))
}

func TestMisuseBadSocketTypes(t *testing.T) {
	ctx := newContext(t)
	for _, typ := range []zmq.SocketType{99, -1, 1 << 20} {
		s, err := ctx.NewSocket(typ)
		if s != nil {
			s.Close()
		}
		require.ErrorIs(t, err, zmq.EINVAL, "NewSocket(%d)", typ)
	}
}

func TestMisuseBadOptions(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.DEALER)
	// Unknown option numbers, including ones that would alias a real
	// option if truncated to a C int.
	opts := []int{-1, 0, 9999}
	if strconv.IntSize == 64 {
		// Only a 64-bit int can hold a number that truncates to LINGER.
		wide := int64(1)
		opts = append(opts, int(wide<<32+int64(zmq.LINGER)))
	}
	for _, opt := range opts {
		assert.ErrorIs(t, s.SetSockOptInt(zmq.IntSocketOption(opt), 1), zmq.EINVAL, "set %d", opt)
		_, err := s.GetSockOptInt(zmq.IntSocketOption(opt))
		assert.ErrorIs(t, err, zmq.EINVAL, "get %d", opt)
		assert.Error(t, s.SetSockOptString(zmq.StringSocketOption(opt), "abc"))
		_, err = s.GetSockOptString(zmq.StringSocketOption(opt))
		assert.Error(t, err)
	}
	linger, err := s.GetSockOptInt(zmq.LINGER)
	require.NoError(t, err)
	// Values that do not fit the option's C type.
	if strconv.IntSize == 64 {
		wide := int64(1)
		assert.ErrorIs(t, s.SetSockOptInt(zmq.LINGER, int(wide<<40)), zmq.EINVAL)
	}
	assert.ErrorIs(t, s.SetSockOptInt64(zmq.Int64SocketOption(zmq.LINGER), -1<<40), zmq.EINVAL)
	got, err := s.GetSockOptInt(zmq.LINGER)
	require.NoError(t, err)
	assert.Equal(t, linger, got, "a rejected value must not change the option")
	// A type of the wrong kind: a string for an int option and the
	// reverse.
	assert.Error(t, s.SetSockOptString(zmq.StringSocketOption(zmq.LINGER), "12345678"))
	assert.Error(t, s.SetSockOptInt(zmq.IntSocketOption(zmq.IDENTITY), 5))
	// Values libzmq itself rejects.
	assert.Error(t, s.SetSockOptString(zmq.IDENTITY, strings.Repeat("i", 256)))
	assert.Error(t, s.SetSockOptString(zmq.SUBSCRIBE, "x"), "SUBSCRIBE on a DEALER")
	if atLeast(3, 0, 0) {
		assert.Error(t, s.SetSockOptInt(zmq.SNDHWM, -5))
	}
	if atLeast(4, 0, 0) {
		assert.Error(t, s.SetSockOptString(zmq.CURVE_SERVERKEY, "short"))
	}
	// Read-only options.
	assert.Error(t, s.SetSockOptUInt64(zmq.TYPE, 1))
	// The socket is unharmed.
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, 10))
	got, err = s.GetSockOptInt(zmq.LINGER)
	require.NoError(t, err)
	assert.Equal(t, 10, got)
}

func TestMisuseNilAndEmptyMessages(t *testing.T) {
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PAIR)
	b := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, "inproc")
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))

	sendWithin(t, a, nil, 0)
	got := recvWithin(t, b)
	assert.NotNil(t, got)
	assert.Empty(t, got)
	sendWithin(t, a, []byte{}, 0)
	assert.Empty(t, recvWithin(t, b))

	parts := [][]byte{nil, {}, []byte("mid"), nil}
	waitReady(t, a, zmq.POLLOUT)
	require.NoError(t, a.SendMultipart(parts, zmq.DONTWAIT))
	gotParts := recvMultiWithin(t, b)
	require.Len(t, gotParts, 4)
	assert.Empty(t, gotParts[0])
	assert.Empty(t, gotParts[1])
	assert.Equal(t, []byte("mid"), gotParts[2])
	assert.Empty(t, gotParts[3])

	assert.ErrorIs(t, a.SendMultipart(nil, 0), zmq.EINVAL)
	assert.ErrorIs(t, a.SendMultipart([][]byte{}, 0), zmq.EINVAL)
	// Nothing half-sent is left behind.
	_, err := b.Recv(zmq.DONTWAIT)
	assert.ErrorIs(t, err, zmq.EAGAIN)
}

func TestMisuseHugeMessage(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 512 MiB; skipped in -short")
	}
	const size = 256 << 20
	var big []byte
	func() {
		defer func() {
			if r := recover(); r != nil {
				big = nil
			}
		}()
		big = make([]byte, size)
	}()
	if big == nil {
		t.Skipf("cannot allocate %d bytes", size)
	}
	for i := 0; i < size; i += 4096 {
		big[i] = byte(i / 4096)
	}
	big[size-1] = 0xEE
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PAIR)
	b := newSocket(t, ctx, zmq.PAIR)
	ep := endpoint(t, "inproc")
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))
	sendWithin(t, a, big, 0)
	got := recvWithin(t, b)
	require.Len(t, got, size)
	require.True(t, string(got) == string(big), "256 MiB message corrupted")
}

func TestMisusePollBadItems(t *testing.T) {
	ctx := newContext(t)
	closed := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, closed.Close())
	open := newSocket(t, ctx, zmq.PULL)

	_, err := zmq.Poll([]zmq.PollItem{{Socket: open, Events: zmq.POLLIN}, {Socket: closed, Events: zmq.POLLIN}}, time.Second)
	require.ErrorIs(t, err, zmq.ENOTSOCK)
	// open was released again: it can be polled alone.
	n, err := zmq.Poll([]zmq.PollItem{{Socket: open, Events: zmq.POLLIN}}, 0)
	require.NoError(t, err)
	require.Zero(t, n)

	// A nil socket means "poll Fd"; a negative fd is ignored as poll(2)
	// ignores it, on every platform (on Windows, where WSAPoll fails on
	// a set without a socket, libzmq used to abort here), and one that
	// is not open is reported as POLLERR.
	var badFd zmq.ZmqOsSocketType
	badFd-- // -1 on POSIX, INVALID_SOCKET on Windows
	within(t, testTimeout, "Poll with nil socket", func() {
		items := []zmq.PollItem{{Socket: nil, Fd: badFd, Events: zmq.POLLIN}}
		n, err := zmq.Poll(items, 10*time.Millisecond)
		assert.NoError(t, err)
		assert.Zero(t, n)
		items[0].Fd = math.MaxInt32 // never open, on every platform
		n, err = zmq.Poll(items, 10*time.Millisecond)
		assert.NoError(t, err)
		assert.Equal(t, 1, n)
		assert.Equal(t, zmq.POLLERR, items[0].REvents)
	})
	within(t, testTimeout, "Poll with nothing", func() {
		n, err := zmq.Poll(nil, 0)
		assert.NoError(t, err)
		assert.Zero(t, n)
		_, err = zmq.Poll(nil, 5*time.Millisecond)
		assert.NoError(t, err)
	})
	// The same socket twice is allowed.
	n, err = zmq.Poll([]zmq.PollItem{{Socket: open, Events: zmq.POLLIN}, {Socket: open, Events: zmq.POLLOUT}}, 0)
	require.NoError(t, err)
	require.Zero(t, n)
}

func TestMisuseProxyBadSockets(t *testing.T) {
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.ROUTER)
	b := newSocket(t, ctx, zmq.DEALER)
	closed := newSocket(t, ctx, zmq.DEALER)
	require.NoError(t, closed.Close())

	within(t, testTimeout, "Proxy with bad sockets", func() {
		assert.ErrorIs(t, zmq.Proxy(nil, b, nil), zmq.EINVAL)
		assert.ErrorIs(t, zmq.Proxy(a, nil, nil), zmq.EINVAL)
		assert.ErrorIs(t, zmq.Proxy(a, closed, nil), zmq.ENOTSOCK)
		assert.ErrorIs(t, zmq.Proxy(closed, b, nil), zmq.ENOTSOCK)
		assert.ErrorIs(t, zmq.Proxy(a, b, closed), zmq.ENOTSOCK)
		assert.ErrorIs(t, zmq.Device(zmq.QUEUE, nil, nil), zmq.EINVAL)
		assert.ErrorIs(t, zmq.Device(zmq.DeviceType(42), a, b), zmq.EINVAL)
		assert.ErrorIs(t, zmq.Device(zmq.FORWARDER, closed, b), zmq.ENOTSOCK)
	})
	// a and b were released by the failed calls.
	_, err := a.GetSockOptInt(zmq.LINGER)
	require.NoError(t, err)
	_, err = b.GetSockOptInt(zmq.LINGER)
	require.NoError(t, err)
}
