package zmq_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/loader"
	"github.com/gozmq/gozmq/zmq"
)

func TestContextIOThreads(t *testing.T) {
	ctx := newContext(t)
	n, err := ctx.IOThreads()
	require.NoError(t, err)
	assert.Equal(t, 1, n, "libzmq's default")
	require.NoError(t, ctx.SetIOThreads(2))
	n, err = ctx.IOThreads()
	require.NoError(t, err)
	assert.Equal(t, 2, n)

	// The context works with its new pool, over a transport that uses it.
	a, b := patPair(t, ctx, "tcp", zmq.PAIR, zmq.PAIR)
	sendWithin(t, a, []byte("x"), 0)
	assert.Equal(t, "x", string(recvWithin(t, b)))

	if !atLeast(3, 0, 0) {
		// zmq_init fixed the pool when the first socket was made.
		assert.Equal(t, zmq.EINVAL, ctx.SetIOThreads(3))
	}
	assert.Equal(t, zmq.EINVAL, newContext(t).SetIOThreads(-1))
}

func TestContextMaxSockets(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 3, 2, 0, func() error { _, err := ctx.MaxSockets(); return err })
	needVersion(t, 3, 2, 0, func() error { return ctx.SetMaxSockets(2) })
	n, err := ctx.MaxSockets()
	require.NoError(t, err)
	assert.Positive(t, n)
	require.NoError(t, ctx.SetMaxSockets(2))
	n, err = ctx.MaxSockets()
	require.NoError(t, err)
	assert.Equal(t, 2, n)

	// The limit holds: the third socket is refused with EMFILE.
	newSocket(t, ctx, zmq.PAIR)
	newSocket(t, ctx, zmq.PAIR)
	_, err = ctx.NewSocket(zmq.PAIR)
	assert.Equal(t, syscall.EMFILE, err)
}

func TestContextCloseWithOpenSockets(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx, err := zmq.NewContext()
			require.NoError(t, err)
			defer ctx.Close()
			// Open sockets with unsent messages and infinite LINGER, and a
			// goroutine blocked in Recv: Close must still return.
			pull, _ := patPair(t, ctx, tr, zmq.PULL, zmq.PUSH)
			push := newSocket(t, ctx, zmq.PUSH)
			require.NoError(t, push.SetSockOptInt(zmq.LINGER, -1))
			require.NoError(t, push.Connect(endpoint(t, "tcp"))) // nobody there
			for i := 0; i < 3; i++ {
				require.NoError(t, push.Send([]byte("stuck"), zmq.DONTWAIT))
			}
			recvErr := make(chan error, 1)
			go func() {
				_, err := pull.Recv(0)
				recvErr <- err
			}()

			within(t, testTimeout, "Context.Close with open sockets", ctx.Close)
			var err2 error
			within(t, testTimeout, "blocked Recv", func() { err2 = <-recvErr })
			assert.Equal(t, zmq.ETERM, err2)
			_, err = pull.Recv(zmq.DONTWAIT)
			assert.Equal(t, zmq.ETERM, err)
			assert.Equal(t, zmq.ETERM, push.Send([]byte("x"), zmq.DONTWAIT))

			// Closing again, and closing the sockets, is harmless.
			within(t, testTimeout, "second Context.Close", ctx.Close)
			assert.NoError(t, push.Close())
			assert.NoError(t, pull.Close())
		})
	}
}

func TestContextNewSocketAfterClose(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	ctx.Close()
	s, err := ctx.NewSocket(zmq.REQ)
	assert.Nil(t, s)
	assert.Equal(t, zmq.ETERM, err)
	assert.True(t, errors.Is(err, zmq.ETERM))
	_, err = ctx.IOThreads()
	if atLeast(3, 0, 0) {
		assert.Equal(t, zmq.ETERM, err)
	}
	ctx.Close()
}

func TestContextCloseUnused(t *testing.T) {
	// A context that never made a socket (2.x creates the C context
	// lazily) closes cleanly, twice.
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	within(t, testTimeout, "Close", ctx.Close)
	within(t, testTimeout, "Close again", ctx.Close)
}

func TestContextSeveralIndependent(t *testing.T) {
	// Closing one context leaves another working.
	c1, c2 := newContext(t), newContext(t)
	a, b := patPair(t, c2, "inproc", zmq.PAIR, zmq.PAIR)
	newSocket(t, c1, zmq.PAIR)
	within(t, testTimeout, "Close", c1.Close)
	sendWithin(t, a, []byte("still here"), 0)
	assert.Equal(t, "still here", string(recvWithin(t, b)))
}

func TestContextLoadedLibrary(t *testing.T) {
	newContext(t)
	require.NoError(t, zmq.LibraryError())
	major, minor, patch := zmq.Version()
	assert.True(t, major >= 2 && major <= 4, "major %d", major)
	assert.True(t, minor >= 0 && minor < 100 && patch >= 0 && patch < 100, "%d.%d.%d", major, minor, patch)
	assert.True(t, atLeast(2, 1, 0), "gozmq supports 2.1 and later")

	path := zmq.LibraryPath()
	require.NotEmpty(t, path)
	fi, err := os.Stat(path)
	require.NoError(t, err, "LibraryPath must name a file")
	assert.True(t, fi.Mode().IsRegular())
	assert.Contains(t, filepath.Base(path), "libzmq")
	if want := os.Getenv(loader.EnvLibrary); want != "" && filepath.IsAbs(want) {
		w, err1 := filepath.EvalSymlinks(want)
		p, err2 := filepath.EvalSymlinks(path)
		require.NoError(t, err1)
		require.NoError(t, err2)
		assert.Equal(t, w, p, "the library ZMQ_LIBRARY names is the one loaded")
	}
}

// coreChildEnv marks a test binary started by a test to run one check
// in a fresh process: the library is loaded once per process.
const coreChildEnv = "GOZMQ_CORE_TEST_CHILD"

// coreRunChild runs the test named name in a child process with extra
// environment and fails if it does not pass within testTimeout.
func coreRunChild(t *testing.T, name string, env ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+name+"$", "-test.count=1", "-test.v")
	cmd.Env = append(append(os.Environ(), coreChildEnv+"="+name), env...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "child test failed:\n%s", out)
	require.Contains(t, string(out), "--- PASS: "+name, "child did not run the test:\n%s", out)
}

func TestContextLibraryNotFound(t *testing.T) {
	const missing = "/nonexistent/libzmq.so.5"
	if os.Getenv(coreChildEnv) != t.Name() {
		coreRunChild(t, t.Name(), loader.EnvLibrary+"="+missing)
		return
	}
	// In the child: nothing can load, and everything says so instead of
	// panicking.
	ctx, err := zmq.NewContext()
	require.Error(t, err)
	assert.Nil(t, ctx)
	assert.True(t, errors.Is(err, loader.ErrNotFound), "errors.Is(err, loader.ErrNotFound): %v", err)
	var nf *loader.NotFoundError
	require.True(t, errors.As(err, &nf), "%T", err)
	assert.Equal(t, []string{missing}, nf.Tried)
	assert.Contains(t, err.Error(), missing)
	assert.Contains(t, err.Error(), "ZMQ_LIBRARY")
	if runtime.GOOS == "windows" {
		assert.Contains(t, err.Error(), "vcpkg install zeromq")
	} else {
		assert.Contains(t, err.Error(), "apt-get install libzmq5")
	}

	a, b, c := zmq.Version()
	assert.Equal(t, [3]int{0, 0, 0}, [3]int{a, b, c})
	assert.Equal(t, err, zmq.LibraryError())
	assert.Equal(t, "", zmq.LibraryPath())
	_, err = zmq.Poll(nil, 0)
	assert.True(t, errors.Is(err, loader.ErrNotFound), "Poll: %v", err)
	// Error texts of libzmq's numbers still work without libzmq.
	assert.NotEmpty(t, zmq.ETERM.Error())
	assert.False(t, strings.Contains(zmq.EFSM.Error(), "panic"))
}
