//go:build windows

package draft_test

import "github.com/gozmq/gozmq/zmq4/draft"

// GetFd's result is the platform's descriptor type, as in pebbe/zmq4.
var _ func(*draft.Socket) (uintptr, error) = (*draft.Socket).GetFd
