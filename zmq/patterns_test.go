package zmq_test

import (
	"bytes"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Every socket pattern over every transport. Sockets bind before their
// peers connect everywhere: inproc on 2.x and 3.x requires it.

// patPair returns a bound socket of type bt and a socket of type ct
// connected to it over transport.
func patPair(t *testing.T, ctx *zmq.Context, transport string, bt, ct zmq.SocketType) (*zmq.Socket, *zmq.Socket) {
	t.Helper()
	ep := endpoint(t, transport)
	b := newSocket(t, ctx, bt)
	require.NoError(t, b.Bind(ep))
	c := newSocket(t, ctx, ct)
	require.NoError(t, c.Connect(ep))
	return b, c
}

// patNothingQueued asserts that s has no message waiting right now.
func patNothingQueued(t *testing.T, s *zmq.Socket) {
	t.Helper()
	_, err := s.Recv(zmq.DONTWAIT)
	require.Equal(t, zmq.EAGAIN, err, "unexpected message queued")
}

// patSyncSub beats the slow-joiner problem: it publishes probe on pub
// until sub receives one, within testTimeout, then drains any further
// probes in flight by publishing and waiting for a final marker. It
// returns once later publications are certain to reach sub (the
// subscription has reached the publisher). probe must match one of
// sub's subscriptions.
func patSyncSub(t *testing.T, pub, sub *zmq.Socket, probe string) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for {
		require.NoError(t, pub.Send([]byte(probe), zmq.DONTWAIT))
		items := []zmq.PollItem{{Socket: sub, Events: zmq.POLLIN}}
		n, err := zmq.Poll(items, 20*time.Millisecond)
		require.NoError(t, err)
		if n == 1 {
			break
		}
		require.True(t, time.Now().Before(deadline), "subscriber never got %q within %v", probe, testTimeout)
	}
	// Probes sent after the first delivered one are in flight; a marker
	// behind them, in order on the same pipe, tells when all have come.
	marker := probe + "|end-of-sync"
	require.NoError(t, pub.Send([]byte(marker), zmq.DONTWAIT))
	for {
		b := recvWithin(t, sub)
		if string(b) == marker {
			return
		}
		require.Equal(t, probe, string(b))
	}
}

func TestPatternReqRep(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			rep, req := patPair(t, ctx, tr, zmq.REP, zmq.REQ)
			for i := 0; i < 3; i++ {
				q := fmt.Sprintf("question %d", i)
				sendWithin(t, req, []byte(q), 0)
				require.Equal(t, q, string(recvWithin(t, rep)))
				sendWithin(t, rep, []byte("answer to "+q), 0)
				require.Equal(t, "answer to "+q, string(recvWithin(t, req)))
			}
			// Blocking Send and Recv (no DONTWAIT) work too once the peer
			// is known to be there.
			within(t, testTimeout, "blocking round trip", func() {
				assert.NoError(t, req.Send([]byte("blocking"), 0))
				b, err := rep.Recv(0)
				assert.NoError(t, err)
				assert.Equal(t, "blocking", string(b))
				assert.NoError(t, rep.Send([]byte("ok"), 0))
				b, err = req.Recv(0)
				assert.NoError(t, err)
				assert.Equal(t, "ok", string(b))
			})
		})
	}
}

func TestPatternPubSubFilters(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			pub, sub := patPair(t, ctx, tr, zmq.PUB, zmq.SUB)
			require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, "ab"))
			require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, "x\x00y"))
			patSyncSub(t, pub, sub, "ab-probe")

			for _, m := range []string{"a", "abc", "xab", "b", "ab", "x\x00yz", "x", "x\x00", "ab-last"} {
				require.NoError(t, pub.Send([]byte(m), 0))
			}
			var got []string
			for {
				m := string(recvWithin(t, sub))
				got = append(got, m)
				if m == "ab-last" {
					break
				}
			}
			assert.Equal(t, []string{"abc", "ab", "x\x00yz", "ab-last"}, got, "prefix matching")
			patNothingQueued(t, sub)

			// After UNSUBSCRIBE the topic stops arriving (filtered at the
			// publisher from 3.x, at the subscriber on 2.x: either way it
			// is gone at once for this subscriber).
			require.NoError(t, sub.SetSockOptString(zmq.UNSUBSCRIBE, "x\x00y"))
			for _, m := range []string{"x\x00y-dropped", "ab-after"} {
				require.NoError(t, pub.Send([]byte(m), 0))
			}
			assert.Equal(t, "ab-after", string(recvWithin(t, sub)))
			patNothingQueued(t, sub)

			// The empty subscription matches everything.
			require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, ""))
			patSyncSub(t, pub, sub, "anything")
			require.NoError(t, pub.Send([]byte("zzz"), 0))
			assert.Equal(t, "zzz", string(recvWithin(t, sub)))
		})
	}
}

func TestPatternPubSubMultipartTopic(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			pub, sub := patPair(t, ctx, tr, zmq.PUB, zmq.SUB)
			require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, "topic"))
			patSyncSub(t, pub, sub, "topic/probe")
			require.NoError(t, pub.SendMultipart([][]byte{[]byte("other"), []byte("x")}, 0))
			require.NoError(t, pub.SendMultipart([][]byte{[]byte("topic/1"), []byte("body")}, 0))
			assert.Equal(t, [][]byte{[]byte("topic/1"), []byte("body")}, recvMultiWithin(t, sub))
			patNothingQueued(t, sub)
		})
	}
}

func TestPatternPushPullFanOut(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			_, _, pull1, pull2, push := patFanOut(t, ctx, tr)

			const n = 20
			for i := 0; i < n; i++ {
				sendWithin(t, push, []byte(fmt.Sprint(i)), 0)
			}
			// Both pullers get work, nothing is lost or duplicated, and
			// each sees its share in order.
			seen := map[string]bool{}
			per := map[*zmq.Socket][]int{}
			for len(seen) < n {
				items := []zmq.PollItem{{Socket: pull1, Events: zmq.POLLIN}, {Socket: pull2, Events: zmq.POLLIN}}
				c, err := zmq.Poll(items, testTimeout)
				require.NoError(t, err)
				require.Positive(t, c, "only %d of %d messages arrived", len(seen), n)
				for _, it := range items {
					if it.REvents&zmq.POLLIN == 0 {
						continue
					}
					b, err := it.Socket.Recv(zmq.DONTWAIT)
					require.NoError(t, err)
					require.False(t, seen[string(b)], "duplicate %q", b)
					seen[string(b)] = true
					var v int
					fmt.Sscan(string(b), &v)
					per[it.Socket] = append(per[it.Socket], v)
				}
			}
			require.NotEmpty(t, per[pull1], "first puller got nothing")
			require.NotEmpty(t, per[pull2], "second puller got nothing")
			for _, vs := range per {
				assert.IsIncreasing(t, vs)
			}
			patNothingQueued(t, pull1)
			patNothingQueued(t, pull2)
		})
	}
}

func TestPatternDealerRouterIdentities(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			ep := endpoint(t, tr)
			router := newSocket(t, ctx, zmq.ROUTER)
			require.NoError(t, router.Bind(ep))
			ids := []string{"dealer-A", "dealer-B"}
			dealers := map[string]*zmq.Socket{}
			for _, id := range ids {
				d := newSocket(t, ctx, zmq.DEALER)
				require.NoError(t, d.SetSockOptString(zmq.IDENTITY, id))
				got, err := d.GetSockOptString(zmq.IDENTITY)
				require.NoError(t, err)
				require.Equal(t, id, got)
				require.NoError(t, d.Connect(ep))
				dealers[id] = d
			}
			for _, id := range ids {
				sendWithin(t, dealers[id], []byte("hello from "+id), 0)
			}
			from := map[string]string{}
			for range ids {
				parts := recvMultiWithin(t, router)
				require.Len(t, parts, 2, "ROUTER sees [identity, body]")
				from[string(parts[0])] = string(parts[1])
			}
			require.Equal(t, map[string]string{"dealer-A": "hello from dealer-A", "dealer-B": "hello from dealer-B"}, from)

			// Replies are routed by the identity frame, in reverse order
			// to show it is routing and not round-robin.
			for i := len(ids) - 1; i >= 0; i-- {
				require.NoError(t, router.SendMultipart([][]byte{[]byte(ids[i]), []byte("reply to " + ids[i])}, zmq.DONTWAIT))
			}
			for _, id := range ids {
				assert.Equal(t, "reply to "+id, string(recvWithin(t, dealers[id])))
				more, err := dealers[id].RcvMore()
				require.NoError(t, err)
				assert.False(t, more)
				patNothingQueued(t, dealers[id])
			}
		})
	}
}

func TestPatternRouterWithReq(t *testing.T) {
	// A REQ peer adds an empty delimiter that the ROUTER sees and must
	// send back.
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			ep := endpoint(t, tr)
			router := newSocket(t, ctx, zmq.ROUTER)
			require.NoError(t, router.Bind(ep))
			req := newSocket(t, ctx, zmq.REQ)
			require.NoError(t, req.SetSockOptString(zmq.IDENTITY, "client"))
			require.NoError(t, req.Connect(ep))
			sendWithin(t, req, []byte("ping"), 0)
			parts := recvMultiWithin(t, router)
			require.Equal(t, [][]byte{[]byte("client"), {}, []byte("ping")}, parts)
			require.NoError(t, router.SendMultipart([][]byte{[]byte("client"), {}, []byte("pong")}, zmq.DONTWAIT))
			assert.Equal(t, "pong", string(recvWithin(t, req)))
		})
	}
}

func TestPatternPair(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			a, b := patPair(t, ctx, tr, zmq.PAIR, zmq.PAIR)
			for i := 0; i < 3; i++ {
				sendWithin(t, a, []byte(fmt.Sprint("a->b ", i)), 0)
				sendWithin(t, b, []byte(fmt.Sprint("b->a ", i)), 0)
			}
			for i := 0; i < 3; i++ {
				assert.Equal(t, fmt.Sprint("a->b ", i), string(recvWithin(t, b)))
				assert.Equal(t, fmt.Sprint("b->a ", i), string(recvWithin(t, a)))
			}
		})
	}
}

func TestPatternXPubXSub(t *testing.T) {
	// Subscriptions travel upstream as messages from 3.0; 2.x filters at
	// the subscriber and XPUB never sees them.
	needVersion(t, 3, 0, 0, nil)
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			xpub, xsub := patPair(t, ctx, tr, zmq.XPUB, zmq.XSUB)

			// XSUB subscribes by sending \x01+topic as a message; XPUB
			// receives exactly that.
			sendWithin(t, xsub, []byte("\x01news"), 0)
			assert.Equal(t, "\x01news", string(recvWithin(t, xpub)))
			// The subscription has reached the publisher, so the pipe is
			// up: publications arrive without a slow-joiner loop.
			require.NoError(t, xpub.Send([]byte("sport: nothing"), 0))
			require.NoError(t, xpub.Send([]byte("news: something"), 0))
			assert.Equal(t, "news: something", string(recvWithin(t, xsub)))
			patNothingQueued(t, xsub)

			// Unsubscribing is \x00+topic.
			sendWithin(t, xsub, []byte("\x00news"), 0)
			assert.Equal(t, "\x00news", string(recvWithin(t, xpub)))

			// A plain SUB's SUBSCRIBE option shows up at XPUB the same way.
			sub := newSocket(t, ctx, zmq.SUB)
			ep := endpoint(t, tr)
			require.NoError(t, xpub.Bind(ep))
			require.NoError(t, sub.Connect(ep))
			require.NoError(t, sub.SetSockOptString(zmq.SUBSCRIBE, "weather"))
			got := recvWithin(t, xpub)
			assert.Equal(t, "\x01weather", string(got))
			assert.True(t, bytes.HasPrefix(got, []byte{1}))
		})
	}
}

// patBindRetry binds s to ep, retrying while the address is still held
// by a listener being closed in libzmq's I/O thread.
func patBindRetry(t *testing.T, s *zmq.Socket, ep string) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for {
		err := s.Bind(ep)
		if err == nil {
			return
		}
		require.True(t, time.Now().Before(deadline), "Bind(%s) still failing: %v", ep, err)
		time.Sleep(5 * time.Millisecond)
	}
}

func TestPatternUnbind(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			pull, push := patPair(t, ctx, tr, zmq.PULL, zmq.PUSH)
			ep := endpoint(t, tr)
			needVersion(t, 3, 2, 0, func() error { return pull.Unbind(ep) })
			sendWithin(t, push, []byte("before"), 0)
			assert.Equal(t, "before", string(recvWithin(t, pull)))

			// Unbinding an endpoint never bound is ENOENT.
			assert.Equal(t, syscall.ENOENT, pull.Unbind(ep))
			if tr == "inproc" && !atLeast(4, 0, 0) {
				// 3.x cannot unbind inproc endpoints at all.
				other := newSocket(t, ctx, zmq.PULL)
				require.NoError(t, other.Bind(ep))
				assert.Equal(t, syscall.ENOENT, other.Unbind(ep))
				return
			}

			other := newSocket(t, ctx, zmq.PULL)
			require.NoError(t, other.Bind(ep))
			require.NoError(t, other.Unbind(ep))
			// The endpoint is free again for anyone.
			again := newSocket(t, ctx, zmq.PULL)
			patBindRetry(t, again, ep)
		})
	}
}

func TestPatternDisconnect(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			ep1, _, pull1, pull2, push := patFanOut(t, ctx, tr)
			needVersion(t, 3, 2, 0, func() error { return push.Disconnect(ep1) })

			require.NoError(t, push.Disconnect(ep1))
			assert.Equal(t, syscall.ENOENT, push.Disconnect(ep1), "already disconnected")
			// Everything now goes to the remaining peer. (3.2 may still
			// hand a few messages sent right after Disconnect to the
			// dying pipe, which delivers or drops them, so there wait
			// for a run that round-robin over two peers could not
			// produce.)
			run, last, deadline := 0, -1, time.Now().Add(testTimeout)
			for i := 0; run < 5; i++ {
				require.True(t, time.Now().Before(deadline), "messages still reach the disconnected peer")
				sendWithin(t, push, []byte(fmt.Sprint(i)), 0)
				items := []zmq.PollItem{{Socket: pull1, Events: zmq.POLLIN}, {Socket: pull2, Events: zmq.POLLIN}}
				wait := testTimeout
				if !atLeast(4, 0, 0) {
					wait = pollShort
				}
				n, err := zmq.Poll(items, wait)
				require.NoError(t, err)
				if n == 0 {
					require.False(t, atLeast(4, 0, 0), "message %d lost", i)
					run = 0
				}
				if items[0].REvents != 0 {
					require.False(t, atLeast(4, 0, 0), "disconnected peer got a message")
					_, err := pull1.Recv(zmq.DONTWAIT)
					require.NoError(t, err)
					run = 0
				}
				if items[1].REvents != 0 {
					var v int
					_, err := fmt.Sscan(string(recvWithin(t, pull2)), &v)
					require.NoError(t, err)
					if atLeast(4, 0, 0) {
						require.Equal(t, i, v)
					}
					require.Greater(t, v, last, "order kept")
					last = v
					run++
				}
			}
		})
	}
}

func TestPatternPubSubTwoSubscribers(t *testing.T) {
	// Each subscriber gets its own topics and only those.
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			ep := endpoint(t, tr)
			pub := newSocket(t, ctx, zmq.PUB)
			require.NoError(t, pub.Bind(ep))
			subA := newSocket(t, ctx, zmq.SUB)
			subB := newSocket(t, ctx, zmq.SUB)
			for _, s := range []*zmq.Socket{subA, subB} {
				require.NoError(t, s.Connect(ep))
				require.NoError(t, s.SetSockOptString(zmq.SUBSCRIBE, "all."))
			}
			require.NoError(t, subA.SetSockOptString(zmq.SUBSCRIBE, "a."))
			require.NoError(t, subB.SetSockOptString(zmq.SUBSCRIBE, "b."))
			patSyncSub(t, pub, subA, "a.probe")
			patSyncSub(t, pub, subB, "b.probe")
			// Each probe matched only its own subscriber, so neither has
			// anything left queued from the other's sync.
			for _, m := range []string{"a.1", "b.1", "all.1", "c.1", "a.end", "b.end"} {
				require.NoError(t, pub.Send([]byte(m), 0))
			}
			var gotA, gotB []string
			for len(gotA) == 0 || gotA[len(gotA)-1] != "a.end" {
				gotA = append(gotA, string(recvWithin(t, subA)))
			}
			for len(gotB) == 0 || gotB[len(gotB)-1] != "b.end" {
				gotB = append(gotB, string(recvWithin(t, subB)))
			}
			assert.Equal(t, []string{"a.1", "all.1", "a.end"}, gotA)
			assert.Equal(t, []string{"b.1", "all.1", "b.end"}, gotB)
		})
	}
}

func TestPatternRouterGeneratedIdentity(t *testing.T) {
	// Without IDENTITY the ROUTER makes one up; replies still route.
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx := newContext(t)
			router, dealer := patPair(t, ctx, tr, zmq.ROUTER, zmq.DEALER)
			sendWithin(t, dealer, []byte("hi"), 0)
			parts := recvMultiWithin(t, router)
			require.Equal(t, 2, len(parts))
			assert.NotEmpty(t, parts[0])
			assert.Equal(t, "hi", string(parts[1]))
			require.NoError(t, router.SendMultipart([][]byte{parts[0], []byte("back")}, zmq.DONTWAIT))
			assert.Equal(t, "back", string(recvWithin(t, dealer)))
		})
	}
}

// patFanOut binds two PULL sockets on fresh endpoints of transport tr and
// connects one PUSH socket to both.
func patFanOut(t *testing.T, ctx *zmq.Context, tr string) (ep1, ep2 string, pull1, pull2, push *zmq.Socket) {
	t.Helper()
	ep1, ep2 = endpoint(t, tr), endpoint(t, tr)
	pull1 = newSocket(t, ctx, zmq.PULL)
	require.NoError(t, pull1.Bind(ep1))
	pull2 = newSocket(t, ctx, zmq.PULL)
	require.NoError(t, pull2.Bind(ep2))
	push = newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, push.Connect(ep1))
	require.NoError(t, push.Connect(ep2))
	return ep1, ep2, pull1, pull2, push
}
