// Package zmq4 is the API of github.com/go-zeromq/zmq4 over libzmq: a
// program written for go-zeromq builds against it after changing only
// its import paths, still with CGO_ENABLED=0, and runs on the real
// libzmq (loaded at run time by package zmq, which this package is a
// thin face of: the sockets, waiting, messages, security and proxy are
// package zmq's).
//
//	import (
//		"github.com/gozmq/gozmq/gozeromq/zmq4"                // was github.com/go-zeromq/zmq4
//		"github.com/gozmq/gozmq/gozeromq/zmq4/security/plain" // was github.com/go-zeromq/zmq4/security/plain
//	)
//
// It is made for libzmq 4.x and runs on every release from 2.1.11: what
// the loaded release can do works, and the rest returns a
// *zmq.VersionError. PLAIN, CURVE and ZAP need 4.0; before 4.3 Dial
// cannot see handshakes (see below); before 3.2, which has no socket
// monitor, Dial checks with a probe connection of its own that the peer
// listens, and a lost connection is not reported as io.EOF; on 2.x a SUB
// filters on its own side and sends no subscriptions, so a PUB's Topics
// stays empty and an XPUB's Recv returns a *zmq.VersionError; on 2.1,
// which has no ZMQ_SNDTIMEO, the face keeps WithTimeout's deadline
// itself. The tests run on 2.1.11, 2.2.0, 3.2.5, 4.0.10, 4.1.8, 4.3.4
// and 4.3.5.
//
// # Coming from go-zeromq/zmq4
//
// The same: every exported name and signature (pinned by a compile-time
// test), the eleven socket types and their constructors taking a
// context.Context and options, Msg and its helpers, Send and SendMulti
// sending all frames as one message, Recv returning whole messages
// (ROUTER prepends the peer's identity, REQ/REP handle the envelope),
// the With* options, OptionSubscribe/OptionUnsubscribe/OptionHWM,
// Topics on PUB, SUB and XPUB, NewProxy with Run/Pause/Resume/Stats/Kill,
// null.Security and plain.Security, the error values, the wire types
// (Conn, Cmd, Metadata, Property) and the transport registry. And the
// observable behaviour go-zeromq's own tests check (make spec-gozeromq
// runs them; all but one, which checks go-zeromq's greeting bytes,
// pass):
//
//   - Cancelling the constructor's context closes the socket and wakes
//     a blocked Recv or Send, which return the context's error; so do
//     Recv and Send after Close.
//   - Dial over tcp and ipc waits until the peer is connected (on libzmq
//     4.3 and newer: until the ZMTP handshake has succeeded), retrying
//     every WithDialerRetry (default 250 ms) up to WithDialerMaxRetries
//     (default 10, -1 for ever) times, then fails; Dial to an
//     incompatible socket type fails with go-zeromq's error text
//     (naming the peer's type when the peer is in this process).
//   - Recv on a PAIR, SUB, XSUB, PULL, DEALER or REQ socket returns
//     io.EOF once for each connection lost, as go-zeromq does (a Recv
//     blocked then wakes up with it); ROUTER, REP and XPUB carry on.
//   - Send blocks at most WithTimeout (default 5 minutes) and then
//     returns context.DeadlineExceeded. PUB's Send never blocks.
//   - Close frees the addresses the socket listened on before returning,
//     so they can be listened on again at once. libzmq closes listeners
//     in its I/O thread after zmq_close returns; Close waits (at most a
//     second) for the socket monitor's EVENT_CLOSED for each tcp and ipc
//     listener, and never binds the address itself. On libzmq 2.x, which
//     has no monitor, Close cannot know and returns at once: the face's
//     own Listen on that tcp address then retries for a second while it
//     is still in use, but another program, or net.Listen, may find it
//     taken for a moment, and an ipc path listened on again at once may
//     lose its socket file when the old listener closes (2.x removes it).
//   - Addr returns a *net.TCPAddr or *net.UnixAddr (an inproc address
//     for inproc) of the endpoint bound, with the port libzmq picked for
//     "tcp://host:*" or ":0"; nil before Listen.
//   - A PLAIN server accepts every client, as go-zeromq's does (it runs
//     an accept-all ZAP handler, since libzmq 4.3 refuses PLAIN clients
//     without one); call ZAP to check credentials instead.
//   - A registered Go transport (RegisterTransport) is dialed with
//     go-zeromq's retries.
//   - tcp addresses are read as Go's net package reads them: Listen on
//     "tcp://localhost:5555" binds the address the name resolves to
//     (libzmq binds only addresses and interface names), an empty host
//     is every interface, IPv6 literals work ("tcp://[::1]:5555", with
//     libzmq's ZMQ_IPV6 set for them), and "tcp://*:5555" given to Dial
//     means this host.
//
// What differs, because libzmq does it differently:
//
//   - Several goroutines may use a socket at once, as in go-zeromq: a
//     Send runs while another goroutine is blocked in Recv, and calls
//     otherwise take turns, since libzmq's sockets take one call at a
//     time (zmq.Socket.SetShared). This needs calls that wait in Go's
//     runtime poller (Linux; see package zmq): where a blocked call
//     holds an OS thread instead (other systems, GOZMQ_WAIT=thread), a
//     call made while another is in progress returns zmq.ErrSocketBusy.
//     Close is safe from anywhere.
//   - libzmq reconnects a dialed peer after any loss, whatever
//     WithAutomaticReconnect says, and a ROUTER keeps receiving from a
//     restarted peer (go-zeromq's did not). Dial's retry limit bounds
//     only the first connection.
//   - Messages are queued by libzmq's I/O thread: Send returns once the
//     message is queued, not written; Close lets queued messages go out
//     in the background (libzmq's linger). A sender may run up to
//     SNDHWM + RCVHWM messages (1,000 each by default) ahead of a slow
//     receiver, where go-zeromq blocked after about ten: with large
//     messages, bound the memory with OptionHWM (OptionHWM 100 also ran
//     a 1 MiB tcp stream 1.7 times faster on this project's test VM).
//   - Before libzmq 4.3 Dial returns once TCP or IPC is connected: a
//     peer that then refuses the handshake is seen as a lost connection.
//   - Dial over inproc returns at once, and the endpoint may be
//     listened on afterwards (go-zeromq retried, then failed). Before
//     libzmq 4.0, which cannot do that, Dial retries as go-zeromq did.
//   - A SUB cannot Send (go-zeromq sent raw frames to the PUB): use
//     SetOption, or an XSUB. XSUB ignores OptionSubscribe (send
//     "\x01topic" instead), as in go-zeromq.
//   - OptionHWM sets libzmq's SNDHWM and RCVHWM, on every socket type,
//     for the connections made after it; libzmq drops (PUB, ROUTER) or
//     blocks at the mark as its types define.
//   - Without WithID a socket has no identity and a ROUTER names the
//     peer with 5 bytes of its own (go-zeromq sent a random UUID).
//   - A Security or Transport written in Go cannot run inside libzmq:
//     Listen and Dial with one return an error saying so. Open, and the
//     I/O methods of Conn, return errors: ZMTP is libzmq's here.
//   - "udp" is libzmq's (RADIO/DISH only).
//   - WithLogger's logger only receives Proxy statistics.
//   - The context shared by every socket of the package holds libzmq's
//     I/O thread; WithIOThreads counts for the first socket only.
//
// What you gain:
//
//   - CURVE authentication and encryption through the same WithSecurity
//     option (package security/curve), which go-zeromq never had, and a
//     real ZAP handler (ZAP: PLAIN users, CURVE keys, IP allow/deny lists).
//   - Every libzmq option and feature through package zmq: LibzmqSocket
//     gives the *zmq.Socket under a Socket (reconnect intervals,
//     heartbeats, CONFLATE, ROUTER_MANDATORY, monitors, ...), and
//     LibzmqContext the context, whose sockets include STREAM and the
//     draft types and reach this package's inproc endpoints.
//   - libzmq's reconnection, heartbeats and queueing, interoperating with
//     every ZeroMQ peer (C, pyzmq, go-zeromq itself) over tcp and ipc.
//   - libzmq's speed for small messages: 16 B streams ran 15 (inproc) to
//     29 (tcp) times go-zeromq's rate in make bench; and a blocked Recv
//     only parks its goroutine. Not everything is faster: parts of
//     64 KiB and more over tcp ran at 0.7 to 0.95 of go-zeromq's rate, a
//     tcp round trip at 0.68 and a thousand inproc pairs at 0.2, where
//     libzmq's I/O thread and mailboxes cost what go-zeromq's goroutines
//     do not (docs/performance.md in the repository says why).
//   - WithSendBufferSize, WithRecvBufferSize and WithIOThreads, which
//     go-zeromq had planned.
package zmq4
