package zmq4_test

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	zmq4 "github.com/gozmq/gozmq/zmq4"
)

func TestContextOptions(t *testing.T) {
	ctx := newCtx(t)
	require.NoError(t, ctx.SetIoThreads(2))
	n, err := ctx.GetIoThreads()
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	needVersion(t, 3, 2, 0, func() error { return ctx.SetMaxSockets(100) })
	require.NoError(t, ctx.SetMaxSockets(100))
	n, err = ctx.GetMaxSockets()
	require.NoError(t, err)
	assert.Equal(t, 100, n)
	needVersion(t, 4, 0, 0, func() error { return ctx.SetIpv6(true) })
	require.NoError(t, ctx.SetIpv6(true))
	v6, err := ctx.GetIpv6()
	require.NoError(t, err)
	assert.True(t, v6)
	needVersion(t, 4, 1, 0, func() error { return ctx.SetThreadPriority(0) })
	if runtime.GOOS != "windows" {
		assert.NoError(t, ctx.SetThreadSchedPolicy(0))
		assert.NoError(t, ctx.SetThreadPriority(0))
	}
	needVersion(t, 4, 2, 0, func() error { return ctx.SetBlocky(false) })
	require.NoError(t, ctx.SetBlocky(false))
	b, err := ctx.GetBlocky()
	require.NoError(t, err)
	assert.False(t, b)
	require.NoError(t, ctx.SetMaxMsgsz(1<<20))
	m, err := ctx.GetMaxMsgsz()
	require.NoError(t, err)
	assert.Equal(t, 1<<20, m)
}

func TestDefaultContextFunctions(t *testing.T) {
	n, err := zmq4.GetIoThreads()
	require.NoError(t, err)
	assert.Equal(t, zmq4.IoThreadsDflt, n)
	require.NoError(t, zmq4.SetIoThreads(1))
	s, err := zmq4.NewSocket(zmq4.PUSH)
	require.NoError(t, err)
	defer s.Close()
	c, err := s.Context()
	require.NoError(t, err)
	assert.NotNil(t, c)
	assert.True(t, zmq4.GetRetryAfterEINTR())
	zmq4.SetRetryAfterEINTR(false)
	assert.False(t, zmq4.GetRetryAfterEINTR())
	zmq4.SetRetryAfterEINTR(true)
	if !atLeast(3, 2, 0) {
		return
	}
	n, err = zmq4.GetMaxSockets()
	require.NoError(t, err)
	assert.Greater(t, n, 0)
	require.NoError(t, zmq4.SetMaxSockets(n))
	if !atLeast(4, 0, 0) {
		return
	}
	require.NoError(t, zmq4.SetIpv6(false))
	v6, err := zmq4.GetIpv6()
	require.NoError(t, err)
	assert.False(t, v6)
	if runtime.GOOS != "windows" && atLeast(4, 1, 0) {
		assert.NoError(t, zmq4.SetThreadSchedPolicy(0))
		assert.NoError(t, zmq4.SetThreadPriority(0))
	}
	if !atLeast(4, 2, 0) {
		assert.Equal(t, zmq4.ErrorNotImplemented42, zmq4.SetBlocky(true))
		return
	}
	require.NoError(t, zmq4.SetBlocky(true))
	b, err := zmq4.GetBlocky()
	require.NoError(t, err)
	assert.True(t, b)
	m, err := zmq4.GetMaxMsgsz()
	require.NoError(t, err)
	require.NoError(t, zmq4.SetMaxMsgsz(m))
}
