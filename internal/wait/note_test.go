package wait_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/wait"
)

// within runs f in a goroutine and fails the test if it has not
// returned after d, so that a wait that never ends is a failure, not a
// hang.
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		require.FailNow(t, "still waiting", "after %v", d)
	}
}

func TestNoteWakeBeforeSleepIsKept(t *testing.T) {
	n := wait.NewNote()
	n.Wake()
	n.Wake() // a second token is not needed and not kept
	within(t, 5*time.Second, func() { assert.NoError(t, n.Sleep(5*time.Second, nil)) })
	assert.Equal(t, wait.ErrTimeout, n.Sleep(time.Millisecond, nil), "only one token")
}

func TestNoteClearTakesTheToken(t *testing.T) {
	n := wait.NewNote()
	n.Wake()
	n.Clear()
	start := time.Now()
	assert.Equal(t, wait.ErrTimeout, n.Sleep(20*time.Millisecond, nil))
	assert.GreaterOrEqual(t, time.Since(start), 20*time.Millisecond)
}

func TestNoteWakeDuringSleep(t *testing.T) {
	n := wait.NewNote()
	time.AfterFunc(10*time.Millisecond, n.Wake)
	within(t, 5*time.Second, func() { assert.NoError(t, n.Sleep(-1, nil)) })
}

func TestNoteCancel(t *testing.T) {
	n := wait.NewNote()
	cancel := make(chan struct{})
	time.AfterFunc(10*time.Millisecond, func() { close(cancel) })
	within(t, 5*time.Second, func() { assert.Equal(t, wait.ErrCancelled, n.Sleep(-1, cancel)) })
	within(t, 5*time.Second, func() { assert.Equal(t, wait.ErrCancelled, n.Sleep(time.Hour, cancel)) })
}

func TestNoteSleepAllocatesNothing(t *testing.T) {
	n := wait.NewNote()
	n.Wake()
	require.NoError(t, n.Sleep(time.Second, nil)) // makes the timer
	allocs := testing.AllocsPerRun(100, func() {
		n.Wake()
		n.Sleep(time.Second, nil)
	})
	assert.Zero(t, allocs)
}

func TestSetBriefWindow(t *testing.T) {
	old := wait.SetBriefWindow(0)
	assert.Equal(t, time.Duration(0), wait.SetBriefWindow(old))
}
