package zmq4_test

import (
	"errors"
	"net"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
)

// How Close frees the addresses the socket listened on: it waits for
// libzmq's monitor to report the listeners closed, and never binds the
// address itself (see closewait.go).

// serveOnce has rep answer one request of a new REQ dialing ep, so that
// rep has a connection accepted on ep.
func serveOnce(t *testing.T, rep zmq4.Socket, ep string) {
	t.Helper()
	req := zmq4.NewReq(testCtx(t))
	defer req.Close()
	require.NoError(t, within(t, testTimeout, "Dial", func() error { return req.Dial(ep) }))
	exchange(t, req, rep, "ping")
	exchange(t, rep, req, "pong")
}

// TestCloseFreesAddress: when Close returns, the tcp port it listened on
// can be listened on by anyone at once, and a new socket listening on the
// same tcp port or ipc path serves peers (on libzmq 3.2 to 4.1 a listener
// closed late would remove the new listener's ipc file). Each round has
// a connection accepted on the address when Close runs.
func TestCloseFreesAddress(t *testing.T) {
	for _, tr := range []string{"tcp", "ipc"} {
		t.Run(tr, func(t *testing.T) {
			if tr == "ipc" {
				if !atLeast(3, 2) {
					// 2.x cannot tell when its listener is closed, and removes
					// the socket file when it is: see the package documentation.
					t.Skip("skipped-by-version: libzmq 2.x cannot say when an ipc listener is closed")
				}
			}
			ep := endpoint(t, tr)
			for round := 0; round < 3; round++ {
				rep := zmq4.NewRep(testCtx(t))
				ep = listen(t, rep, ep)
				serveOnce(t, rep, ep)
				closeWithin(t, rep)
				if tr == "tcp" && atLeast(3, 2) {
					// 2.x has no monitor: there only the face's own Listen
					// is sure to find the address free (it retries).
					l, err := net.Listen("tcp", strings.TrimPrefix(ep, "tcp://"))
					require.NoError(t, err, "round %d: the port is still in use after Close returned", round)
					l.Close()
				}
			}
			rep := zmq4.NewRep(testCtx(t))
			closeAll(t, rep)
			listen(t, rep, ep)
			serveOnce(t, rep, ep)
		})
	}
}

// closeWithin closes s, failing the test if Close has not returned
// within the test timeout.
func closeWithin(t *testing.T, s zmq4.Socket) {
	t.Helper()
	require.NoError(t, within(t, testTimeout, "Close", s.Close))
}

// TestCloseDoesNotBindTheAddress: Close learns from libzmq, not by
// listening on the address itself, that the listener is closed. A
// goroutine of the test tries to listen on the port from before Close,
// as fast as it can, and once it has the port holds it until Close has
// returned. Close's own wait is made far longer than the test's deadline,
// so a Close that needed to bind the port itself (as the face's first
// versions did) would not return in time whenever the test's goroutine
// got the port first.
func TestCloseDoesNotBindTheAddress(t *testing.T) {
	defer zmq4.SetCloseWait(10 * testTimeout)()
	for round := 0; round < 3; round++ {
		rep := zmq4.NewRep(testCtx(t))
		ep := listen(t, rep, endpoint(t, "tcp"))
		serveOnce(t, rep, ep)
		addr := strings.TrimPrefix(ep, "tcp://")

		release := make(chan struct{})
		held := make(chan error, 1)
		go func() { held <- holdPort(addr, nil, release) }()
		closeWithin(t, rep)
		close(release)
		select {
		case err := <-held:
			require.NoError(t, err, "round %d", round)
		case <-time.After(testTimeout):
			t.Fatalf("round %d: the port was not free within %v of Close", round, testTimeout)
		}
	}
}

// holdPort listens on addr as soon as it can, trying as fast as it can
// meanwhile, closes acquired (if not nil) once it has the port, and holds
// the port until release is closed. It gives up after the test timeout.
func holdPort(addr string, acquired chan<- struct{}, release <-chan struct{}) error {
	deadline := time.Now().Add(testTimeout)
	for {
		l, err := net.Listen("tcp", addr)
		if err == nil {
			if acquired != nil {
				close(acquired)
			}
			<-release
			return l.Close()
		}
		if !errors.Is(err, syscall.EADDRINUSE) {
			return err
		}
		if time.Now().After(deadline) {
			return err
		}
		runtime.Gosched()
	}
}

// TestListenRetriesAddressCloseCouldNotSeeFreed: when Close returns
// without libzmq's word that the listener is closed (libzmq 2.x, which
// has no monitor, or here a monitor the program replaced), the face's
// own Listen on that address retries while it is in use, for the time
// Close would have waited. An address in use that no socket of the face
// released fails at once.
func TestListenRetriesAddressCloseCouldNotSeeFreed(t *testing.T) {
	defer zmq4.SetCloseWait(testTimeout)()
	rep := zmq4.NewRep(testCtx(t))
	ep := listen(t, rep, endpoint(t, "tcp"))
	serveOnce(t, rep, ep)
	addr := strings.TrimPrefix(ep, "tcp://")
	if atLeast(3, 2) {
		// A second monitor replaces the face's: Close gets no word.
		lib, err := zmq4.LibzmqContext()
		require.NoError(t, err)
		m, err := lib.NewMonitor(zmq4.LibzmqSocket(rep), 0)
		require.NoError(t, err)
		defer m.Close()
	}
	// The test takes the port as libzmq frees it, and gives it up a
	// moment after the new socket's Listen has started, which meanwhile
	// finds the port in use.
	acquired, release := make(chan struct{}), make(chan struct{})
	held := make(chan error, 1)
	go func() { held <- holdPort(addr, acquired, release) }()
	closeWithin(t, rep)
	select {
	case <-acquired:
	case err := <-held:
		t.Fatalf("the port was not free within %v of Close: %v", testTimeout, err)
	}
	rep2 := zmq4.NewRep(testCtx(t))
	closeAll(t, rep2)
	listened := make(chan error, 1)
	go func() { listened <- rep2.Listen(ep) }()
	time.AfterFunc(50*time.Millisecond, func() { close(release) })
	select {
	case err := <-listened:
		require.NoError(t, err)
	case <-time.After(testTimeout):
		t.Fatalf("Listen did not return within %v", testTimeout)
	}
	require.NoError(t, <-held)
	serveOnce(t, rep2, ep)

	// A port held by someone else, never released by a socket of the
	// face, is refused at once (within the test timeout, which is shorter
	// than the retry time set above).
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	// The system may hand out a port a face socket of an earlier run
	// (-count) released, which Listen would retry: forget those.
	zmq4.ForgetReleased()
	other := zmq4.NewRep(testCtx(t))
	closeAll(t, other)
	err = within(t, testTimeout/2, "Listen on a port in use", func() error {
		return other.Listen("tcp://" + l.Addr().String())
	})
	// libzmq may report it with the EAGAIN its monitor left in errno.
	inUse := errors.Is(err, syscall.EADDRINUSE) || errors.Is(err, syscall.EAGAIN)
	assert.True(t, inUse, "want the port reported in use, got %v", err)
}
