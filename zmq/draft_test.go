package zmq_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

var draftTypes = []zmq.SocketType{zmq.SERVER, zmq.CLIENT, zmq.RADIO, zmq.DISH, zmq.GATHER, zmq.SCATTER, zmq.DGRAM, zmq.PEER, zmq.CHANNEL}

// TestDraftWithoutDrafts checks the clear error every draft feature
// gives on a library built without draft APIs (all the test libraries
// and Debian's).
func TestDraftWithoutDrafts(t *testing.T) {
	if zmq.Has(zmq.CapDraft) {
		t.Skip("libzmq has the draft API; TestDraftSockets covers it")
	}
	ctx := newContext(t)
	for _, typ := range draftTypes {
		s, err := ctx.NewSocket(typ)
		require.Error(t, err, typ.String())
		assert.Nil(t, s)
		var ve *zmq.VersionError
		require.ErrorAs(t, err, &ve, typ.String())
		assert.True(t, errors.Is(err, errors.ErrUnsupported))
		assert.Contains(t, err.Error(), "socket type "+typ.String())
		assert.Contains(t, err.Error(), "draft APIs")
	}
	s := newSocket(t, ctx, zmq.DEALER)
	calls := map[string]func() error{
		"zmq_join":               func() error { return s.Join("g") },
		"zmq_leave":              func() error { return s.Leave("g") },
		"zmq_msg_set_routing_id": func() error { return s.SendTo([]byte("x"), 1, 0) },
		"zmq_msg_set_group":      func() error { return s.SendGroup("g", []byte("x"), 0) },
		"zmq_msg_routing_id":     func() error { _, _, err := s.RecvFrom(0); return err },
		"zmq_msg_group":          func() error { _, _, err := s.RecvGroup(0); return err },
	}
	for name, call := range calls {
		err := call()
		var ve *zmq.VersionError
		require.ErrorAs(t, err, &ve, name)
		assert.Equal(t, name, ve.Feature)
		assert.Contains(t, err.Error(), "built with draft APIs", name)
	}
	// Ordinary types are unaffected.
	newSocket(t, ctx, zmq.PAIR)
}

// TestDraftSockets runs only against a libzmq built with draft APIs.
func TestDraftSockets(t *testing.T) {
	if !zmq.Has(zmq.CapDraft) {
		t.Skip("skipped: libzmq built without draft APIs")
	}
	ctx := newContext(t)
	srv := newSocket(t, ctx, zmq.SERVER)
	cli := newSocket(t, ctx, zmq.CLIENT)
	ep := endpoint(t, "tcp")
	require.NoError(t, srv.Bind(ep))
	require.NoError(t, cli.Connect(ep))
	sendWithin(t, cli, []byte("hello"), 0)
	waitReady(t, srv, zmq.POLLIN)
	b, id, err := srv.RecvFrom(zmq.DONTWAIT)
	require.NoError(t, err)
	assert.Equal(t, []byte("hello"), b)
	assert.NotZero(t, id)
	waitReady(t, srv, zmq.POLLOUT)
	require.NoError(t, srv.SendTo([]byte("world"), id, zmq.DONTWAIT))
	assert.Equal(t, []byte("world"), recvWithin(t, cli))

	radio := newSocket(t, ctx, zmq.RADIO)
	dish := newSocket(t, ctx, zmq.DISH)
	ep = endpoint(t, "tcp")
	require.NoError(t, radio.Bind(ep))
	require.NoError(t, dish.Connect(ep))
	require.NoError(t, dish.Join("news"))
	// Joins travel to the radio asynchronously: send until one arrives.
	var got []byte
	var group string
	for i := 0; i < 1000 && got == nil; i++ {
		require.NoError(t, radio.SendGroup("news", []byte("flash"), zmq.DONTWAIT))
		n, err := zmq.Poll([]zmq.PollItem{{Socket: dish, Events: zmq.POLLIN}}, 10*time.Millisecond)
		require.NoError(t, err)
		if n == 1 {
			got, group, err = dish.RecvGroup(zmq.DONTWAIT)
			require.NoError(t, err)
		}
	}
	assert.Equal(t, []byte("flash"), got)
	assert.Equal(t, "news", group)
	require.NoError(t, dish.Leave("news"))
}
