//go:build !windows

package zmq

// ZmqOsSocketType is the platform's type for a file descriptor in a
// PollItem: int on POSIX systems.
type ZmqOsSocketType int32

// pollitemC is zmq_pollitem_t on POSIX systems.
type pollitemC struct {
	socket  uintptr
	fd      ZmqOsSocketType
	events  int16
	revents int16
}
