package draft_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq4/draft"
)

const testTimeout = 10 * time.Second

func newCtx(t *testing.T) *draft.Context {
	ctx, err := draft.NewContext()
	require.NoError(t, err)
	t.Cleanup(func() { ctx.Term() })
	return ctx
}

func newSock(t *testing.T, ctx *draft.Context, typ draft.Type) *draft.Socket {
	s, err := ctx.NewSocket(typ)
	require.NoError(t, err)
	require.NoError(t, s.SetLinger(0))
	if x, y, _ := draft.Version(); x > 2 || y >= 2 {
		require.NoError(t, s.SetRcvtimeo(testTimeout))
		require.NoError(t, s.SetSndtimeo(testTimeout))
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// needDraft skips without the draft API after checking the error.
func needDraft(t *testing.T, ctx *draft.Context, typ draft.Type) {
	if draft.HasDraft() {
		return
	}
	s, err := ctx.NewSocket(typ)
	require.Equal(t, draft.ErrorNotImplemented42draft, err)
	require.NotNil(t, s)
	_, rerr := s.Recv(0)
	require.Equal(t, draft.ErrorSocketClosed, rerr)
	t.Skipf("skipped-by-version: %v", err)
}

func TestDraftFaceOfClassicSockets(t *testing.T) {
	ctx := newCtx(t)
	pull := newSock(t, ctx, draft.PULL)
	push := newSock(t, ctx, draft.PUSH)
	require.NoError(t, pull.Bind("inproc://draft-classic"))
	require.NoError(t, push.Connect("inproc://draft-classic"))
	n, err := push.Send("hi", 0)
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	p := draft.NewPoller()
	p.Add(pull, draft.POLLIN)
	ready, err := p.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Same(t, pull, ready[0].Socket)
	s, opts, err := pull.RecvWithOpts(0)
	require.NoError(t, err)
	assert.Equal(t, "hi", s)
	assert.Empty(t, opts)
	c, err := pull.Context()
	require.NoError(t, err)
	assert.Same(t, ctx, c)
	assert.Equal(t, "CLIENT", draft.CLIENT.String())
	assert.Equal(t, "PULL", draft.PULL.String())
	_, err = push.Send("x", 0, draft.OptGroup("g"))
	if !draft.HasDraft() {
		assert.Equal(t, draft.ErrorNotImplemented42draft, err)
		assert.Equal(t, draft.ErrorNotImplemented42draft, pull.Join("g"))
	}
}

func TestClientServer(t *testing.T) {
	ctx := newCtx(t)
	needDraft(t, ctx, draft.SERVER)
	srv := newSock(t, ctx, draft.SERVER)
	cli := newSock(t, ctx, draft.CLIENT)
	require.NoError(t, srv.Bind("tcp://127.0.0.1:*"))
	ep, err := srv.GetLastEndpoint()
	require.NoError(t, err)
	require.NoError(t, cli.Connect(ep))
	_, err = cli.Send("ping", 0)
	require.NoError(t, err)
	m, opts, err := srv.RecvWithOpts(0, draft.OptRoutingId(0))
	require.NoError(t, err)
	assert.Equal(t, "ping", m)
	id := opts[0].(draft.OptRoutingId)
	_, err = srv.Send("pong", 0, id)
	require.NoError(t, err)
	r, err := cli.Recv(0)
	require.NoError(t, err)
	assert.Equal(t, "pong", r)
}

func TestRadioDish(t *testing.T) {
	ctx := newCtx(t)
	needDraft(t, ctx, draft.RADIO)
	radio := newSock(t, ctx, draft.RADIO)
	dish := newSock(t, ctx, draft.DISH)
	require.NoError(t, dish.Bind("inproc://radio-dish"))
	require.NoError(t, dish.Join("news"))
	require.NoError(t, radio.Connect("inproc://radio-dish"))
	deadline := time.Now().Add(testTimeout)
	for {
		_, err := radio.Send("hello", 0, draft.OptGroup("news"))
		require.NoError(t, err)
		b, opts, err := dish.RecvBytesWithOpts(draft.DONTWAIT, draft.OptGroup(""))
		if err == nil {
			assert.Equal(t, "hello", string(b))
			assert.Equal(t, draft.OptGroup("news"), opts[0])
			break
		}
		require.True(t, time.Now().Before(deadline), "no message in time")
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, dish.Leave("news"))
}
