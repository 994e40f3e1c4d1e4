package zmq_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// monWaitFor reads events from ch until one of kind want arrives, and
// returns it with the events seen before it.
func monWaitFor(t *testing.T, ch <-chan zmq.MonitorEvent, want zmq.Event) (zmq.MonitorEvent, []zmq.MonitorEvent) {
	t.Helper()
	var seen []zmq.MonitorEvent
	deadline := time.After(testTimeout)
	for {
		select {
		case ev, ok := <-ch:
			require.True(t, ok, "monitor channel closed while waiting for %v; seen %v", want, seen)
			if ev.Event == want {
				return ev, seen
			}
			seen = append(seen, ev)
		case <-deadline:
			t.Fatalf("no %v within %v; seen %v", want, testTimeout, seen)
		}
	}
}

func monNeed(t *testing.T, ctx *zmq.Context) {
	t.Helper()
	s := newSocket(t, ctx, zmq.PAIR)
	needVersion(t, 3, 2, 0, func() error { return s.Monitor("inproc://monitor-need", zmq.EVENT_ALL) })
}

func TestMonitorEventNumbers(t *testing.T) {
	// The numbers are libzmq's, the same in every release that has them.
	assert.Equal(t, zmq.Event(1), zmq.EVENT_CONNECTED)
	assert.Equal(t, zmq.Event(32), zmq.EVENT_ACCEPTED)
	assert.Equal(t, zmq.Event(512), zmq.EVENT_DISCONNECTED)
	assert.Equal(t, zmq.Event(1024), zmq.EVENT_MONITOR_STOPPED)
	assert.Equal(t, zmq.Event(0x4000), zmq.EVENT_HANDSHAKE_FAILED_AUTH)
	assert.Equal(t, "EVENT_ACCEPTED|EVENT_CLOSED", (zmq.EVENT_ACCEPTED | zmq.EVENT_CLOSED).String())
	assert.Equal(t, "EVENT_ALL", zmq.EVENT_ALL.String())
	assert.Equal(t, "Event(0x10000)", zmq.Event(0x10000).String())
}

func TestMonitorNeeds32(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PAIR)
	if atLeast(3, 2, 0) {
		t.Skip("monitoring exists in this release")
	}
	_, err := ctx.NewMonitor(s, zmq.EVENT_ALL)
	var ve *zmq.VersionError
	require.ErrorAs(t, err, &ve)
	_, err = s.RecvEvent(zmq.DONTWAIT)
	require.ErrorAs(t, err, &ve)
	require.ErrorAs(t, s.Monitor("inproc://x", zmq.EVENT_ALL), &ve)
}

// rawMonitor starts monitoring s on the inproc address addr and returns
// a PAIR socket connected to it, from which RecvEvent reads the events.
func rawMonitor(t *testing.T, ctx *zmq.Context, s *zmq.Socket, addr string, events zmq.Event) *zmq.Socket {
	t.Helper()
	require.NoError(t, s.Monitor(addr, events))
	mon := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, mon.Connect(addr))
	return mon
}

// TestMonitorRecvEvent decodes events read with RecvEvent from the raw
// monitor endpoint, and checks their endpoints.
func TestMonitorRecvEvent(t *testing.T) {
	ctx := newContext(t)
	monNeed(t, ctx)
	srv := newSocket(t, ctx, zmq.REP)
	mon := rawMonitor(t, ctx, srv, "inproc://monitor-raw", zmq.EVENT_LISTENING|zmq.EVENT_ACCEPTED)
	ep := endpoint(t, "tcp")
	require.NoError(t, srv.Bind(ep))

	waitReady(t, mon, zmq.POLLIN)
	ev, err := mon.RecvEvent(zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, zmq.EVENT_LISTENING, ev.Event)
	assert.Equal(t, ep, ev.Endpoint)
	assert.Greater(t, ev.Value, 0, "LISTENING carries the listening fd")

	cli := newSocket(t, ctx, zmq.REQ)
	require.NoError(t, cli.Connect(ep))
	waitReady(t, mon, zmq.POLLIN)
	ev, err = mon.RecvEvent(zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, zmq.EVENT_ACCEPTED, ev.Event)
	assert.Equal(t, ep, ev.Endpoint)
	assert.Greater(t, ev.Value, 0)

	_, err = mon.RecvEvent(zmq.DONTWAIT)
	assert.Equal(t, zmq.EAGAIN, err)
}

// TestMonitorConnectAcceptDisconnect watches both ends of a real tcp
// connection through Monitor channels.
func TestMonitorConnectAcceptDisconnect(t *testing.T) {
	ctx := newContext(t)
	monNeed(t, ctx)
	srv := newSocket(t, ctx, zmq.PULL)
	srvMon, err := ctx.NewMonitor(srv, zmq.EVENT_ALL)
	require.NoError(t, err)
	defer srvMon.Close()
	ep := endpoint(t, "tcp")
	require.NoError(t, srv.Bind(ep))
	ev, _ := monWaitFor(t, srvMon.C, zmq.EVENT_LISTENING)
	assert.Equal(t, ep, ev.Endpoint)

	cli, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	require.NoError(t, cli.SetSockOptInt(zmq.LINGER, 0))
	cliMon, err := ctx.NewMonitor(cli, zmq.EVENT_ALL)
	require.NoError(t, err)
	require.NoError(t, cli.Connect(ep))

	ev, _ = monWaitFor(t, cliMon.C, zmq.EVENT_CONNECTED)
	assert.Equal(t, ep, ev.Endpoint)
	ev, _ = monWaitFor(t, srvMon.C, zmq.EVENT_ACCEPTED)
	assert.Equal(t, ep, ev.Endpoint)

	// A message goes through, so the connection is complete (on 4.x
	// the ZMTP handshake too) before the client leaves.
	sendWithin(t, cli, []byte("hi"), 0)
	assert.Equal(t, []byte("hi"), recvWithin(t, srv))

	require.NoError(t, cli.Close())
	if atLeast(4, 0, 0) {
		// Closing the monitored socket ends its monitor.
		_, seen := monWaitFor(t, cliMon.C, zmq.EVENT_MONITOR_STOPPED)
		_ = seen
		within(t, testTimeout, "monitor channel close", func() {
			for range cliMon.C {
			}
		})
		assert.NoError(t, cliMon.Err())
	}
	require.NoError(t, cliMon.Close())

	monWaitFor(t, srvMon.C, zmq.EVENT_DISCONNECTED)
	require.NoError(t, srv.Close())
	ev, _ = monWaitFor(t, srvMon.C, zmq.EVENT_CLOSED)
	assert.Equal(t, ep, ev.Endpoint)
	require.NoError(t, srvMon.Close())
	require.NoError(t, srvMon.Close(), "second Close")
	within(t, testTimeout, "closed channel drains", func() {
		for range srvMon.C {
		}
	})
}

// TestMonitorConnectRetried sees a connect to a port nobody listens on
// being delayed and retried.
func TestMonitorConnectRetried(t *testing.T) {
	ctx := newContext(t)
	monNeed(t, ctx)
	cli := newSocket(t, ctx, zmq.DEALER)
	require.NoError(t, cli.SetSockOptInt(zmq.RECONNECT_IVL, 10))
	m, err := ctx.NewMonitor(cli, zmq.EVENT_CONNECT_DELAYED|zmq.EVENT_CONNECT_RETRIED)
	require.NoError(t, err)
	defer m.Close()
	ep := endpoint(t, "tcp")
	require.NoError(t, cli.Connect(ep))
	ev, _ := monWaitFor(t, m.C, zmq.EVENT_CONNECT_RETRIED)
	assert.Equal(t, ep, ev.Endpoint)
	assert.Greater(t, ev.Value, 0, "the retry interval")
}

// TestMonitorCloseWhileUnread closes a monitor whose events nobody
// read, and a monitor whose context goes away.
func TestMonitorCloseWhileUnread(t *testing.T) {
	ctx := newContext(t)
	monNeed(t, ctx)
	s := newSocket(t, ctx, zmq.ROUTER)
	m, err := ctx.NewMonitor(s, zmq.EVENT_ALL)
	require.NoError(t, err)
	for i := 0; i < 40; i++ {
		require.NoError(t, s.Bind(endpoint(t, "tcp")))
	}
	within(t, testTimeout, "Monitor.Close", func() { require.NoError(t, m.Close()) })

	ctx2, err := zmq.NewContext()
	require.NoError(t, err)
	s2, err := ctx2.NewSocket(zmq.ROUTER)
	require.NoError(t, err)
	m2, err := ctx2.NewMonitor(s2, zmq.EVENT_ALL)
	require.NoError(t, err)
	within(t, testTimeout, "Context.Close", ctx2.Close)
	within(t, testTimeout, "monitor end", func() {
		for range m2.C {
		}
	})
	// The context closes the reading socket (ETERM) or, first, the
	// monitored one, whose last event ends the monitor (4.x).
	if err := m2.Err(); err != nil {
		assert.Equal(t, zmq.ETERM, err)
	}
	assert.NoError(t, m2.Close())
}

func TestMonitorRejectsNonEvent(t *testing.T) {
	ctx := newContext(t)
	monNeed(t, ctx)
	a := newSocket(t, ctx, zmq.PAIR)
	b := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, a.Bind("inproc://monitor-fake"))
	require.NoError(t, b.Connect("inproc://monitor-fake"))
	// A plain message of any size, including the size of 3.2's event
	// struct with a bogus pointer in it, is refused without reading it.
	fake := make([]byte, 24)
	fake[0] = 1
	for i := 8; i < 16; i++ {
		fake[i] = 0x41
	}
	for _, msg := range [][][]byte{{[]byte("x")}, {fake}, {[]byte("abcdef"), []byte("tcp://x"), []byte("extra")}} {
		require.NoError(t, b.SendMultipart(msg, 0))
		waitReady(t, a, zmq.POLLIN)
		_, err := a.RecvEvent(zmq.DONTWAIT)
		if err == nil {
			// 4.x: a 24-byte frame is not an event; 3.2: a 6-byte one is not.
			t.Fatalf("%q decoded as an event", msg)
		}
		require.Equal(t, zmq.ErrNotMonitorEvent, err)
	}
	_, err := a.RecvEvent(zmq.DONTWAIT)
	require.Equal(t, zmq.EAGAIN, err, "rejected messages are consumed whole")
}

// TestMonitorStop stops monitoring with an empty address; 4.x says so
// with a last MONITOR_STOPPED event.
func TestMonitorStop(t *testing.T) {
	ctx := newContext(t)
	monNeed(t, ctx)
	s := newSocket(t, ctx, zmq.DEALER)
	mon := rawMonitor(t, ctx, s, "inproc://monitor-stop", zmq.EVENT_ALL)
	require.NoError(t, s.Monitor("", 0))
	if atLeast(4, 0, 0) {
		waitReady(t, mon, zmq.POLLIN)
		ev, err := mon.RecvEvent(zmq.DONTWAIT)
		require.NoError(t, err)
		assert.Equal(t, zmq.EVENT_MONITOR_STOPPED, ev.Event)
		assert.Equal(t, "", ev.Endpoint)
	}
	// Monitoring can start again, on a new endpoint.
	mon2 := rawMonitor(t, ctx, s, "inproc://monitor-stop-2", zmq.EVENT_LISTENING)
	ep := endpoint(t, "tcp")
	require.NoError(t, s.Bind(ep))
	waitReady(t, mon2, zmq.POLLIN)
	ev, err := mon2.RecvEvent(zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, zmq.EVENT_LISTENING, ev.Event)
	// Only inproc endpoints can carry events.
	assert.Error(t, s.Monitor(endpoint(t, "tcp"), zmq.EVENT_ALL))
}

// TestMonitorEventsMatchTables checks the Event constants against every
// generation's table of zmq.h values: a bit never changed meaning.
func TestMonitorEventsMatchTables(t *testing.T) {
	ours := map[string]zmq.Event{
		"EVENT_CONNECTED": zmq.EVENT_CONNECTED, "EVENT_CONNECT_DELAYED": zmq.EVENT_CONNECT_DELAYED,
		"EVENT_CONNECT_RETRIED": zmq.EVENT_CONNECT_RETRIED, "EVENT_LISTENING": zmq.EVENT_LISTENING,
		"EVENT_BIND_FAILED": zmq.EVENT_BIND_FAILED, "EVENT_ACCEPTED": zmq.EVENT_ACCEPTED,
		"EVENT_ACCEPT_FAILED": zmq.EVENT_ACCEPT_FAILED, "EVENT_CLOSED": zmq.EVENT_CLOSED,
		"EVENT_CLOSE_FAILED": zmq.EVENT_CLOSE_FAILED, "EVENT_DISCONNECTED": zmq.EVENT_DISCONNECTED,
		"EVENT_MONITOR_STOPPED":            zmq.EVENT_MONITOR_STOPPED,
		"EVENT_HANDSHAKE_FAILED_NO_DETAIL": zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL,
		"EVENT_HANDSHAKE_SUCCEEDED":        zmq.EVENT_HANDSHAKE_SUCCEEDED,
		"EVENT_HANDSHAKE_FAILED_PROTOCOL":  zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL,
		"EVENT_HANDSHAKE_FAILED_AUTH":      zmq.EVENT_HANDSHAKE_FAILED_AUTH,
	}
	for _, tab := range versions.Tables {
		for name, c := range tab.MonitorEvents {
			if c.Draft {
				continue
			}
			if name == "EVENT_ALL" {
				assert.Equal(t, zmq.Event(c.Num), zmq.EVENT_ALL&zmq.Event(c.Num), "%s: EVENT_ALL covers %s's", tab.Name, name)
				continue
			}
			want, ok := ours[name]
			if assert.True(t, ok, "%s: no constant for %s", tab.Name, name) {
				assert.Equal(t, want, zmq.Event(c.Num), "%s %s", tab.Name, name)
			}
		}
	}
}
