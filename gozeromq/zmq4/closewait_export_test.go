package zmq4

import "time"

// SetCloseWait sets how long Close waits for libzmq to report its
// listeners closed (and how long Listen retries an address Close could
// not see freed); it returns the undo.
func SetCloseWait(d time.Duration) (undo func()) {
	old := closeWait.Swap(int64(d))
	return func() { closeWait.Store(old) }
}

// ForgetReleased forgets the addresses Close could not see freed, so
// that Listen retries none of them.
func ForgetReleased() {
	released.Lock()
	defer released.Unlock()
	clear(released.m)
}
