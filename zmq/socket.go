package zmq

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/gozmq/gozmq/internal/wait"
	"github.com/gozmq/gozmq/loader"
	"github.com/gozmq/gozmq/versions"
)

// Socket is a ZeroMQ socket. Like libzmq's, it must not be used by two
// goroutines at the same time; unlike libzmq, doing so returns
// ErrSocketBusy instead of corrupting memory, and SetShared lets
// goroutines take turns on it instead. Close may be called from any
// goroutine at any time: a call blocked on the socket returns.
//
// A nil *Socket (what a failed NewSocket returns) and a zero Socket{}
// behave as a closed socket: every method returns ENOTSOCK, Close does
// nothing.
type Socket struct {
	c   *Context
	a   *api
	ptr uintptr
	typ SocketType

	// state holds the busy, closing and closed bits.
	state atomic.Uint32
	// thread is the OS thread blocked in libzmq on behalf of this
	// socket, recorded so that Close can interrupt it.
	thread wait.Thread
	// cancelled is set when the context of the SendCtx/RecvCtx call in
	// progress is done: its interrupted call returns errCancelled.
	cancelled atomic.Bool
	// byContext is set when the context closed the socket: later calls
	// return ETERM rather than ENOTSOCK.
	byContext atomic.Bool
	closeMu   sync.Mutex
	// wake wakes a blocked call where no signal can (Windows).
	wake wait.WakeSocket

	rmsg *msgT // receive message reused by Recv
	smsg *msgT // send message (2.x and zero-copy paths)
	// rmore keeps the MORE flag of the last part received when recv
	// released that part's message early (see bigMsg), since the fresh
	// rmsg no longer has it: 0 when rmsg itself says, 1 none, 2 more,
	// rmoreAsk when the part went elsewhere (RecvMsg, RecvInto).
	rmore uint8

	// Send/receive timeouts in milliseconds as last set through this
	// package (-1: infinite, libzmq's default); they decide whether a
	// call may block and bound EINTR retries.
	rcvTimeout, sndTimeout int
	noRetry                bool

	// Waiting in the runtime poller (wait.go): the socket's registered
	// ZMQ_FD (nil until the first wait, or when it cannot park) and the
	// done channel of the SendCtx/RecvCtx call in progress.
	desc   atomic.Pointer[wait.Desc]
	noPark bool
	// noFD is set for a socket without ZMQ_FD (the thread-safe draft
	// types), found when parkable first tries.
	noFD    bool
	ctxDone <-chan struct{}
	// disarmCtx ends ctxDone's hold on the call in progress (see
	// ctxCall), bound once per socket.
	disarmCtx func()
	// optBuf and optLen receive ZMQ_EVENTS and ZMQ_FD without an
	// allocation per read.
	optBuf int32
	optLen uintptr
	// lastPart is the size of the last part sent or received, which
	// decides whether a wait may be brief.
	lastPart int
	// mon is the socket's monitor (monitor_pipe.go), nil when none.
	mon atomic.Pointer[monPipe]
	// internal marks the binding's own sockets that read or pass on
	// monitor events, which Context.Close closes last.
	internal bool
	// share is set by SetShared(true) (shared.go).
	share atomic.Pointer[share]
}

const (
	stBusy    = 1
	stClosing = 2
	stClosed  = 4
	// stLong marks a holder that may keep the socket for ever (Poll, a
	// proxy): a shared socket's callers do not wait for it.
	stLong = 8
)

// NewSocket creates a socket of type t.
func (c *Context) NewSocket(t SocketType) (*Socket, error) {
	return c.newSocket(t, false)
}

// newSocket creates a socket; internal marks one of the binding's own
// (see Socket.internal), set before Context.Close can see it.
func (c *Context) newSocket(t SocketType, internal bool) (*Socket, error) {
	if c.invalid() {
		return nil, ETERM
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	h, err := c.handle()
	if err != nil {
		return nil, err
	}
	if t == STREAM && !c.a.has(versions.SocketType, "STREAM") {
		return nil, c.a.lacks("socket type STREAM", versions.SocketType, "STREAM")
	}
	if err := c.a.checkDraftType(t); err != nil {
		return nil, err
	}
	return c.makeSocket(h, t, internal)
}

// newProbe makes a PAIR socket of the binding's own even while Close
// runs, until the context is terminated: 3.2's monitor pipes probe
// libzmq's endpoints with it (see watchUnbind).
func (c *Context) newProbe() (*Socket, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == 0 || c.terminating {
		return nil, ETERM
	}
	return c.makeSocket(c.ptr, PAIR, true)
}

// makeSocket makes the socket; c.mu is held.
func (c *Context) makeSocket(h uintptr, t SocketType, internal bool) (*Socket, error) {
	p, e := callNB(c.a.fn.Socket, h, uintptr(t))
	if p == 0 {
		return nil, errnoErr(e)
	}
	s := &Socket{c: c, a: c.a, ptr: p, typ: t, rmsg: new(msgT), smsg: new(msgT), rcvTimeout: -1, sndTimeout: -1,
		internal: internal}
	s.disarmCtx = func() { s.ctxDone = nil }
	callNB(c.a.fn.MsgInit, uintptr(unsafe.Pointer(s.rmsg)))
	callNB(c.a.fn.MsgInit, uintptr(unsafe.Pointer(s.smsg)))
	c.sockets[s] = struct{}{}
	return s, nil
}

// enter marks the socket busy for one call, or says why it cannot be.
// A nil or zero Socket (what a failed NewSocket returns, or a declared
// Socket{}) is never entered: it reports ENOTSOCK, as a closed one does.
func (s *Socket) enter() error {
	if s.invalid() {
		return ENOTSOCK
	}
	if s.state.CompareAndSwap(0, stBusy) {
		return nil
	}
	if s.state.Load()&(stClosing|stClosed) != 0 {
		return s.closedErr()
	}
	if sh := s.share.Load(); sh != nil {
		return s.enterShared(sh)
	}
	return ErrSocketBusy
}

// enterLong is enter for Poll and the proxies, which may hold the
// socket for as long as they run.
func (s *Socket) enterLong() error {
	if err := s.enter(); err != nil {
		return err
	}
	s.state.Or(stLong)
	return nil
}

func (s *Socket) leave() {
	if sh := s.share.Load(); sh != nil {
		s.leaveShared(sh)
		return
	}
	s.state.And(^uint32(stBusy | stLong))
}

// invalid reports a socket that NewSocket did not make: nil, or a zero
// Socket{} with no library or context behind it.
func (s *Socket) invalid() bool { return s == nil || s.a == nil || s.c == nil }

func (s *Socket) closedErr() error {
	if s.byContext.Load() {
		return ETERM
	}
	return ENOTSOCK
}

// Close closes the socket. A call blocked on it in another goroutine
// returns ENOTSOCK first. Pending outgoing messages are handled by
// LINGER as in libzmq. Closing a closed socket does nothing.
func (s *Socket) Close() error {
	if s.invalid() {
		return nil
	}
	s.close(false, -1)
	return nil
}

// close closes the socket once. When lingerCap >= 0 the socket's LINGER
// is lowered to it first.
func (s *Socket) close(byContext bool, lingerCap time.Duration) {
	s.closeMu.Lock()
	defer s.closeMu.Unlock()
	if s.state.Load()&stClosed != 0 {
		return
	}
	if byContext {
		s.byContext.Store(true)
	}
	s.state.Or(stClosing)
	s.waitIdle()
	if s.mon.Load() != nil {
		s.closeMonitored(byContext)
	}
	a := s.a
	if lingerCap >= 0 {
		ms := int(lingerCap / time.Millisecond)
		if v, err := s.getInt(int(LINGER)); err == nil && (v < 0 || int(v) > ms) {
			s.setInt(int(LINGER), int64(ms))
		}
	}
	callNB(a.fn.MsgClose, uintptr(unsafe.Pointer(s.rmsg)))
	callNB(a.fn.MsgClose, uintptr(unsafe.Pointer(s.smsg)))
	s.unpark()
	callNB(a.fn.Close, s.ptr)
	s.wake.Release()
	s.state.Or(stClosed)
	s.c.forget(s)
}

// waitIdle waits for the call in progress, if any, to leave, waking it
// where it waits: a parked goroutine by a token, a thread blocked in
// libzmq by a signal (the call fails with EINTR). Either then sees the
// closing bit and returns.
func (s *Socket) waitIdle() {
	for i := 0; s.state.Load()&stBusy != 0 || s.sharePending(); i++ {
		s.interrupt()
		if i < 10 {
			runtime.Gosched()
		} else {
			time.Sleep(time.Millisecond)
		}
	}
}

// interrupt wakes the goroutine parked on this socket, if any, and
// interrupts the thread blocked in libzmq for it, if any, so that its
// call fails with EINTR. An interrupt can land just before the thread
// blocks, so callers repeat it until the call has left.
func (s *Socket) interrupt() {
	if d := s.desc.Load(); d != nil {
		d.Wake()
	}
	s.thread.Interrupt()
	s.wake.Ring()
	if sh := s.share.Load(); sh != nil {
		sh.wakeAll()
	}
}

// sharePending reports goroutines parked on a shared socket, or waiting
// for its turn: Close waits for them too.
func (s *Socket) sharePending() bool {
	sh := s.share.Load()
	return sh != nil && sh.pending()
}

// Bind accepts connections on endpoint, e.g. "tcp://127.0.0.1:5555",
// "ipc:///tmp/x.sock", "inproc://name". A tcp port "*" or 0 binds a
// free port, on every release (see BindEndpoint, which also says which).
func (s *Socket) Bind(endpoint string) error {
	if s != nil && s.a != nil && !s.a.has(versions.SocketOption, "LAST_ENDPOINT") {
		if _, ok := anyPortHost(endpoint); ok {
			_, err := s.BindEndpoint(endpoint)
			return err
		}
	}
	return s.bind(endpoint)
}

// bind is zmq_bind itself.
func (s *Socket) bind(endpoint string) error {
	return s.endpointCall(func(f *loader.Funcs) uintptr { return f.Bind }, "zmq_bind", endpoint, true)
}

// Connect connects to endpoint.
func (s *Socket) Connect(endpoint string) error {
	return s.endpointCall(func(f *loader.Funcs) uintptr { return f.Connect }, "zmq_connect", endpoint, false)
}

// Unbind stops accepting connections on endpoint (zmq_unbind, libzmq 3.2+).
func (s *Socket) Unbind(endpoint string) error {
	return s.endpointCall(func(f *loader.Funcs) uintptr { return f.Unbind }, "zmq_unbind", endpoint, true)
}

// Disconnect disconnects from endpoint (zmq_disconnect, libzmq 3.2+).
func (s *Socket) Disconnect(endpoint string) error {
	return s.endpointCall(func(f *loader.Funcs) uintptr { return f.Disconnect }, "zmq_disconnect", endpoint, false)
}

// endpointCall picks its function from the library only once the
// socket is known to be valid (see enter). local says whether endpoint
// is one of the socket's own addresses (Bind, Unbind), where a wildcard
// port is allowed (see checkEndpoint).
func (s *Socket) endpointCall(pick func(*loader.Funcs) uintptr, name, endpoint string, local bool) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	fn := pick(s.a.fn)
	if fn == 0 {
		return s.a.lacks(name, versions.Function, name)
	}
	if err := checkEndpoint(endpoint, local); err != nil {
		return err
	}
	if name == "zmq_bind" {
		if err := s.checkUseFd(endpoint); err != nil {
			return err
		}
	}
	ep := cstring(endpoint)
	if r, e := callAgainOnEINTR(fn, s.ptr, uintptr(unsafe.Pointer(&ep[0])), 0, 0); failed(r) {
		return errnoErr(e)
	}
	return nil
}

// SetRetryEINTR chooses what a blocking call does when a signal
// interrupts it (Go's runtime sends signals for preemption and
// profiling): retry, the default, or return EINTR.
func (s *Socket) SetRetryEINTR(retry bool) {
	if s != nil {
		s.noRetry = !retry
	}
}

// Handle returns libzmq's socket pointer, for use with other C code; 0
// for a nil Socket.
func (s *Socket) Handle() uintptr {
	if s == nil {
		return 0
	}
	return s.ptr
}
