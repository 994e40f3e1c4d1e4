//go:build !windows

package zmq_test

import (
	"math"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// neverOpenFd is a descriptor no process has: above any RLIMIT_NOFILE.
func neverOpenFd() zmq.ZmqOsSocketType { return math.MaxInt32 }

// closedFd returns a descriptor that was open and is closed now. It is
// made at 1000 or above, where the lowest-free rule that allocates
// descriptors does not reach by accident while the test runs.
func closedFd(t *testing.T) zmq.ZmqOsSocketType {
	t.Helper()
	var p [2]int
	require.NoError(t, syscall.Pipe(p[:]))
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	fd, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(p[0]), syscall.F_DUPFD, 1000)
	require.Zero(t, e, "fcntl F_DUPFD")
	require.NoError(t, syscall.Close(int(fd)))
	return zmq.ZmqOsSocketType(fd)
}

// requireStillClosed fails if fd was opened again meanwhile, which
// would make the test's result meaningless.
func requireStillClosed(t *testing.T, fd zmq.ZmqOsSocketType) {
	t.Helper()
	_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	require.Equal(t, syscall.EBADF, e, "descriptor %d was reused during the test", fd)
}

func TestPollMoreItemsThanRlimit(t *testing.T) {
	// poll(2) fails with EINVAL for more items than RLIMIT_NOFILE, and
	// libzmq aborts on that: Poll and Poller refuse such a set instead.
	// The limit is lowered in a child process, which would die without
	// the check.
	if os.Getenv(coreChildEnv) != t.Name() {
		coreRunChild(t, t.Name())
		return
	}
	ctx := newContext(t)
	_, b := patPair(t, ctx, "inproc", zmq.PAIR, zmq.PAIR)
	var rl syscall.Rlimit
	require.NoError(t, syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl))
	rl.Cur = 100
	require.NoError(t, syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rl))

	items := make([]zmq.PollItem, 101)
	p := zmq.NewPoller()
	for i := range items {
		items[i] = zmq.PollItem{Socket: b, Events: zmq.POLLIN}
		p.Add(b, zmq.POLLIN)
	}
	for _, timeout := range []time.Duration{0, pollShort} {
		_, err := pollDeadline(t, items, timeout)
		require.ErrorIs(t, err, zmq.EINVAL)
		assert.Contains(t, err.Error(), "RLIMIT_NOFILE")
		var perr error
		within(t, testTimeout, "Poller.Poll", func() { _, perr = p.Poll(timeout) })
		require.ErrorIs(t, perr, zmq.EINVAL)
	}
	// Up to the limit, the same items are polled.
	n, err := pollDeadline(t, items[:100], 0)
	require.NoError(t, err)
	assert.Zero(t, n)
}

// rawSocket makes a socket closed at the test's end: a Unix domain or
// IPv4 one, listening or not, datagram or stream.
func rawSocket(t *testing.T, unix, listen, dgram bool) int {
	t.Helper()
	fam, typ := syscall.AF_INET, syscall.SOCK_STREAM
	var sa syscall.Sockaddr = &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}
	if unix {
		fam = syscall.AF_UNIX
		sa = &syscall.SockaddrUnix{Name: t.TempDir() + "/s"}
	}
	if dgram {
		typ = syscall.SOCK_DGRAM
	}
	fd, err := syscall.Socket(fam, typ, 0)
	require.NoError(t, err)
	t.Cleanup(func() { syscall.Close(fd) })
	require.NoError(t, syscall.Bind(fd, sa))
	if listen {
		require.NoError(t, syscall.Listen(fd, 16))
	}
	return fd
}

// rawListener makes a listening TCP socket on 127.0.0.1 for libzmq to
// adopt (and close), and returns it and its port.
func rawListener(t *testing.T) (int, int) {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	require.NoError(t, syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	require.NoError(t, syscall.Listen(fd, 16))
	sa, err := syscall.Getsockname(fd)
	require.NoError(t, err)
	return fd, sa.(*syscall.SockaddrInet4).Port
}

// udpFd is a UDP socket on 127.0.0.1, a plain PollItem on every
// platform (a SOCKET on Windows, where only sockets are).
type udpFd struct {
	fd zmq.ZmqOsSocketType
	sa syscall.Sockaddr
}

func newUDPFd(t *testing.T) *udpFd {
	t.Helper()
	fd := rawSocket(t, false, false, true)
	sa, err := syscall.Getsockname(fd)
	require.NoError(t, err)
	return &udpFd{fd: zmq.ZmqOsSocketType(fd), sa: sa}
}

// ring sends the socket a datagram, which makes it readable.
func (u *udpFd) ring(t *testing.T) {
	t.Helper()
	require.NoError(t, syscall.Sendto(int(u.fd), []byte("x"), 0, u.sa))
}
