package testutil

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// OSThreads reads the process's OS thread count from /proc/self/status,
// for the tests that check a blocked goroutine does not hold a thread.
func OSThreads(t testing.TB) int {
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
