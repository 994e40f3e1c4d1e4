// Package zmq4 is the API of github.com/pebbe/zmq4 without cgo: the
// same names, signatures, constants, types and error values, so that a
// program written for pebbe/zmq4 builds with CGO_ENABLED=0 after only
// its import path changed:
//
//	import zmq "github.com/gozmq/gozmq/zmq4" // was "github.com/pebbe/zmq4"
//
// It is a face of package zmq (github.com/gozmq/gozmq/zmq), which does
// the work: a Socket wraps a *zmq.Socket, a Context a *zmq.Context,
// Poller uses zmq.Poller, the Auth functions zmq's ZAP handler, Monitor
// and Proxy zmq's. Whatever zmq guarantees holds here too:
//
//   - Using a socket from two goroutines at once returns ErrSocketBusy
//     instead of corrupting libzmq; Close works from any goroutine and
//     makes a blocked call return ErrorSocketClosed.
//   - Term never hangs on a socket the program forgot to close: such
//     sockets are closed (a call blocked on one returns ETERM). Sockets
//     the program closed still get the time their LINGER asks for.
//   - Calls interrupted by a signal are retried, as pebbe/zmq4 does by
//     default; SetRetryAfterEINTR(false) makes them return EINTR, on
//     every socket of the context, those already made included.
//   - One binary runs on any libzmq from 2.1 on, found at run time (the
//     ZMQ_LIBRARY variable names one; see package zmq, "Finding libzmq"). On 4.x what
//     pebbe/zmq4 does is done, with its ErrorNotImplemented4x errors on
//     an older 4.x; on 2.x and 3.x, which pebbe/zmq4 never ran on, what
//     the release can do works and the rest returns a *zmq.VersionError.
//
// Errors from libzmq are Errno values, as in pebbe/zmq4: compare them
// with the constants (err == zmq4.ETERM, zmq4.AsErrno(err) ==
// zmq4.Errno(syscall.EAGAIN)). errors.Is(err, syscall.EAGAIN) works
// too; err == syscall.EAGAIN is false, as it is with pebbe/zmq4.
//
// There is a default context, made on first use, for the functions
// without a context (NewSocket, Term, SetIoThreads ...). Libraries should
// make their own with NewContext.
//
// Small differences from pebbe/zmq4: Poller.Poll
// rounds a timeout below a millisecond up (pebbe truncates it to 0);
// RecvEvent on a message that is not a monitor event returns
// zmq.ErrNotMonitorEvent (pebbe: ErrorMoreExpected); a draft Recv asked
// for both OptRoutingId and OptGroup is an error, a message having one
// or the other; on Windows the Errno constants are Go's syscall numbers
// (not yet checked against libzmq there).
// Term with a socket left open closes it instead of blocking forever, and
// Version reports the loaded release whatever it is (pebbe: 0, 0, 0 unless
// 4.x).
//
// The draft socket types and calls are in package zmq4/draft.
package zmq4
