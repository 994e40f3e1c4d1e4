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

// rawSocket makes an IPv4 socket closed at the test's end, listening or
// not, datagram or stream (no Unix domain sockets here).
func rawSocket(t *testing.T, unix, listen, dgram bool) int {
	t.Helper()
	require.False(t, unix, "no AF_UNIX sockets in the Windows tests")
	typ, proto := syscall.SOCK_STREAM, syscall.IPPROTO_TCP
	if dgram {
		typ, proto = syscall.SOCK_DGRAM, syscall.IPPROTO_UDP
	}
	h, err := syscall.Socket(syscall.AF_INET, typ, proto)
	require.NoError(t, err)
	t.Cleanup(func() { syscall.Closesocket(h) })
	require.NoError(t, syscall.Bind(h, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	if listen {
		require.NoError(t, syscall.Listen(h, 16))
	}
	return int(h)
}

// rawListener makes a listening TCP socket on 127.0.0.1 for libzmq to
// adopt (and close), and returns it and its port.
func rawListener(t *testing.T) (int, int) {
	t.Helper()
	h, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, syscall.IPPROTO_TCP)
	require.NoError(t, err)
	require.NoError(t, syscall.Bind(h, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	require.NoError(t, syscall.Listen(h, 16))
	sa, err := syscall.Getsockname(h)
	require.NoError(t, err)
	return int(h), sa.(*syscall.SockaddrInet4).Port
}

// procSendto is ws2_32's sendto: syscall.Sendto is a stub on Windows.
var procSendto = syscall.NewLazyDLL("ws2_32.dll").NewProc("sendto")

// udpFd is a UDP socket on 127.0.0.1, a plain PollItem on every
// platform (a SOCKET on Windows, where only sockets are). Go's net
// package cannot make one under Wine (SIO_UDP_CONNRESET fails).
type udpFd struct {
	fd   zmq.ZmqOsSocketType
	addr [16]byte // struct sockaddr_in
}

func newUDPFd(t *testing.T) *udpFd {
	t.Helper()
	h := rawSocket(t, false, false, true)
	sa, err := syscall.Getsockname(syscall.Handle(h))
	require.NoError(t, err)
	in := sa.(*syscall.SockaddrInet4)
	u := &udpFd{fd: zmq.ZmqOsSocketType(h)}
	u.addr[0] = syscall.AF_INET // sin_family, little-endian uint16
	u.addr[2], u.addr[3] = byte(in.Port>>8), byte(in.Port)
	copy(u.addr[4:8], in.Addr[:])
	return u
}

// ring sends the socket a datagram, which makes it readable.
func (u *udpFd) ring(t *testing.T) {
	t.Helper()
	b := byte('x')
	r, _, err := procSendto.Call(uintptr(u.fd), uintptr(unsafe.Pointer(&b)), 1, 0, uintptr(unsafe.Pointer(&u.addr[0])), uintptr(len(u.addr)))
	require.Equal(t, uintptr(1), r, "sendto: %v", err)
}
