//go:build !windows

package zmq4

import "github.com/gozmq/gozmq/zmq"

// GetFd returns the file descriptor that signals the socket may have
// events (ZMQ_FD).
func (soc *Socket) GetFd() (int, error) {
	var fd zmq.ZmqOsSocketType
	err := soc.call(func(s *zmq.Socket) (err error) { fd, err = s.Fd(); return err })
	return int(fd), err
}
