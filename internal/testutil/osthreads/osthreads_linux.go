// Package osthreads counts the process's OS threads, for the tests that
// check a blocked goroutine does not hold one. It is apart from
// testutil because testutil imports package zmq, and a test binary of
// internal/wait that links zmq no longer runs as the package's own
// (TestBriefWaitEnds' deadline case then fails).
package osthreads

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Count reads the process's OS thread count from /proc/self/status.
func Count(t testing.TB) int {
	t.Helper()
	f, err := os.Open("/proc/self/status")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "Threads:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			require.NoError(t, err)
			return n
		}
	}
	require.FailNow(t, "no Threads line in /proc/self/status")
	return 0
}
