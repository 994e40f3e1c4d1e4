package zmq_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Devices and Proxy: each runs in its own goroutine and must end, with
// ETERM, when its context is closed.

// proxyStart runs f (a Device or Proxy call) in a goroutine and returns
// the channel its error arrives on.
func proxyStart(f func() error) <-chan error {
	ch := make(chan error, 1)
	go func() { ch <- f() }()
	return ch
}

// proxyStop closes ctx and checks that the device goroutine ends with
// ETERM within testTimeout.
func proxyStop(t *testing.T, ctx *zmq.Context, done <-chan error) {
	t.Helper()
	within(t, testTimeout, "Context.Close", ctx.Close)
	select {
	case err := <-done:
		assert.Equal(t, zmq.ETERM, err)
		assert.True(t, errors.Is(err, zmq.ETERM))
	case <-time.After(testTimeout):
		t.Fatal("device did not return after its context closed")
	}
}

// proxyBind returns a socket of type typ bound to a fresh endpoint, and
// the endpoint.
func proxyBind(t *testing.T, ctx *zmq.Context, tr string, typ zmq.SocketType) (*zmq.Socket, string) {
	t.Helper()
	s := newSocket(t, ctx, typ)
	ep := endpoint(t, tr)
	require.NoError(t, s.Bind(ep))
	return s, ep
}

// proxyConnect returns a socket of type typ connected to ep.
func proxyConnect(t *testing.T, ctx *zmq.Context, ep string, typ zmq.SocketType) *zmq.Socket {
	t.Helper()
	s := newSocket(t, ctx, typ)
	require.NoError(t, s.Connect(ep))
	return s
}

// proxyReqRep runs requests from two REQ clients through a broker to two
// REP workers and checks every reply reaches the client that asked.
func proxyReqRep(t *testing.T, ctx *zmq.Context, front, back string) {
	t.Helper()
	clients := []*zmq.Socket{proxyConnect(t, ctx, front, zmq.REQ), proxyConnect(t, ctx, front, zmq.REQ)}
	workers := []*zmq.Socket{proxyConnect(t, ctx, back, zmq.REP), proxyConnect(t, ctx, back, zmq.REP)}
	for round := 0; round < 3; round++ {
		for i, c := range clients {
			sendWithin(t, c, []byte(fmt.Sprintf("req %d/%d", round, i)), 0)
		}
		// Workers answer whatever reaches them, naming the request.
		answered := 0
		for answered < len(clients) {
			items := []zmq.PollItem{{Socket: workers[0], Events: zmq.POLLIN}, {Socket: workers[1], Events: zmq.POLLIN}}
			n, err := zmq.Poll(items, testTimeout)
			require.NoError(t, err)
			require.Positive(t, n, "requests did not reach a worker")
			for _, it := range items {
				if it.REvents&zmq.POLLIN != 0 {
					req, err := it.Socket.Recv(zmq.DONTWAIT)
					require.NoError(t, err)
					sendWithin(t, it.Socket, append([]byte("rep to "), req...), 0)
					answered++
				}
			}
		}
		for i, c := range clients {
			assert.Equal(t, fmt.Sprintf("rep to req %d/%d", round, i), string(recvWithin(t, c)))
		}
	}
}

func TestProxyDeviceQueue(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			router, front := proxyBind(t, ctx, tr, zmq.ROUTER)
			dealer, back := proxyBind(t, ctx, tr, zmq.DEALER)
			done := proxyStart(func() error { return zmq.Device(zmq.QUEUE, router, dealer) })
			proxyReqRep(t, ctx, front, back)
			proxyStop(t, ctx, done)
		})
	}
}

func TestProxyDeviceForwarder(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			in, front := proxyBind(t, ctx, tr, zmq.SUB)
			require.NoError(t, in.SetSockOptString(zmq.SUBSCRIBE, ""))
			out, back := proxyBind(t, ctx, tr, zmq.PUB)
			done := proxyStart(func() error { return zmq.Device(zmq.FORWARDER, in, out) })

			pub := proxyConnect(t, ctx, front, zmq.PUB)
			sub := proxyConnect(t, ctx, back, zmq.SUB)
			require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, "t"))
			patSyncSub(t, pub, sub, "t-probe")
			require.NoError(t, pub.Send([]byte("x-filtered"), 0))
			require.NoError(t, pub.SendMultipart([][]byte{[]byte("t1"), []byte("body")}, 0))
			assert.Equal(t, [][]byte{[]byte("t1"), []byte("body")}, recvMultiWithin(t, sub))
			patNothingQueued(t, sub)
			proxyStop(t, ctx, done)
		})
	}
}

func TestProxyXSubXPub(t *testing.T) {
	// The 3.x forwarder: subscriptions flow back through the proxy. From
	// 3.x zmq_device ignores its type and proxies both ways too, which is
	// what lets an XSUB/XPUB FORWARDER device pass subscriptions upstream.
	needVersion(t, 3, 0, 0, nil)
	runs := map[string]func(xsub, xpub *zmq.Socket) error{
		"Proxy":            func(xsub, xpub *zmq.Socket) error { return zmq.Proxy(xsub, xpub, nil) },
		"Device/FORWARDER": func(xsub, xpub *zmq.Socket) error { return zmq.Device(zmq.FORWARDER, xsub, xpub) },
	}
	for name, run := range runs {
		for _, tr := range transports {
			t.Run(name+"/"+tr, func(t *testing.T) {
				ctx := newContext(t)
				xsub, front := proxyBind(t, ctx, tr, zmq.XSUB)
				xpub, back := proxyBind(t, ctx, tr, zmq.XPUB)
				done := proxyStart(func() error { return run(xsub, xpub) })

				pub := proxyConnect(t, ctx, front, zmq.PUB)
				sub := proxyConnect(t, ctx, back, zmq.SUB)
				require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, "news"))
				patSyncSub(t, pub, sub, "news-probe")
				require.NoError(t, pub.Send([]byte("sport"), 0))
				require.NoError(t, pub.Send([]byte("news!"), 0))
				assert.Equal(t, "news!", string(recvWithin(t, sub)))
				patNothingQueued(t, sub)
				proxyStop(t, ctx, done)
			})
		}
	}
}

func TestProxyDeviceStreamer(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			in, front := proxyBind(t, ctx, tr, zmq.PULL)
			out, back := proxyBind(t, ctx, tr, zmq.PUSH)
			done := proxyStart(func() error { return zmq.Device(zmq.STREAMER, in, out) })

			push := proxyConnect(t, ctx, front, zmq.PUSH)
			pull := proxyConnect(t, ctx, back, zmq.PULL)
			for i := 0; i < 10; i++ {
				sendWithin(t, push, []byte(fmt.Sprint("task ", i)), 0)
			}
			require.NoError(t, push.SendMultipart([][]byte{[]byte("a"), {}, []byte("c")}, 0))
			for i := 0; i < 10; i++ {
				assert.Equal(t, fmt.Sprint("task ", i), string(recvWithin(t, pull)))
			}
			assert.Equal(t, [][]byte{[]byte("a"), {}, []byte("c")}, recvMultiWithin(t, pull))
			proxyStop(t, ctx, done)
		})
	}
}

func TestProxyWithCapture(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			router, front := proxyBind(t, ctx, tr, zmq.ROUTER)
			dealer, back := proxyBind(t, ctx, tr, zmq.DEALER)
			capture, capEp := proxyBind(t, ctx, "inproc", zmq.PUSH)
			tap := proxyConnect(t, ctx, capEp, zmq.PULL)
			done := proxyStart(func() error { return zmq.Proxy(router, dealer, capture) })

			req := proxyConnect(t, ctx, front, zmq.REQ)
			rep := proxyConnect(t, ctx, back, zmq.REP)
			sendWithin(t, req, []byte("hello"), 0)
			assert.Equal(t, "hello", string(recvWithin(t, rep)))
			sendWithin(t, rep, []byte("world"), 0)
			assert.Equal(t, "world", string(recvWithin(t, req)))

			// The capture socket got every part of both messages, with
			// their framing: [identity, "", body].
			for _, body := range []string{"hello", "world"} {
				parts := recvMultiWithin(t, tap)
				require.Equal(t, 3, len(parts), "captured %q", parts)
				assert.NotEmpty(t, parts[0], "identity frame")
				assert.Empty(t, parts[1], "delimiter")
				assert.Equal(t, body, string(parts[2]))
			}
			patNothingQueued(t, tap)
			proxyStop(t, ctx, done)
		})
	}
}

func TestProxyWithoutCapture(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			router, front := proxyBind(t, ctx, tr, zmq.ROUTER)
			dealer, back := proxyBind(t, ctx, tr, zmq.DEALER)
			done := proxyStart(func() error { return zmq.Proxy(router, dealer, nil) })
			proxyReqRep(t, ctx, front, back)
			proxyStop(t, ctx, done)
		})
	}
}

func TestProxyEndsWhenSocketClosed(t *testing.T) {
	// Closing one of the proxy's sockets from another goroutine ends it
	// with ENOTSOCK; the context stays usable.
	ctx := newContext(t)
	a, _ := proxyBind(t, ctx, "inproc", zmq.PULL)
	b, _ := proxyBind(t, ctx, "inproc", zmq.PUSH)
	done := proxyStart(func() error { return zmq.Device(zmq.STREAMER, a, b) })
	// The device may not have entered its sockets yet; Close works
	// either way (Device then fails to enter with ENOTSOCK).
	within(t, testTimeout, "Socket.Close", func() { a.Close() })
	select {
	case err := <-done:
		assert.Equal(t, zmq.ENOTSOCK, err)
	case <-time.After(testTimeout):
		t.Fatal("device did not return after its socket closed")
	}
	s := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, s.Bind(endpoint(t, "inproc")))
}

func TestProxyBadArguments(t *testing.T) {
	ctx := newContext(t)
	a := newSocket(t, ctx, zmq.PULL)
	b := newSocket(t, ctx, zmq.PUSH)
	assert.Equal(t, zmq.EINVAL, zmq.Device(zmq.DeviceType(99), a, b))
	assert.Equal(t, zmq.EINVAL, zmq.Proxy(nil, b, nil))
	assert.Equal(t, zmq.EINVAL, zmq.Proxy(a, nil, nil))
}
