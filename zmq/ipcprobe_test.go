package zmq_test

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/gozmq/gozmq/zmq"
)

var (
	ipcOnce   sync.Once
	ipcReason string
)

// skipWithoutIPC skips a test of the ipc transport where the system has
// no Unix-domain sockets: libzmq's ipc on Windows is AF_UNIX, which
// Windows 10 (1803) and later have but Wine 8 does not; Bind then fails
// with EAFNOSUPPORT. Everywhere else ipc must work, and an error other
// than that one fails the test that asked.
func skipWithoutIPC(t testing.TB) {
	t.Helper()
	ipcOnce.Do(func() {
		ctx, err := zmq.NewContext()
		if err != nil {
			return
		}
		defer ctx.Close()
		s, err := ctx.NewSocket(zmq.PULL)
		if err != nil {
			return
		}
		defer s.Close()
		dir, err := os.MkdirTemp("", "gozmq-ipc")
		if err != nil {
			return
		}
		defer os.RemoveAll(dir)
		if err := s.Bind("ipc://" + filepath.Join(dir, "probe.sock")); errors.Is(err, syscall.EAFNOSUPPORT) {
			ipcReason = "ipc transport unavailable: no AF_UNIX sockets here (" + err.Error() + "); Wine 8 lacks them, Windows 10 1803+ has them"
		}
	})
	if ipcReason != "" {
		t.Skip(ipcReason)
	}
}
