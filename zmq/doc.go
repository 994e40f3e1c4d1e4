// Package zmq is a Go binding for ZeroMQ (libzmq) that needs no cgo.
//
// A program importing it builds with CGO_ENABLED=0, cross-compiles like
// any pure Go program, and at run time opens whichever libzmq it finds,
// from 2.1 to 4.3. One binary therefore runs on a machine with Debian's
// libzmq5 (4.3) as well as on an old system with libzmq 2.1, and reports
// clearly what the library in use cannot do.
//
// The API is that of the cgo binding github.com/alecthomas/gozmq
// (NewContext, Context.NewSocket, Socket.Bind, Send, Recv, Poll, Device,
// the socket option getters and setters and their constants), so most
// code written for it builds unchanged after changing the import path.
//
// # A first program
//
//	ctx, err := zmq.NewContext()
//	if err != nil {
//		log.Fatal(err) // also when no libzmq is installed
//	}
//	defer ctx.Close()
//	rep, err := ctx.NewSocket(zmq.REP)
//	if err != nil {
//		log.Fatal(err)
//	}
//	defer rep.Close()
//	if err := rep.Bind("tcp://127.0.0.1:5555"); err != nil {
//		log.Fatal(err)
//	}
//	msg, err := rep.Recv(0)
//	if err != nil {
//		log.Fatal(err)
//	}
//	if err := rep.Send(msg, 0); err != nil {
//		log.Fatal(err)
//	}
//
// Methods of a nil or zero Socket, Context, Msg, Poller, Monitor,
// Authenticator or Channels return the error a closed one returns
// (ENOTSOCK for a socket, ETERM for a context) rather than panicking,
// so a forgotten error check shows up as an error, not a crash.
//
// # Finding libzmq
//
// Nothing is loaded when the package is imported. The first call that
// needs the library (NewContext, Version, Poll...) opens it: the file
// named by the ZMQ_LIBRARY environment variable if it is set, else the
// platform's names, newest ABI first (on Linux libzmq.so.5, .so.4, .so.3,
// .so.1, then libzmq.so). The release is read from the library with
// zmq_version, never assumed from its name. Version and LibraryPath say
// what was loaded; LibraryError says why nothing could be, naming every
// file tried and how to install libzmq. When no library is found,
// NewContext returns that same error: the program still starts.
//
// # Alpine and other musl systems
//
// A program built with CGO_ENABLED=0 runs on musl libc as on glibc
// (linux/amd64, checked with make test-musl). It needs libzmq
// (apk add zeromq) and a way to start: Go writes glibc's dynamic loader,
// /lib64/ld-linux-x86-64.so.2, into the binary as its interpreter, and
// without one at that path the kernel cannot start it (the shell then
// calls the binary itself "not found"). Either install gcompat
// (apk add gcompat), whose loader of that name starts the unchanged
// binary through musl's, or make musl's loader the interpreter when
// building:
//
//	CGO_ENABLED=0 go build -ldflags=-I/lib/ld-musl-x86_64.so.1
//
// which needs nothing more on Alpine but no longer starts where musl is
// absent. The C libraries the binary names (libc.so.6, libpthread.so.0,
// libdl.so.2) need no files: musl's loader answers those names with
// itself. Errors compare by number as everywhere, but their text is
// the C library's ("Not a socket" on musl where glibc says "Socket
// operation on non-socket"). MallocTuning applies to glibc only, so on
// musl the allocator is left as it is.
//
// # Versions
//
// Each feature works on every release that has it, with the same Go
// call. Where the loaded release lacks a feature (RCVTIMEO on 2.1,
// Unbind, Disconnect and socket monitors on 2.x, the STREAM socket,
// CURVE and Has before 4.0...), the call returns a *VersionError such as
// "gozmq: zmq_unbind needs libzmq >= 3.2, loaded 2.1.11", which also
// matches errors.Is(err, errors.ErrUnsupported). The release named comes
// from the tables of package versions, which a test checks against the
// zmq.h of every release; ask versions.Introduced beforehand (e.g.
// versions.Introduced(versions.SocketOption, "HEARTBEAT_IVL")), or read
// VersionError.First after. Differences that a program should not have
// to care about are hidden: 2.x's zmq_send and
// zmq_recv on messages, the int64 or int type of an option, microsecond
// or millisecond poll timeouts, HWM against SNDHWM/RCVHWM.
//
// # Errors
//
// Errors that libzmq reports are returned as in gozmq: libzmq's own
// numbers (EFSM, ETERM, ENOCOMPATPROTO, EMTHREAD) and ENOTSOCK as
// values whose text comes from zmq_strerror, other errno values as
// syscall.Errno. The exported variables (EAGAIN, ETERM, EFSM, ...) can be
// compared with == and errors.Is; a zmq error also matches the
// syscall.Errno of the same number.
//
// # Signals and EINTR
//
// The Go runtime sends signals to its threads (preemption, profiling),
// and a signal makes a libzmq call blocked in a system call fail with
// EINTR. Blocking Send, Recv, Poll and Proxy calls retry by themselves, without losing
// or splitting a message, and without stretching a RCVTIMEO, SNDTIMEO
// or Poll timeout: each retry waits only for the time left. A program
// that wants to see EINTR asks with Socket.SetRetryEINTR(false).
//
// # Goroutines
//
// A Context may be used by any number of goroutines. A Socket, like a
// libzmq socket, is used by one goroutine at a time; handing it from one
// goroutine to another is fine. Where libzmq would corrupt memory or
// abort when two threads use a socket at once, this package returns
// ErrSocketBusy to the second caller, unless the socket is shared
// (Socket.SetShared): then calls take turns, and one goroutine may send
// while another is blocked receiving. The exception is Close: a socket
// may be closed from any goroutine at any time, and a call blocked on it
// in another goroutine (Recv, Send, Poll, Proxy) returns at once with
// ENOTSOCK. Context.Close closes every socket still open (their blocked
// calls return ETERM) and then terminates the context, so it never hangs
// on a forgotten socket. It does wait for a socket the program closed
// itself with LINGER -1 (libzmq's default) while that
// socket has messages no peer has taken: set LINGER before Socket.Close
// to bound it (see Context.Close).
//
// # Endpoints
//
// libzmq reads the port of tcp, udp, pgm, epgm, norm and ws endpoints
// with C's atoi truncated to 16 bits, so "tcp://127.0.0.1: 65617" would
// bind port 81 and "99999" port 34463. Bind, Connect, Unbind and
// Disconnect refuse such ports before libzmq sees them: the port must be
// decimal digits only, 0 to 65535 (vmci: 32 bits), or "*" where libzmq
// allows a wildcard (a local address, or the source address of
// "tcp://src:port;host:port"). The error wraps EINVAL and says what is
// wrong (match it with errors.Is). A missing or empty port, host and
// interface names are left to libzmq, whose bare EINVAL compares with ==
// as before.
//
// # Monitors
//
// libzmq writes monitor events with blocking sends on a PAIR socket it
// binds, from whichever thread the event happens in (Bind, Close, an
// I/O thread), and each release has ways of hanging or crashing around
// it:
//
//   - 4.3: with nobody reading, or a reader more than 1000 events
//     behind, the thread reporting an event blocks forever: Bind,
//     Socket.Monitor (which sends MONITOR_STOPPED for the monitor it
//     replaces), stopping the monitor, an I/O thread.
//   - 3.2, 4.0 and 4.1: a second zmq_socket_monitor on a socket forgets
//     the first monitor socket without closing it, so terminating the
//     context waits for it forever.
//   - 3.2 and 4.0: the monitor socket is used from the I/O threads and
//     the application thread without a lock; tearing down a monitored
//     socket while its connections report events corrupts libzmq's
//     mailboxes (aborts in signaler.cpp and mailbox.cpp) or hangs
//     zmq_ctx_term. 4.1 added the lock.
//
// So the binding, not the program, is always libzmq's reader, and the
// application thread never stops or replaces a libzmq monitor while the
// socket is open:
//
//   - The first Socket.Monitor or Context.NewMonitor on a socket asks
//     libzmq to report every event on an inproc endpoint of the
//     binding's own, read by a goroutine of the binding that never
//     stops reading until the socket is gone. Starting another monitor,
//     stopping one (Monitor.Close, Socket.Monitor("", 0)) and replacing
//     one only change where that goroutine passes the events on; the
//     events a monitor did not ask for are filtered out, and a stopped
//     monitor gets an EVENT_MONITOR_STOPPED on 4.x (if it asked for it)
//     as libzmq would send. A socket has one monitor at a time on every
//     release: a new one ends the earlier (libzmq 4.3's rule).
//   - Events are passed on without waiting: to a Monitor's channel
//     (dropped and counted by Monitor.Dropped when it is full), or to a
//     PAIR socket the binding binds at the address given to
//     Socket.Monitor (dropped when no reader is connected or 1000 are
//     unread).
//   - Closing a monitored socket (Socket.Close or Context.Close) leaves
//     the monitor to libzmq, which stops it when it destroys the socket,
//     in its reaper thread once the socket's connections are gone, so
//     that no I/O thread reports an event at the same time (3.2 and 4.0
//     have no lock there: stopping it from the application thread
//     aborted 3.2 in signaler.cpp under load). The events of the closing
//     (CLOSED, DISCONNECTED) are delivered. On 4.x libzmq's last event,
//     MONITOR_STOPPED, ends the reading. 3.2 sends none; the binding
//     ends the reading when libzmq's monitor endpoint can be bound again,
//     which happens when libzmq has closed its monitor socket.
//   - Context.Close closes the program's sockets first, then waits (a
//     few seconds at most) for the end of every monitor's reading, and
//     only then closes the binding's reading sockets and terminates the
//     context.
//
// What remains of libzmq's own hazard: on 3.2 and 4.0 an event from an
// I/O thread and one from the application thread (LISTENING or
// BIND_FAILED, reported by Bind) can still meet on the unlocked monitor
// socket; use 4.1 or later where monitors and concurrent binds meet.
//
// # Blocking without threads
//
// On Linux a blocked call parks its goroutine in Go's runtime poller, as
// a blocked net.Conn.Read does, instead of holding an OS thread inside
// libzmq: libzmq is called with DONTWAIT, and on EAGAIN the goroutine
// waits for the socket's ZMQ_FD (all of them watched through one epoll
// descriptor for the process) after reading ZMQ_EVENTS. A program may so
// run a goroutine per socket past Go's 10,000-thread limit. Elsewhere,
// for draft thread-safe sockets (which have no ZMQ_FD) and with
// GOZMQ_WAIT=thread in the environment, a blocked call holds its thread
// in libzmq and Close wakes it with a signal; the semantics are the same.
//
// # Messages without allocation
//
// Send copies a part into libzmq and Recv copies it out into a new
// slice, one allocation per part. For hot loops and large parts,
// Socket.RecvMsg receives into a reusable Msg whose Data is libzmq's own
// buffer (no copy, no allocation), Socket.RecvInto receives into a
// caller's buffer (ErrTruncated when the part did not fit), and
// Msg.InitSize with Socket.SendMsg sends a buffer libzmq allocated,
// filled in place, without a copy. All of them work on every release.
// There is no zero-copy send from Go memory: libzmq would keep the
// pointer after the call returns, and C must not retain Go memory.
//
// # Differences from the cgo gozmq
//
//   - No cgo and no build tags: gozmq was compiled against one libzmq
//     generation chosen with -tags zmq_2_1, zmq_3_x or zmq_4_x; this
//     package chooses at run time.
//   - RCVMORE is an untyped constant, so both GetSockOptUInt64(RCVMORE)
//     (the 2.x spelling) and GetSockOptInt(RCVMORE) (3.x) compile and
//     work on every release.
//   - Context.Close closes sockets the program forgot and does not wait
//     for their unsent messages (see SetCloseLinger); gozmq's zmq_term
//     blocked forever on them.
//   - Proxy and Device run in Go over zmq_poll on every release, 2.x
//     included, and end cleanly when one of their sockets or the context
//     is closed from another goroutine; gozmq called libzmq's
//     zmq_proxy/zmq_device, which could not be stopped.
//   - Features missing from the loaded release return *VersionError
//     instead of failing to compile; concurrent use of a socket returns
//     ErrSocketBusy instead of crashing.
//
// The examples directory of the repository holds complete programs:
// request-reply, publish-subscribe, pipeline, polling and a broker.
//
// # One implementation, three APIs
//
// This package is gozmq's implementation: contexts, sockets, options,
// waiting, messages, polling, proxies, the ZAP handler and the monitor
// all live here, and every method is documented here. Two other
// packages of the module are thin faces that import it:
// github.com/gozmq/gozmq/zmq4 gives the API of github.com/pebbe/zmq4,
// and github.com/gozmq/gozmq/gozeromq/zmq4 that of
// github.com/go-zeromq/zmq4. They share this package's sockets and
// guarantees, and a socket of one can be used through this API (zmq4's
// Socket.Core).
package zmq
