//go:build !windows

package zmq_test

import "syscall"

// interruptSelf sends the process the signal Go's runtime uses for
// preemption, so that a blocked libzmq call sees EINTR as it would
// under real preemption.
func interruptSelf() { syscall.Kill(syscall.Getpid(), syscall.SIGURG) }
