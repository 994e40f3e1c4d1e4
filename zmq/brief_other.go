//go:build !linux

package zmq

import "time"

// briefWait is empty where there is no hub: calls wait in libzmq.
type briefWait struct{}

// waitBriefly is only for the hub's parking path (brief_linux.go).
func (s *Socket) waitBriefly(w *waiter, left time.Duration) bool { return false }
