package zmq4

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gozmq/gozmq/zmq"
)

// Defaults of the context options, as libzmq defines them.
const (
	MaxSocketsDflt = 1023
	IoThreadsDflt  = 1
)

// Context is a context other than the default one, made by NewContext.
// It is a face of a *zmq.Context: its sockets are the core package's
// sockets, with all their guarantees.
//
// A nil *Context and a zero Context{} behave as a terminated one: every
// method returns ErrorContextClosed, Term does nothing.
type Context struct {
	core  *zmq.Context
	retry atomic.Bool

	mu      sync.Mutex
	opened  bool
	sockets map[*Socket]struct{}
}

// NewContext creates a context. It fails when libzmq cannot be loaded.
func NewContext() (ctx *Context, err error) {
	c, err := zmq.NewContext()
	if err != nil {
		return nil, errget(err)
	}
	ctx = &Context{core: c, opened: true, sockets: make(map[*Socket]struct{})}
	ctx.retry.Store(true)
	return ctx, nil
}

// The default context, used by the package-level functions. It is made
// on first use rather than at import, so that importing this package
// loads nothing.
var (
	dfltOnce sync.Once
	dfltCtx  *Context
	dfltErr  error
)

func defaultContext() (*Context, error) {
	dfltOnce.Do(func() { dfltCtx, dfltErr = NewContext() })
	return dfltCtx, dfltErr
}

// Term terminates the default context.
func Term() error {
	c, err := defaultContext()
	if err != nil {
		return err
	}
	return c.Term()
}

// Term terminates the context. Sockets the program closed get the time
// their LINGER asks for to deliver what they hold; sockets still open
// are closed (a call blocked on one returns ETERM) instead of making
// Term wait for them forever, as libzmq's zmq_ctx_term would.
// Terminating twice is harmless.
func (ctx *Context) Term() error {
	if ctx == nil {
		return nil
	}
	ctx.mu.Lock()
	if !ctx.opened {
		ctx.mu.Unlock()
		return nil
	}
	ctx.opened = false
	socks := ctx.sockets
	ctx.sockets = nil
	ctx.mu.Unlock()
	for s := range socks {
		s.closed.Store(true)
	}
	ctx.core.Close()
	return nil
}

// isOpen reports whether the context may still be used.
func (ctx *Context) isOpen() bool {
	if ctx == nil || ctx.core == nil {
		return false
	}
	ctx.mu.Lock()
	defer ctx.mu.Unlock()
	return ctx.opened
}

// add registers a new socket, unless the context was terminated.
func (ctx *Context) add(s *Socket) bool {
	ctx.mu.Lock()
	defer ctx.mu.Unlock()
	if !ctx.opened {
		return false
	}
	ctx.sockets[s] = struct{}{}
	return true
}

func (ctx *Context) forget(s *Socket) {
	if ctx == nil {
		return
	}
	ctx.mu.Lock()
	delete(ctx.sockets, s)
	ctx.mu.Unlock()
}

// NewSocket creates a socket of type t in the default context.
func NewSocket(t Type) (soc *Socket, err error) {
	c, err := defaultContext()
	if err != nil {
		return nil, err
	}
	return c.NewSocket(t)
}

// NewSocket creates a socket of type t. As with pebbe/zmq4, the socket
// is not nil even on error: its methods return ErrorSocketClosed.
func (ctx *Context) NewSocket(t Type) (soc *Socket, err error) {
	soc = &Socket{}
	if !ctx.isOpen() {
		return soc, ErrorContextClosed
	}
	s, err := ctx.core.NewSocket(zmq.SocketType(t))
	if err != nil {
		return soc, errget(err)
	}
	s.SetRetryEINTR(ctx.retry.Load())
	soc = &Socket{core: s, ctx: ctx, closed: new(atomic.Bool)}
	if !ctx.add(soc) {
		s.Close()
		return &Socket{}, ErrorContextClosed
	}
	// Like pebbe/zmq4, a socket the program dropped is closed by the
	// garbage collector.
	runtime.SetFinalizer(soc, (*Socket).Close)
	return soc, nil
}

// withDefault runs f on the default context.
func withDefault[T any](f func(*Context) (T, error)) (T, error) {
	c, err := defaultContext()
	if err != nil {
		var zero T
		return zero, err
	}
	return f(c)
}

// GetIoThreads returns the size of the default context's I/O thread pool.
func GetIoThreads() (int, error) { return withDefault((*Context).GetIoThreads) }

// GetMaxSockets returns the default context's limit on sockets.
func GetMaxSockets() (int, error) { return withDefault((*Context).GetMaxSockets) }

// GetMaxMsgsz returns the default context's largest message size
// (ZMQ_MAX_MSGSZ, 4.2+).
func GetMaxMsgsz() (int, error) { return withDefault((*Context).GetMaxMsgsz) }

// GetIpv6 reports whether the default context's new sockets use IPv6.
func GetIpv6() (bool, error) { return withDefault((*Context).GetIpv6) }

// GetBlocky returns the default context's BLOCKY option (ZMQ_BLOCKY, 4.2+).
func GetBlocky() (bool, error) { return withDefault((*Context).GetBlocky) }

// GetRetryAfterEINTR reports whether calls on the default context's
// sockets retry after a signal interrupted them.
func GetRetryAfterEINTR() bool {
	c, err := defaultContext()
	return err == nil && c.GetRetryAfterEINTR()
}

// SetIoThreads sets the size of the default context's I/O thread pool,
// before its first socket is made.
func SetIoThreads(n int) error { return setDefault((*Context).SetIoThreads, n) }

// SetMaxSockets sets the default context's limit on sockets.
func SetMaxSockets(n int) error { return setDefault((*Context).SetMaxSockets, n) }

// SetMaxMsgsz sets the default context's largest message size
// (ZMQ_MAX_MSGSZ, 4.2+).
func SetMaxMsgsz(n int) error { return setDefault((*Context).SetMaxMsgsz, n) }

// SetThreadSchedPolicy sets the scheduling policy of the default
// context's I/O threads (ZMQ_THREAD_SCHED_POLICY, 4.1+, not on Windows).
func SetThreadSchedPolicy(n int) error { return setDefault((*Context).SetThreadSchedPolicy, n) }

// SetThreadPriority sets the scheduling priority of the default
// context's I/O threads (ZMQ_THREAD_PRIORITY, 4.1+, not on Windows).
func SetThreadPriority(n int) error { return setDefault((*Context).SetThreadPriority, n) }

// SetIpv6 makes the default context's new sockets use IPv6 or not.
func SetIpv6(i bool) error { return setDefault((*Context).SetIpv6, i) }

// SetBlocky sets the default context's BLOCKY option (ZMQ_BLOCKY, 4.2+).
func SetBlocky(i bool) error { return setDefault((*Context).SetBlocky, i) }

// SetRetryAfterEINTR chooses whether calls on the default context's
// sockets retry after a signal interrupted them (the default) or return
// EINTR.
func SetRetryAfterEINTR(retry bool) {
	if c, err := defaultContext(); err == nil {
		c.SetRetryAfterEINTR(retry)
	}
}

func setDefault[T any](f func(*Context, T) error, v T) error {
	c, err := defaultContext()
	if err != nil {
		return err
	}
	return f(c, v)
}

// ctxOpt runs a context option call on the core context unless the
// context is terminated (or nil, or zero).
func ctxOpt[T any](ctx *Context, f func(*zmq.Context) (T, error)) (T, error) {
	if !ctx.isOpen() {
		var zero T
		return zero, ErrorContextClosed
	}
	v, err := f(ctx.core)
	return v, errget(err)
}

func ctxSet(ctx *Context, f func(*zmq.Context) error) error {
	_, err := ctxOpt(ctx, func(c *zmq.Context) (struct{}, error) { return struct{}{}, f(c) })
	return err
}

// GetIoThreads returns the size of the context's I/O thread pool.
func (ctx *Context) GetIoThreads() (int, error) { return ctxOpt(ctx, (*zmq.Context).IOThreads) }

// GetMaxSockets returns the context's limit on sockets.
func (ctx *Context) GetMaxSockets() (int, error) { return ctxOpt(ctx, (*zmq.Context).MaxSockets) }

// GetMaxMsgsz returns the largest message the context's sockets accept
// (ZMQ_MAX_MSGSZ, 4.2+).
func (ctx *Context) GetMaxMsgsz() (int, error) {
	return gated(func() (int, error) { return ctxOpt(ctx, (*zmq.Context).MaxMsgSize) })
}

// GetIpv6 reports whether the context's new sockets use IPv6.
func (ctx *Context) GetIpv6() (bool, error) { return ctxOpt(ctx, (*zmq.Context).IPv6) }

// GetBlocky returns the context's BLOCKY option (ZMQ_BLOCKY, 4.2+).
func (ctx *Context) GetBlocky() (bool, error) {
	return gated(func() (bool, error) { return ctxOpt(ctx, (*zmq.Context).Blocky) })
}

// GetRetryAfterEINTR reports whether calls on the context's sockets
// retry after a signal interrupted them.
func (ctx *Context) GetRetryAfterEINTR() bool { return ctx != nil && ctx.retry.Load() }

// SetIoThreads sets the size of the I/O thread pool, before the first
// socket is made.
func (ctx *Context) SetIoThreads(n int) error {
	return ctxSet(ctx, func(c *zmq.Context) error { return c.SetIOThreads(n) })
}

// SetMaxSockets sets the context's limit on sockets.
func (ctx *Context) SetMaxSockets(n int) error {
	return ctxSet(ctx, func(c *zmq.Context) error { return c.SetMaxSockets(n) })
}

// SetMaxMsgsz sets the largest message the context's sockets accept
// (ZMQ_MAX_MSGSZ, 4.2+).
func (ctx *Context) SetMaxMsgsz(n int) error {
	return gatedSet(func() error { return ctxSet(ctx, func(c *zmq.Context) error { return c.SetMaxMsgSize(n) }) })
}

// SetIpv6 makes the context's new sockets use IPv6 or not.
func (ctx *Context) SetIpv6(i bool) error {
	return ctxSet(ctx, func(c *zmq.Context) error { return c.SetIPv6(i) })
}

// SetBlocky sets the BLOCKY option (ZMQ_BLOCKY, 4.2+): false lets Term drop
// pending messages of sockets without an explicit LINGER.
func (ctx *Context) SetBlocky(i bool) error {
	return gatedSet(func() error { return ctxSet(ctx, func(c *zmq.Context) error { return c.SetBlocky(i) }) })
}

// SetThreadSchedPolicy sets the scheduling policy of the I/O threads
// (ZMQ_THREAD_SCHED_POLICY, 4.1+, not on Windows), before the first socket is made.
func (ctx *Context) SetThreadSchedPolicy(n int) error {
	if err := needThreadOpts(); err != nil {
		return err
	}
	return gatedSet(func() error { return ctxSet(ctx, func(c *zmq.Context) error { return c.SetThreadSchedPolicy(n) }) })
}

// SetThreadPriority sets the scheduling priority of the I/O threads
// (ZMQ_THREAD_PRIORITY, 4.1+, not on Windows), before the first socket is made.
func (ctx *Context) SetThreadPriority(n int) error {
	if err := needThreadOpts(); err != nil {
		return err
	}
	return gatedSet(func() error { return ctxSet(ctx, func(c *zmq.Context) error { return c.SetThreadPriority(n) }) })
}

// needThreadOpts returns pebbe/zmq4's error for the thread options on
// Windows, which libzmq does not support there.
func needThreadOpts() error {
	if runtime.GOOS == "windows" {
		return ErrorNotImplementedWindows
	}
	return nil
}

// SetRetryAfterEINTR chooses whether calls on the context's sockets,
// those made before and after, retry after a signal interrupted them
// (the default) or return EINTR.
func (ctx *Context) SetRetryAfterEINTR(retry bool) {
	if ctx == nil {
		return
	}
	ctx.retry.Store(retry)
	ctx.mu.Lock()
	defer ctx.mu.Unlock()
	for s := range ctx.sockets {
		s.core.SetRetryEINTR(retry)
	}
}
