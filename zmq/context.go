package zmq

import (
	"sync"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/versions"
)

// Context owns libzmq's I/O threads and the sockets made from it. It is
// safe for use by several goroutines. Close it when done: Close also
// closes any socket still open, so forgotten sockets never make shutdown
// hang.
//
// A nil *Context (what a failed NewContext returns) and a zero
// Context{} behave as a closed context: every method returns ETERM,
// Close does nothing.
type Context struct {
	a         *api
	mu        sync.Mutex
	ptr       uintptr // 0 until created (2.x creates it on first socket)
	iothreads int
	sockets   map[*Socket]struct{}
	closed    bool
	linger    time.Duration
	// terminating is set when Close is about to terminate the C context.
	terminating bool
	// monitors whose reading runs (monitor_pipe.go).
	monitors map[*monPipe]struct{}
}

// DefaultCloseLinger is the longest time Context.Close lets a socket that
// is still open try to deliver its pending messages (see SetCloseLinger).
const DefaultCloseLinger = 0 * time.Millisecond

// NewContext creates a context. It fails if libzmq cannot be loaded; the
// error says which library names were tried and how to install one.
func NewContext() (*Context, error) {
	a, err := lib()
	if err != nil {
		return nil, err
	}
	c := &Context{a: a, iothreads: 1, sockets: make(map[*Socket]struct{}), linger: DefaultCloseLinger}
	if !a.v2 {
		p, e := callNB(a.fn.CtxNew)
		if p == 0 {
			return nil, errnoErr(e)
		}
		c.ptr = p
	}
	return c, nil
}

// handle returns the C context, creating it on 2.x where zmq_init takes
// the thread count and so must wait for SetIOThreads.
func (c *Context) handle() (uintptr, error) {
	if c.closed {
		return 0, ETERM
	}
	if c.ptr == 0 {
		p, e := callNB(c.a.fn.Init, uintptr(c.iothreads))
		if p == 0 {
			return 0, errnoErr(e)
		}
		c.ptr = p
	}
	return c.ptr, nil
}

// SetCloseLinger sets how long Close lets sockets that are still open
// flush pending messages: their LINGER is lowered to d if it is longer
// or infinite. The default is DefaultCloseLinger (drop at once). Sockets
// the program closed itself keep the LINGER they had.
func (c *Context) SetCloseLinger(d time.Duration) {
	if c.invalid() {
		return
	}
	c.mu.Lock()
	c.linger = d
	c.mu.Unlock()
}

// Close closes every socket of the context that is still open (a call
// blocked on one of them in another goroutine returns ETERM), then
// terminates the context. It never waits for a socket left open: their
// LINGER is capped by SetCloseLinger (0 by default).
//
// It does wait in one case: a socket the program closed itself with
// Socket.Close keeps its LINGER, so that messages the program asked to
// deliver are not dropped behind its back, and libzmq's termination
// waits until that socket's queued messages are delivered or its LINGER
// runs out. With LINGER -1 (infinite) and a peer that never takes them
// (absent, gone, or not reading), Close waits until one does. LINGER -1
// is libzmq's default on every release (2.1 to 4.3); set LINGER to a
// bound before Socket.Close, leave the socket for Context.Close, or on
// 4.2+ call SetBlocky(false), to make Close bounded. Closing twice is
// harmless.
func (c *Context) Close() {
	if c.invalid() {
		return
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	open := make([]*Socket, 0, len(c.sockets))
	for s := range c.sockets {
		open = append(open, s)
	}
	linger := c.linger
	c.mu.Unlock()
	// The program's sockets first: closing one stops its monitor while
	// the binding's socket reading it is open. Then the monitors of
	// sockets closed earlier, then the binding's own sockets.
	for _, s := range open {
		if !s.internal {
			s.close(true, linger)
		}
	}
	c.endMonitors()
	for _, s := range open {
		s.close(true, linger)
	}
	c.mu.Lock()
	c.terminating = true
	c.mu.Unlock()
	if c.ptr == 0 {
		return
	}
	fn := c.a.fn.CtxTerm
	if fn == 0 {
		fn = c.a.fn.CtxDestroy
	}
	if fn == 0 {
		fn = c.a.fn.Term
	}
	var thread uintptr
	for {
		r, e := callBlocking(&thread, fn, c.ptr)
		if !failed(r) || e != int(syscall.EINTR) {
			break
		}
	}
}

// invalid reports a context NewContext did not make: nil (what a failed
// NewContext returns) or a zero Context{}. Every method treats it as a
// closed context: ETERM, never a nil pointer panic.
func (c *Context) invalid() bool { return c == nil || c.a == nil }

func (c *Context) forget(s *Socket) {
	c.mu.Lock()
	delete(c.sockets, s)
	c.mu.Unlock()
}

// IOThreads returns the size of the context's I/O thread pool.
func (c *Context) IOThreads() (int, error) {
	if c.invalid() {
		return 0, ETERM
	}
	if c.a.v2 {
		return c.iothreads, nil
	}
	return c.GetInt("IO_THREADS")
}

// SetIOThreads sets the size of the I/O thread pool. It only affects
// sockets created afterwards' context: call it before NewSocket.
func (c *Context) SetIOThreads(n int) error {
	if c.invalid() {
		return ETERM
	}
	if c.a.v2 {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.ptr != 0 {
			return EINVAL
		}
		if n < 0 {
			return EINVAL
		}
		c.iothreads = n
		return nil
	}
	return c.SetInt("IO_THREADS", n)
}

// MaxSockets returns the most sockets the context allows (ZMQ_MAX_SOCKETS, 3.2+).
func (c *Context) MaxSockets() (int, error) { return c.GetInt("MAX_SOCKETS") }

// SetMaxSockets sets the most sockets the context allows (ZMQ_MAX_SOCKETS, 3.2+).
func (c *Context) SetMaxSockets(n int) error { return c.SetInt("MAX_SOCKETS", n) }

// GetInt reads a context option by its libzmq name without the ZMQ_
// prefix ("IO_THREADS", "MAX_SOCKETS", "SOCKET_LIMIT", "IPV6",
// "BLOCKY", "MAX_MSGSZ", "MSG_T_SIZE", "THREAD_PRIORITY"...).
func (c *Context) GetInt(name string) (int, error) {
	num, err := c.ctxOpt(name)
	if err != nil {
		return 0, err
	}
	return c.get(num, name)
}

// SetInt sets a context option by name, as GetInt reads it.
func (c *Context) SetInt(name string, value int) error {
	num, err := c.ctxOpt(name)
	if err != nil {
		return err
	}
	return c.set(num, name, value)
}

func (c *Context) ctxOpt(name string) (int, error) {
	if c.invalid() {
		return 0, ETERM
	}
	if k, ok := lookupCtxOpt(c.a, name); ok {
		return k, nil
	}
	if _, known := versions.Introduced(versions.ContextOption, name); known {
		return 0, c.a.lacks("context option "+name, versions.ContextOption, name)
	}
	return 0, EINVAL
}

func (c *Context) get(num int, name string) (int, error) {
	if c.a.fn.CtxGet == 0 {
		return 0, c.a.lacks("context option "+name, versions.Function, "zmq_ctx_get")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return 0, ETERM
	}
	r, e := callNB(c.a.fn.CtxGet, c.ptr, uintptr(num))
	// -1 is also a legitimate value (THREAD_SCHED_POLICY's default), so
	// only the errors zmq_ctx_get documents make it a failure.
	if failed(r) && (e == int(syscall.EINVAL) || e == int(syscall.EFAULT)) {
		return 0, errnoErr(e)
	}
	return int(int32(r)), nil
}

func (c *Context) set(num int, name string, v int) error {
	if c.a.fn.CtxSet == 0 {
		return c.a.lacks("context option "+name, versions.Function, "zmq_ctx_set")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ETERM
	}
	r, e := callNB(c.a.fn.CtxSet, c.ptr, uintptr(num), uintptr(v))
	if failed(r) {
		return errnoErr(e)
	}
	return nil
}
