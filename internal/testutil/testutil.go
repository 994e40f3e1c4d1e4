// Package testutil holds the helpers that the tests of package zmq and
// of its faces (zmq4, zmq4/draft, ...) share: a deadline for every
// blocking step, the loaded release compared with the one a feature
// needs, a free loopback port, and the driver that calls every method of a
// nil or zero value. It is imported only by tests.
//
// Every helper takes the test first and fails or skips it itself, so
// that a test reads as a list of steps. Helpers that belong to one
// face's API (making its sockets, its endpoints) stay in that face's
// tests.
package testutil

import (
	"errors"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Timeout bounds any single blocking step of a test: a receive, a
// poll, a goroutine awaited. It is long, so that a loaded machine does
// not fail a test, and finite, so that a broken one fails rather than
// hangs.
const Timeout = 10 * time.Second

// AtLeast reports whether the loaded libzmq is at least
// major.minor.patch.
func AtLeast(major, minor, patch int) bool {
	a, b, c := zmq.Version()
	if a != major {
		return a > major
	}
	if b != minor {
		return b > minor
	}
	return c >= patch
}

// NeedVersion skips t when the loaded libzmq is older than
// major.minor.patch. Before skipping it checks that attempt, a call
// using the feature, fails with a version error rather than passing
// silently or crashing: a *zmq.VersionError naming the loaded release,
// or one of also (a face's own errors for the same case, such as
// zmq4's ErrorNotImplemented42). attempt may be nil when no single call
// shows the feature. The skip message starts with "skipped-by-version",
// which make test-matrix counts apart from other skips.
func NeedVersion(t testing.TB, major, minor, patch int, attempt func() error, also ...error) {
	t.Helper()
	if AtLeast(major, minor, patch) {
		return
	}
	a, b, c := zmq.Version()
	if attempt != nil {
		err := attempt()
		require.Error(t, err, "a feature needing libzmq %d.%d.%d must fail on %d.%d.%d", major, minor, patch, a, b, c)
		var ve *zmq.VersionError
		if errors.As(err, &ve) {
			require.Contains(t, ve.Error(), fmt.Sprintf("loaded %d.%d.%d", a, b, c))
		} else {
			require.True(t, isOneOf(err, also), "want a version error, got %T: %v", err, err)
		}
		t.Skipf("skipped-by-version: %v", err)
	}
	t.Skipf("skipped-by-version: needs libzmq >= %d.%d.%d, loaded %d.%d.%d", major, minor, patch, a, b, c)
}

func isOneOf(err error, targets []error) bool {
	for _, target := range targets {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// Within runs f in a goroutine and fails t if f has not returned after
// d; what names the step in the failure.
func Within(t testing.TB, d time.Duration, what string, f func()) {
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

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago,
// for releases before 3.2, which cannot bind "tcp://127.0.0.1:*".
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// WindowedSend calls send(i) for i from 0 to n-1 in a goroutine, never
// more than window calls ahead of the receiver, which calls the
// returned ack once per message it has taken; for peers that drop what
// they have no room for (a ROUTER replying). The returned channel gives
// the sender's error, or nil once all n went out; a receiver that stops
// taking messages makes it fail after Timeout instead of hanging.
func WindowedSend(n, window int, send func(i int) error) (ack func(), done <-chan error) {
	credit := make(chan struct{}, window)
	errc := make(chan error, 1)
	go func() {
		for i := 0; i < n; i++ {
			select {
			case credit <- struct{}{}:
			case <-time.After(Timeout):
				errc <- fmt.Errorf("send %d: the receiver took nothing for %v", i, Timeout)
				return
			}
			if err := send(i); err != nil {
				errc <- fmt.Errorf("send %d: %w", i, err)
				return
			}
		}
		errc <- nil
	}()
	return func() { <-credit }, errc
}
