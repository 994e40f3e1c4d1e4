package zmq_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Context options through their typed accessors, each on the releases
// that have it; older ones must give the version error.

func TestContextIPv6(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 0, 0, func() error { return ctx.SetIPv6(true) })
	require.NoError(t, ctx.SetIPv6(true))
	on, err := ctx.IPv6()
	require.NoError(t, err)
	assert.True(t, on)
	require.NoError(t, ctx.SetIPv6(false))
	on, err = ctx.IPv6()
	require.NoError(t, err)
	assert.False(t, on)
}

func TestContextSocketLimitAndSched(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 1, 0, func() error { _, err := ctx.SocketLimit(); return err })
	limit, err := ctx.SocketLimit()
	require.NoError(t, err)
	assert.Greater(t, limit, 0)
}

func TestContextBlockyAndMaxMsgSize(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 2, 0, func() error { return ctx.SetBlocky(false) })
	require.NoError(t, ctx.SetBlocky(false))
	on, err := ctx.Blocky()
	require.NoError(t, err)
	assert.False(t, on)
	require.NoError(t, ctx.SetMaxMsgSize(1<<20))
	n, err := ctx.MaxMsgSize()
	require.NoError(t, err)
	assert.Equal(t, 1<<20, n)
}

func TestContextMsgTSize(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 3, 0, func() error { _, err := ctx.MsgTSize(); return err })
	n, err := ctx.MsgTSize()
	require.NoError(t, err)
	assert.Equal(t, 64, n, "the binding reserves 64 bytes per zmq_msg_t")
	// Reading the scheduling policy works from 4.3; -1 is its default.
	policy, err := ctx.ThreadSchedPolicy()
	require.NoError(t, err)
	assert.Equal(t, -1, policy)
	require.NoError(t, ctx.SetThreadNamePrefix(7))
	require.NoError(t, ctx.AddThreadAffinityCPU(0))
	require.NoError(t, ctx.RemoveThreadAffinityCPU(0))
}
