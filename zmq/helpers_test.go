package zmq_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

// Test helpers of package zmq. Every blocking step in a test goes
// through a deadline: recvWithin polls before receiving, and within
// bounds a whole function. The helpers the faces' tests share live in
// internal/testutil; the names below keep this package's tests short.

// testTimeout bounds any single blocking step.
const testTimeout = testutil.Timeout

// loaded returns the loaded libzmq version as comparable numbers.
func loaded() (int, int, int) { return zmq.Version() }

// atLeast reports whether the loaded libzmq is at least major.minor.patch.
var atLeast = testutil.AtLeast

// needVersion skips the test on a libzmq older than major.minor.patch,
// after checking that attempt (which uses the feature; nil when no
// single call shows it) fails with a *zmq.VersionError.
var needVersion = testutil.NeedVersion

// within runs f in a goroutine and fails the test if it does not return
// within d.
var within = testutil.Within

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago
// (2.x has no "tcp://127.0.0.1:*" wildcard bind).
var freePort = testutil.FreePort

// newContext returns a context closed at the end of the test.
func newContext(t testing.TB) *zmq.Context {
	t.Helper()
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	t.Cleanup(ctx.Close)
	return ctx
}

// newSocket returns a socket closed at the end of the test.
func newSocket(t testing.TB, ctx *zmq.Context, typ zmq.SocketType) *zmq.Socket {
	t.Helper()
	s, err := ctx.NewSocket(typ)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

var epSeq atomic.Int64

// endpoint returns a fresh endpoint for transport "inproc", "ipc" or
// "tcp".
func endpoint(t testing.TB, transport string) string {
	t.Helper()
	n := epSeq.Add(1)
	switch transport {
	case "inproc":
		return fmt.Sprintf("inproc://%s-%d", filepath.Base(t.Name()), n)
	case "ipc":
		skipWithoutIPC(t)
		dir, err := os.MkdirTemp("", "gozmq")
		require.NoError(t, err)
		t.Cleanup(func() { os.RemoveAll(dir) })
		return fmt.Sprintf("ipc://%s/%d.sock", dir, n)
	case "tcp":
		return fmt.Sprintf("tcp://127.0.0.1:%d", freePort(t))
	}
	t.Fatalf("unknown transport %q", transport)
	return ""
}

// transports lists the transports every pattern test runs over.
var transports = []string{"inproc", "ipc", "tcp"}

// waitReady polls s for ev up to testTimeout and fails the test if it
// never becomes ready.
func waitReady(t testing.TB, s *zmq.Socket, ev zmq.PollEvents) {
	t.Helper()
	items := []zmq.PollItem{{Socket: s, Events: ev}}
	n, err := zmq.Poll(items, testTimeout)
	require.NoError(t, err)
	require.Equal(t, 1, n, "socket not ready for %v within %v", ev, testTimeout)
}

// recvWithin receives one part, failing the test instead of hanging.
func recvWithin(t testing.TB, s *zmq.Socket) []byte {
	t.Helper()
	waitReady(t, s, zmq.POLLIN)
	b, err := s.Recv(zmq.DONTWAIT)
	require.NoError(t, err)
	return b
}

// recvMultiWithin receives a whole message, failing instead of hanging.
func recvMultiWithin(t testing.TB, s *zmq.Socket) [][]byte {
	t.Helper()
	waitReady(t, s, zmq.POLLIN)
	parts, err := s.RecvMultipart(zmq.DONTWAIT)
	require.NoError(t, err)
	return parts
}

// sendWithin sends one part, failing the test instead of hanging.
func sendWithin(t testing.TB, s *zmq.Socket, b []byte, flags zmq.SendRecvOption) {
	t.Helper()
	waitReady(t, s, zmq.POLLOUT)
	require.NoError(t, s.Send(b, flags|zmq.DONTWAIT))
}
