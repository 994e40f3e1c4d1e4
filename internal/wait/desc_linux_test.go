package wait_test

import (
	"os"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil/osthreads"
	"github.com/gozmq/gozmq/internal/wait"
)

// pipe returns a non-blocking pipe, closed when the test ends.
func pipe(t *testing.T) (r, w int) {
	t.Helper()
	var p [2]int
	require.NoError(t, syscall.Pipe2(p[:], syscall.O_NONBLOCK|syscall.O_CLOEXEC))
	t.Cleanup(func() { syscall.Close(p[0]); syscall.Close(p[1]) })
	return p[0], p[1]
}

func put(t *testing.T, w int) {
	t.Helper()
	_, err := syscall.Write(w, []byte{1})
	require.NoError(t, err)
}

func take(t *testing.T, r int) {
	t.Helper()
	var b [16]byte
	_, err := syscall.Read(r, b[:])
	require.NoError(t, err)
}

// register registers fd, and closes the Desc before the descriptor when
// the test ends (cleanups run last first).
func register(t *testing.T, fd int, ev wait.Events, n *wait.Note) *wait.Desc {
	t.Helper()
	require.True(t, wait.CanPark(), "Linux always has the hub")
	d, err := wait.Register(fd, ev, n)
	require.NoError(t, err)
	t.Cleanup(d.Close)
	return d
}

func TestWaitUntilReadable(t *testing.T) {
	for _, ev := range []wait.Events{wait.Read | wait.Edge, wait.Read} {
		r, w := pipe(t)
		d := register(t, r, ev, nil)
		assert.Equal(t, r, d.Fd())
		d.Prepare()
		time.AfterFunc(10*time.Millisecond, func() { syscall.Write(w, []byte{1}) })
		within(t, 5*time.Second, func() { assert.NoError(t, d.Wait(5*time.Second, nil)) })
	}
}

func TestWaitWritable(t *testing.T) {
	_, w := pipe(t)
	d := register(t, w, wait.Write, nil)
	d.Prepare()
	within(t, 5*time.Second, func() { assert.NoError(t, d.Wait(5*time.Second, nil)) })
}

func TestWaitDeadline(t *testing.T) {
	r, _ := pipe(t)
	d := register(t, r, wait.Read|wait.Edge, nil)
	d.Prepare()
	start := time.Now()
	assert.Equal(t, wait.ErrTimeout, d.Wait(30*time.Millisecond, nil))
	assert.GreaterOrEqual(t, time.Since(start), 30*time.Millisecond)
}

func TestWaitCancel(t *testing.T) {
	r, _ := pipe(t)
	d := register(t, r, wait.Read|wait.Edge, nil)
	d.Prepare()
	cancel := make(chan struct{})
	time.AfterFunc(10*time.Millisecond, func() { close(cancel) })
	within(t, 5*time.Second, func() { assert.Equal(t, wait.ErrCancelled, d.Wait(-1, cancel)) })
}

// TestWakeBeforeWaitIsNotLost covers both ways a wake-up can come
// between a waiter's last look and its Wait: another goroutine's Wake,
// and the descriptor changing while its one-shot watch is disarmed (it
// reported an earlier change that the waiter has consumed). Neither may
// leave the waiter asleep.
func TestWakeBeforeWaitIsNotLost(t *testing.T) {
	t.Run("wake", func(t *testing.T) {
		r, _ := pipe(t)
		d := register(t, r, wait.Read|wait.Edge, nil)
		d.Prepare()
		d.Wake()
		within(t, 5*time.Second, func() { assert.NoError(t, d.Wait(-1, nil)) })
	})
	t.Run("change while disarmed", func(t *testing.T) {
		r, w := pipe(t)
		d := register(t, r, wait.Read|wait.Edge, nil)
		for i := 0; i < 100; i++ {
			// The watch reports this change and disarms itself.
			d.Prepare()
			put(t, w)
			within(t, 5*time.Second, func() { assert.NoError(t, d.Wait(-1, nil)) })
			take(t, r)
			// Now the waiter looks (nothing to read), and the change
			// comes before it waits: the watch is disarmed, so only
			// Wait's arming can report it.
			d.Prepare()
			put(t, w)
			within(t, 5*time.Second, func() { assert.NoError(t, d.Wait(-1, nil)) })
			take(t, r)
		}
	})
}

func TestWakeDuringWait(t *testing.T) {
	r, _ := pipe(t)
	d := register(t, r, wait.Read|wait.Edge, nil)
	d.Prepare()
	time.AfterFunc(10*time.Millisecond, d.Wake)
	within(t, 5*time.Second, func() { assert.NoError(t, d.Wait(-1, nil)) })
}

func TestCloseWhileParked(t *testing.T) {
	r, _ := pipe(t)
	d := register(t, r, wait.Read|wait.Edge, nil)
	d.Prepare()
	parked := make(chan error, 1)
	go func() { parked <- d.Wait(-1, nil) }()
	time.Sleep(10 * time.Millisecond) // not synchronisation: any moment works
	d.Close()
	select {
	case err := <-parked:
		assert.Equal(t, wait.ErrClosed, err)
	case <-time.After(5 * time.Second):
		require.FailNow(t, "Close did not end the wait")
	}
	within(t, 5*time.Second, func() { assert.Equal(t, wait.ErrClosed, d.Wait(-1, nil)) })
	d.Close() // twice does nothing
}

func TestRedirectSharesANote(t *testing.T) {
	r1, _ := pipe(t)
	r2, w2 := pipe(t)
	n := wait.NewNote()
	d1 := register(t, r1, wait.Read|wait.Edge, nil)
	d2 := register(t, r2, wait.Read, n)
	assert.Same(t, n, d2.Note())
	d1.Redirect(n)
	n.Clear()
	d1.Arm()
	d2.Arm()
	time.AfterFunc(10*time.Millisecond, func() { syscall.Write(w2, []byte{1}) })
	within(t, 5*time.Second, func() { assert.NoError(t, n.Sleep(5*time.Second, nil)) })
	d1.Wake()
	within(t, 5*time.Second, func() { assert.NoError(t, n.Sleep(5*time.Second, nil)) })
	d1.Redirect(nil)
	d1.Wake()
	assert.Equal(t, wait.ErrTimeout, n.Sleep(time.Millisecond, nil), "the wake-up went back to d1's own note")
	within(t, 5*time.Second, func() { assert.NoError(t, d1.Note().Sleep(5*time.Second, nil)) })
}

func TestRegisterRefusesARegularFile(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "regular")
	require.NoError(t, err)
	defer f.Close()
	_, err = wait.Register(int(f.Fd()), wait.Read, nil)
	assert.Error(t, err)
}

func eventfd(t *testing.T) int {
	t.Helper()
	fd, _, e := syscall.Syscall(syscall.SYS_EVENTFD2, 0, syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	require.Zero(t, e, "eventfd2")
	return int(fd)
}

// TestManyParkedFewThreads parks thousands of goroutines, each on a
// descriptor of its own, and checks that they hold no OS threads.
func TestManyParkedFewThreads(t *testing.T) {
	var lim syscall.Rlimit
	require.NoError(t, syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim))
	n := 3000
	if room := int(lim.Cur) - 200; room < n {
		n = room
	}
	require.Greater(t, n, 100, "descriptor limit %d", lim.Cur)
	before := osthreads.Count(t)
	fds := make([]int, n)
	descs := make([]*wait.Desc, n)
	for i := range fds {
		fds[i] = eventfd(t)
		descs[i] = register(t, fds[i], wait.Read|wait.Edge, nil)
	}
	t.Cleanup(func() {
		for i := range fds {
			descs[i].Close()
			syscall.Close(fds[i])
		}
	})
	var parked, woken sync.WaitGroup
	errs := make(chan error, n)
	for _, d := range descs {
		parked.Add(1)
		woken.Add(1)
		go func() {
			defer woken.Done()
			d.Prepare()
			parked.Done()
			errs <- d.Wait(30*time.Second, nil)
		}()
	}
	within(t, 30*time.Second, parked.Wait)
	time.Sleep(50 * time.Millisecond) // let them reach Wait; the count only needs most
	assert.Less(t, osthreads.Count(t)-before, 10+runtime.GOMAXPROCS(0), "parked goroutines must not hold threads")
	one := []byte{1, 0, 0, 0, 0, 0, 0, 0}
	for _, fd := range fds {
		_, err := syscall.Write(fd, one)
		require.NoError(t, err)
	}
	within(t, 30*time.Second, woken.Wait)
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}
