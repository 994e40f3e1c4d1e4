//go:build windows

package zmq

// ZmqOsSocketType is the platform's type for a socket in a PollItem:
// SOCKET on Windows.
type ZmqOsSocketType uintptr

// pollitemC is zmq_pollitem_t on Windows.
type pollitemC struct {
	socket  uintptr
	fd      ZmqOsSocketType
	events  int16
	revents int16
}
