package zmq

import (
	"fmt"
	"strings"
)

// ZMQ_USE_FD (4.2+) makes the next Bind adopt a descriptor instead of
// making one: libzmq adds it to its I/O thread's poller and accepts on
// it, and asserts that both succeed. A descriptor that is not an open
// socket (epoll_ctl or wepoll fails), or not a listening stream socket
// (accept fails), aborts the process there, so Bind checks it first.

// adoptsUseFd reports whether a Bind to endpoint uses USE_FD: the
// transports with a listening socket.
func adoptsUseFd(endpoint string) bool {
	transport, _, _ := strings.Cut(endpoint, "://")
	switch transport {
	case "tcp", "ipc", "ws", "wss":
		return true
	}
	return false
}

// checkUseFd refuses a Bind to endpoint when the socket's USE_FD names
// a descriptor libzmq would abort on. The socket is entered.
func (s *Socket) checkUseFd(endpoint string) error {
	if !adoptsUseFd(endpoint) {
		return nil
	}
	if _, err := s.option(int(USE_FD)); err != nil {
		return nil // the release has no USE_FD
	}
	fd, err := s.getInt(int(USE_FD))
	if err != nil || fd == -1 {
		return nil
	}
	if why := badListener(fd); why != "" {
		return fmt.Errorf("gozmq: Bind %q: USE_FD %d %s (libzmq would abort on it): %w", endpoint, fd, why, EINVAL)
	}
	return nil
}
