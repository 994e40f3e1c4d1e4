//go:build windows

package zmq_test

import (
	"syscall"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// neverOpenFd is a SOCKET value no socket has.
func neverOpenFd() zmq.ZmqOsSocketType { return 0x7ffffff0 }

// closedFd returns a SOCKET that was open and is closed now.
func closedFd(t *testing.T) zmq.ZmqOsSocketType {
	t.Helper()
	h, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, syscall.IPPROTO_UDP)
	require.NoError(t, err)
	require.NoError(t, syscall.Closesocket(h))
	return zmq.ZmqOsSocketType(h)
}

// requireStillClosed fails if the handle became a socket again
// meanwhile, which would make the test's result meaningless.
func requireStillClosed(t *testing.T, fd zmq.ZmqOsSocketType) {
	t.Helper()
	var typ int32
	n := int32(unsafe.Sizeof(typ))
	err := syscall.Getsockopt(syscall.Handle(fd), 0xffff, 0x1008, (*byte)(unsafe.Pointer(&typ)), &n)
	require.Error(t, err, "SOCKET %#x was reused during the test", fd)
}
