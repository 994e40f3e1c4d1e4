// Package wait is how gozmq waits: for a descriptor to become readable
// without holding an OS thread, briefly in the calling thread when that
// is cheaper, and in a thread blocked in a foreign call that another
// goroutine can interrupt. It plays for package zmq the part that
// internal/poll plays for net and os: package zmq makes every call it
// can without waiting, and when the call would block (EAGAIN) it asks
// this package to wait, then makes the call again.
//
// Nothing here knows about libzmq sockets, and nothing outside this
// package knows about epoll, ppoll, signals or Windows' wake sockets.
//
// The pieces:
//
//   - Desc is a descriptor registered with the process's poller (one
//     epoll instance on Linux, read by one goroutine parked in Go's
//     runtime poller). Prepare, a check of the caller's own state, then
//     Wait is the order that loses no wake-up; Wake hands a waiter a
//     token from another goroutine; Close ends a wait at once with
//     ErrClosed. Its wake-ups arrive on a Note, which several
//     descriptors may share (Redirect) so that one goroutine can wait
//     for any of them.
//   - Desc.Brief waits a little for the descriptor in the calling
//     thread, keeping its P, when the scheduler has nothing else to run.
//   - Thread records the OS thread blocked in a foreign call on behalf
//     of something, so that Interrupt can end that call with a signal
//     (SIGURG, which every Go program already tolerates).
//   - CallSignalsBlocked makes a foreign call that no signal can
//     interrupt; WakeSocket is what wakes a zmq_poll on Windows, where
//     there is no signal to send.
//
// CanPark, CanInterrupt and CanBlockSignals say which of these the
// platform has; where one is missing its methods do nothing and the
// caller falls back to another way of waiting.
//
// GOZMQ_BRIEF in the environment sets the brief wait's window (a Go
// duration; 0 turns it off; 1ms by default), for comparisons and for
// ruling it out. GOZMQ_WAIT=thread, which keeps sockets from parking
// at all, is package zmq's: which descriptors wait here is the
// caller's choice.
package wait
