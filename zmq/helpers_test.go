package zmq_test

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Shared test helpers. Every blocking step in a test goes through a
// deadline: recvWithin polls before receiving, and run bounds a whole
// function.

// testTimeout bounds any single blocking step.
const testTimeout = 10 * time.Second

// loaded returns the loaded libzmq version as comparable numbers.
func loaded() (int, int, int) { return zmq.Version() }

// atLeast reports whether the loaded libzmq is at least major.minor.patch.
func atLeast(major, minor, patch int) bool {
	a, b, c := loaded()
	if a != major {
		return a > major
	}
	if b != minor {
		return b > minor
	}
	return c >= patch
}

// needVersion skips the test when the loaded libzmq is older than
// major.minor.patch, after checking that attempt (which uses the
// feature) fails with the clear version error rather than silently
// passing or crashing. attempt may be nil when no single call shows it.
func needVersion(t *testing.T, major, minor, patch int, attempt func() error) {
	t.Helper()
	if atLeast(major, minor, patch) {
		return
	}
	a, b, c := loaded()
	if attempt != nil {
		err := attempt()
		var ve *zmq.VersionError
		require.Error(t, err, "feature needing libzmq %d.%d.%d must fail on %d.%d.%d", major, minor, patch, a, b, c)
		require.True(t, errors.As(err, &ve), "want *zmq.VersionError, got %T: %v", err, err)
		require.Contains(t, err.Error(), fmt.Sprintf("loaded %d.%d.%d", a, b, c))
		t.Skipf("skipped-by-version: %v", err)
	}
	t.Skipf("skipped-by-version: needs libzmq >= %d.%d.%d, loaded %d.%d.%d", major, minor, patch, a, b, c)
}

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

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago
// (2.x has no "tcp://127.0.0.1:*" wildcard bind).
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

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

// within runs f in a goroutine and fails the test if it does not return
// within d.
func within(t testing.TB, d time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s did not finish within %v", what, d)
	}
}
