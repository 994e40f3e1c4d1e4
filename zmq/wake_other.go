//go:build !windows

package zmq

import "syscall"

// wakeSocket is empty on POSIX systems: a signal to the blocked thread
// (see interrupt) wakes a call there.
type wakeSocket struct{}

func (*wakeSocket) ring()    {}
func (*wakeSocket) release() {}

// wakeable is false on POSIX systems: a blocked call that cannot park
// blocks in libzmq, and a signal to its thread interrupts it.
func (s *Socket) wakeable() bool { return false }

// waitTurn is never called where wakeable is false.
func (s *Socket) waitTurn(PollEvents, int, *waiter) int { return int(syscall.EAGAIN) }

// interruptible reports whether a blocked call on s can be woken (by a
// signal to its thread).
func (s *Socket) interruptible() bool { return s.a.pthreadKill != 0 && selfFunc() != 0 }

// addWakeItems and takeWake are the identity where signals wake Poll.
func addWakeItems(citems []pollitemC, _ []*Socket) ([]pollitemC, int) { return citems, 0 }

func takeWake(_, _ []pollitemC, _ int, r uintptr, e int) (uintptr, int) { return r, e }
