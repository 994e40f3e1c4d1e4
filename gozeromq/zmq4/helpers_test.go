package zmq4_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/internal/testutil"
)

// testTimeout bounds every blocking step of the tests.
const testTimeout = testutil.Timeout

// testCtx is a context that ends with the test, at the latest after
// twice testTimeout: sockets made with it close even if a test fails.
func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*testTimeout)
	t.Cleanup(cancel)
	return ctx
}

// newSocket is a constructor of the face, such as zmq4.NewPair.
type newSocket func(context.Context, ...zmq4.Option) zmq4.Socket

// closeAll closes the sockets when the test ends.
func closeAll(t *testing.T, socks ...zmq4.Socket) {
	t.Cleanup(func() {
		for _, s := range socks {
			s.Close()
		}
	})
}

var epSeq atomic.Uint64

// endpoint returns a fresh endpoint of the transport: tcp on a port
// libzmq picks (the caller listens on it and reads Addr), ipc in the
// test's temp dir, inproc by name.
func endpoint(t *testing.T, transport string) string {
	t.Helper()
	switch transport {
	case "tcp":
		return "tcp://127.0.0.1:*"
	case "ipc":
		return "ipc://" + filepath.Join(t.TempDir(), "s")
	case "inproc":
		return fmt.Sprintf("inproc://face-test-%d", epSeq.Add(1))
	}
	t.Fatalf("no transport %q", transport)
	return ""
}

// listen binds s to ep and returns the endpoint a peer dials.
func listen(t *testing.T, s zmq4.Socket, ep string) string {
	t.Helper()
	require.NoError(t, s.Listen(ep))
	if ep == "tcp://127.0.0.1:*" {
		return "tcp://" + s.Addr().String()
	}
	return ep
}

// connect listens with l on a fresh endpoint of transport tr, dials it
// with d within the test timeout, closes both when the test ends, and
// returns the endpoint d dialed.
func connect(t *testing.T, tr string, l, d zmq4.Socket) string {
	t.Helper()
	closeAll(t, l, d)
	ep := listen(t, l, endpoint(t, tr))
	require.NoError(t, within(t, testTimeout, "Dial", func() error { return d.Dial(ep) }))
	return ep
}

// exchange sends text from one socket and requires the other to
// receive it as its first frame, each within the test timeout.
func exchange(t *testing.T, from, to zmq4.Socket, text string, msgAndArgs ...any) {
	t.Helper()
	require.NoError(t, within(t, testTimeout, "Send", func() error { return from.Send(zmq4.NewMsgString(text)) }))
	assert.Equal(t, text, string(mustRecv(t, to).Frames[0]), msgAndArgs...)
}

type recvResult struct {
	msg zmq4.Msg
	err error
}

// recvWithin receives on s in a goroutine and fails the test if no
// result comes within d.
func recvWithin(t *testing.T, s zmq4.Socket, d time.Duration) (zmq4.Msg, error) {
	t.Helper()
	ch := make(chan recvResult, 1)
	go func() {
		m, err := s.Recv()
		ch <- recvResult{m, err}
	}()
	select {
	case r := <-ch:
		return r.msg, r.err
	case <-time.After(d):
		s.Close() // unblock the goroutine
		t.Fatalf("Recv on %s did not return within %v", s.Type(), d)
		return zmq4.Msg{}, nil
	}
}

// mustRecv receives one message within the test timeout.
func mustRecv(t *testing.T, s zmq4.Socket) zmq4.Msg {
	t.Helper()
	m, err := recvWithin(t, s, testTimeout)
	require.NoError(t, err)
	return m
}

// within runs f and fails the test if it does not return within d.
func within(t *testing.T, d time.Duration, what string, f func() error) error {
	t.Helper()
	var err error
	testutil.Within(t, d, what, func() { err = f() })
	return err
}

// atLeast reports whether the loaded libzmq is a.b or newer.
func atLeast(a, b int) bool { return testutil.AtLeast(a, b, 0) }
