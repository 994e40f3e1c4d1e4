//go:build !windows

package zmq4_test

import "github.com/gozmq/gozmq/zmq4"

// GetFd's result is the platform's descriptor type, as in pebbe/zmq4.
var _ func(*zmq4.Socket) (int, error) = (*zmq4.Socket).GetFd
