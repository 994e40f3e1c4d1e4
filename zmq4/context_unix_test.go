//go:build !windows

package zmq4_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq4"
)

// With SetRetryAfterEINTR(false) a signal ends a blocked call with
// EINTR, which pebbe/zmq4 programs use to stop on Ctrl-C.
func TestRetryAfterEINTRFalseReturnsEINTR(t *testing.T) {
	ctx := newCtx(t)
	s := newSock(t, ctx, zmq4.PULL)
	needVersion(t, 2, 2, 0, func() error { return s.SetRcvtimeo(time.Second) })
	ctx.SetRetryAfterEINTR(false)
	assert.False(t, ctx.GetRetryAfterEINTR())
	require.NoError(t, s.SetRcvtimeo(3*time.Second))
	got := make(chan error, 1)
	go func() { _, err := s.Recv(0); got <- err }()
	deadline := time.After(testTimeout)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-got:
			// Either a signal interrupted the call or the timeout
			// expired first on a quiet machine; never a hang.
			e := zmq4.AsErrno(err)
			assert.True(t, e == zmq4.Errno(syscall.EINTR) || e == zmq4.Errno(syscall.EAGAIN), "%v", err)
			return
		case <-tick.C:
			syscall.Kill(syscall.Getpid(), syscall.SIGURG)
		case <-deadline:
			t.Fatal("Recv blocked past the deadline")
		}
	}
}
