//go:build windows

package zmq4

import "github.com/gozmq/gozmq/zmq"

// GetFd returns the socket handle that signals the socket may have
// events (ZMQ_FD).
func (soc *Socket) GetFd() (uintptr, error) {
	var fd zmq.ZmqOsSocketType
	err := soc.call(func(s *zmq.Socket) (err error) { fd, err = s.Fd(); return err })
	return uintptr(fd), err
}
