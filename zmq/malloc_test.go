package zmq_test

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// glibc reports whether this process runs on glibc (ldd's answer is not
// available without a shell; the loader's own path is a fair proxy).
func glibc() bool {
	if runtime.GOOS != "linux" {
		return false
	}
	b, err := os.ReadFile("/proc/self/maps")
	return err == nil && strings.Contains(string(b), "libc.so.6")
}

func TestMallocTuningDefault(t *testing.T) {
	if os.Getenv(coreChildEnv) != t.Name() {
		// A fresh process without the user's allocator variables, so that
		// the default is what is tested.
		coreRunChild(t, t.Name(), zmq.EnvMalloc+"=", "GLIBC_TUNABLES=")
		return
	}
	info := zmq.MallocTuning()
	if !glibc() || cgoEnabled {
		assert.False(t, info.Tuned, "%+v", info)
		assert.NotEmpty(t, info.Reason)
		// Logged, not skipped: the parent wants the child to pass.
		t.Logf("not tuned here: %s", info.Reason)
		return
	}
	require.True(t, info.Tuned, "%+v", info)
	assert.Equal(t, 64<<20, info.TrimThreshold)
	assert.Positive(t, info.MmapThreshold)
	assert.Empty(t, info.Reason)
	// The library works as before with the limits set: a part larger
	// than the old mmap threshold goes through.
	roundTripBig(t)
}

func TestMallocTuningOff(t *testing.T) {
	if os.Getenv(coreChildEnv) != t.Name() {
		coreRunChild(t, t.Name(), zmq.EnvMalloc+"=off")
		return
	}
	info := zmq.MallocTuning()
	assert.False(t, info.Tuned)
	assert.Zero(t, info.TrimThreshold)
	assert.Contains(t, info.Reason, zmq.EnvMalloc+"=off")
}

func TestMallocTuningUserTunables(t *testing.T) {
	if os.Getenv(coreChildEnv) != t.Name() {
		coreRunChild(t, t.Name(), zmq.EnvMalloc+"=on", "GLIBC_TUNABLES=glibc.malloc.trim_threshold=1048576")
		return
	}
	info := zmq.MallocTuning()
	assert.False(t, info.Tuned, "the user's own malloc settings win")
	assert.Contains(t, info.Reason, "environment")
}

// roundTripBig sends one 2 MiB part over inproc and checks it arrives
// whole.
func roundTripBig(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	defer ctx.Close()
	pull, err := ctx.NewSocket(zmq.PULL)
	require.NoError(t, err)
	defer pull.Close()
	push, err := ctx.NewSocket(zmq.PUSH)
	require.NoError(t, err)
	defer push.Close()
	if atLeast(2, 2, 0) {
		require.NoError(t, pull.SetSockOptInt(zmq.RCVTIMEO, int(testTimeout.Milliseconds())))
		require.NoError(t, push.SetSockOptInt(zmq.SNDTIMEO, int(testTimeout.Milliseconds())))
	}
	require.NoError(t, pull.Bind("inproc://malloc-big"))
	require.NoError(t, push.Connect("inproc://malloc-big"))
	big := make([]byte, 2<<20)
	big[len(big)-1] = 7
	// 2.1 has no RCVTIMEO: the part is on its way before Recv, over
	// inproc to a bound PULL, so neither call can wait for long.
	require.NoError(t, push.Send(big, 0))
	got, err := pull.Recv(0)
	require.NoError(t, err)
	require.Len(t, got, len(big))
	assert.Equal(t, byte(7), got[len(got)-1])
}
