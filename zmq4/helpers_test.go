package zmq4_test

import (
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	zmq4 "github.com/gozmq/gozmq/zmq4"
)

// testTimeout bounds every blocking step: sockets get it as RCVTIMEO
// and SNDTIMEO, goroutines are awaited with it.
const testTimeout = testutil.Timeout

// atLeast reports whether the loaded libzmq is at least a.b.c.
var atLeast = testutil.AtLeast

// needVersion skips the test on a libzmq older than a.b.c after
// checking that attempt fails with a version error: pebbe's
// ErrorNotImplemented4x on 4.x, *zmq.VersionError before.
func needVersion(t *testing.T, a, b, c int, attempt func() error) {
	t.Helper()
	testutil.NeedVersion(t, a, b, c, attempt,
		zmq4.ErrorNotImplemented405, zmq4.ErrorNotImplemented41, zmq4.ErrorNotImplemented42)
}

func newCtx(t *testing.T) *zmq4.Context {
	t.Helper()
	ctx, err := zmq4.NewContext()
	require.NoError(t, err)
	t.Cleanup(func() { ctx.Term() })
	return ctx
}

// newSock returns a socket with the test deadline as its timeouts and
// no linger, closed at the end of the test.
func newSock(t *testing.T, ctx *zmq4.Context, typ zmq4.Type) *zmq4.Socket {
	t.Helper()
	s, err := ctx.NewSocket(typ)
	require.NoError(t, err)
	if atLeast(2, 2, 0) { // 2.1 has no timeouts: within bounds those tests
		require.NoError(t, s.SetRcvtimeo(testTimeout))
		require.NoError(t, s.SetSndtimeo(testTimeout))
	}
	require.NoError(t, s.SetLinger(0))
	t.Cleanup(func() { s.Close() })
	return s
}

var epSeq atomic.Int64

func inproc() string { return fmt.Sprintf("inproc://zmq4-test-%d", epSeq.Add(1)) }

// bindTCP binds s to a free loopback port and returns the endpoint.
func bindTCP(t *testing.T, s *zmq4.Socket) string {
	t.Helper()
	if !atLeast(3, 2, 0) {
		// No wildcard port before 3.2: take one the kernel just gave out.
		ep := fmt.Sprintf("tcp://127.0.0.1:%d", testutil.FreePort(t))
		require.NoError(t, s.Bind(ep))
		return ep
	}
	require.NoError(t, s.Bind("tcp://127.0.0.1:*"))
	ep, err := s.GetLastEndpoint()
	require.NoError(t, err)
	return ep
}

// pair returns two connected sockets over tcp.
func pair(t *testing.T, ctx *zmq4.Context, bt, ct zmq4.Type) (*zmq4.Socket, *zmq4.Socket) {
	t.Helper()
	b := newSock(t, ctx, bt)
	c := newSock(t, ctx, ct)
	require.NoError(t, c.Connect(bindTCP(t, b)))
	return b, c
}

// within runs f in a goroutine and fails the test if it takes longer
// than the deadline.
func within(t *testing.T, f func()) {
	t.Helper()
	testutil.Within(t, testTimeout, "the step", f)
}
