package zmq4

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gozmq/gozmq/gozeromq/zmq4/transport"
	"github.com/gozmq/gozmq/zmq"
)

// Socket is a ZeroMQ socket. As in go-zeromq, several goroutines may
// use it at once (one may Send while another is blocked in Recv; see
// zmq.Socket.SetShared, and the package doc for platforms where a call
// holds an OS thread instead). Close may be called from any goroutine
// and wakes the calls blocked on the socket.
type Socket interface {
	// Close closes the open Socket.
	Close() error

	// Send puts the message on the outbound send queue.
	//
	// Send blocks until the message can be queued or the send deadline expires.
	Send(msg Msg) error

	// SendMulti puts the message on the outbound send queue.
	//
	// SendMulti blocks until the message can be queued or the send deadline
	// expires. The message will be sent as a multipart message.
	SendMulti(msg Msg) error

	// Recv receives a complete message.
	Recv() (Msg, error)

	// Listen connects a local endpoint to the Socket.
	//
	// In ZeroMQ's terminology, it binds.
	Listen(ep string) error

	// Dial connects a remote endpoint to the Socket.
	//
	// In ZeroMQ's terminology, it connects.
	Dial(ep string) error

	// Type returns the type of this Socket (for example PUB, SUB, etc.)
	Type() SocketType

	// Addr returns the listener's address. It returns nil if the socket isn't a
	// listener.
	Addr() net.Addr

	// GetOption retrieves an option for a socket.
	GetOption(name string) (interface{}, error)

	// SetOption sets an option for a socket.
	SetOption(name string, value interface{}) error
}

// face is the one implementation of Socket: a zmq.Socket and what
// go-zeromq's API keeps beside it.
type face struct {
	typ SocketType
	cfg config
	zs  *zmq.Socket
	lib *zmq.Context
	// initErr is why the socket could not be made (libzmq missing, ...);
	// every method returns it.
	initErr error
	// optErr is an option libzmq refused; Listen and Dial return it.
	optErr error
	// sendTimeout is WithTimeout kept in Go, for libzmq 2.1, which has
	// no ZMQ_SNDTIMEO; zero where libzmq applies it.
	sendTimeout time.Duration

	ctx    context.Context // ends when the socket closes
	cancel context.CancelFunc
	once   sync.Once

	mu     sync.Mutex
	props  map[string]interface{}
	addr   net.Addr
	topics map[string]int // SUB: own; PUB, XPUB: the peers'
	sends  atomic.Uint32  // PUB: sends since subscriptions were last read
	ahead  Queue          // XPUB: messages read by Topics, for Recv
	bound  []string       // tcp and ipc endpoints listened on, as libzmq bound them

	// watch is the monitor of tcp and ipc connections, made on first
	// use; Close and Recv may read it from other goroutines.
	watch atomic.Pointer[watcher]
	// lost counts connections lost and not yet reported by Recv.
	lost atomic.Int32
}

func newFace(ctx context.Context, typ SocketType, opts []Option) Socket {
	if ctx == nil {
		ctx = context.Background()
	}
	o := socket{cfg: config{retry: defaultRetry, maxRetries: defaultMaxRetries, timeout: defaultTimeout}}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if o.cfg.log == nil {
		o.cfg.log = log.New(os.Stderr, "zmq4: ", 0)
	}
	s := &face{typ: typ, cfg: o.cfg, props: make(map[string]interface{})}
	s.ctx, s.cancel = context.WithCancel(ctx)
	s.lib, s.initErr = sharedContext(o.cfg.ioThreads)
	if s.initErr == nil {
		s.zs, s.initErr = s.lib.NewSocket(typ.libzmqType())
	}
	if s.initErr != nil {
		s.initErr = fmt.Errorf("zmq4: could not make a %s socket: %w", typ, s.initErr)
		s.cancel()
		return s
	}
	// go-zeromq's sockets take calls from several goroutines at once.
	// Where libzmq calls cannot step aside while they wait (no runtime
	// poller), SetShared refuses and overlapping calls return
	// zmq.ErrSocketBusy, as the package doc says.
	_ = s.zs.SetShared(true)
	s.optErr = s.configure()
	// Cancelling the constructor's context closes the socket, which
	// wakes whatever is blocked on it.
	context.AfterFunc(s.ctx, s.shutdown)
	return s
}

// configure turns the options into libzmq socket options.
func (s *face) configure() error {
	c := s.cfg
	var errs []error
	set := func(what string, err error) {
		if err != nil {
			errs = append(errs, fmt.Errorf("zmq4: %s: %w", what, err))
		}
	}
	if len(c.id) > 0 {
		set("WithID", s.zs.SetIdentity(string(c.id)))
	}
	if c.timeout > 0 {
		err := s.zs.SetSndTimeout(c.timeout)
		var ve *zmq.VersionError
		if errors.As(err, &ve) {
			s.sendTimeout, err = c.timeout, nil
		}
		set("WithTimeout", err)
	}
	if c.retry > 0 {
		set("WithDialerRetry", s.zs.SetReconnectIvl(c.retry))
	}
	if c.dialTimeout > 0 {
		var ve *zmq.VersionError
		if err := s.zs.SetConnectTimeout(c.dialTimeout); err != nil && !errors.As(err, &ve) {
			set("WithDialerTimeout", err)
		}
	}
	if c.sndBuf > 0 {
		set("WithSendBufferSize", s.zs.SetSndBuf(uint64(c.sndBuf)))
	}
	if c.rcvBuf > 0 {
		set("WithRecvBufferSize", s.zs.SetRcvBuf(uint64(c.rcvBuf)))
	}
	return errors.Join(errs...)
}

// shutdown closes the libzmq socket once, when the socket's context ends.
func (s *face) shutdown() {
	s.once.Do(func() {
		// The monitor stays on through zmq_close: it brings libzmq's
		// word that the listeners are closed.
		_ = s.zs.Close()
		forgetListener(s)
		s.awaitListenersClosed()
	})
}

// Close closes the socket. Messages already queued are still delivered
// by libzmq in the background (its default linger). The tcp and ipc
// addresses it listened on are free when it returns: it waits, at most
// a second, for libzmq to report its listeners closed (see closewait.go).
func (s *face) Close() error {
	if s.initErr != nil {
		return nil
	}
	s.cancel()
	s.shutdown()
	return nil
}

// usable returns why the socket cannot be used, or nil.
func (s *face) usable() error {
	if s.initErr != nil {
		return s.initErr
	}
	return s.ctx.Err()
}

// Type returns the socket's type.
func (s *face) Type() SocketType { return s.typ }

// Send sends msg, its frames as the parts of one message. It waits for
// room until the WithTimeout deadline (context.DeadlineExceeded).
func (s *face) Send(msg Msg) error { return s.send(msg) }

// SendMulti sends msg as Send does: libzmq sends a multipart message
// whole either way.
func (s *face) SendMulti(msg Msg) error { return s.send(msg) }

func (s *face) send(msg Msg) error {
	if err := s.usable(); err != nil {
		return err
	}
	switch s.typ {
	case Pull:
		return errors.New("zmq4: PULL sockets can't send messages")
	case Sub:
		return errors.New("zmq4: SUB sockets can't send messages (libzmq's SUB only sends subscriptions: use SetOption, or an XSUB)")
	}
	if len(msg.Frames) == 0 {
		return nil // nothing goes on the wire, as in go-zeromq
	}
	// No context needed: Close, which the constructor's context
	// triggers, wakes a blocked send.
	var err error
	if s.sendTimeout > 0 {
		ctx, cancel := context.WithTimeout(context.Background(), s.sendTimeout)
		err = s.zs.SendMultipartCtx(ctx, msg.Frames, 0)
		cancel()
	} else {
		err = s.zs.SendMultipart(msg.Frames, 0)
	}
	if s.typ == Pub {
		s.pubSent()
	}
	if err != nil {
		return s.ioErr("send", err)
	}
	return nil
}

// Recv receives a message. When a connection of a PAIR, SUB, XSUB,
// PULL, DEALER or REQ socket is lost, one Recv returns io.EOF, as in
// go-zeromq (libzmq meanwhile reconnects what the socket dialed); ROUTER,
// REP and XPUB go on receiving from their other peers, as there. After Close, or once the constructor's
// context is done, Recv returns that context's error.
func (s *face) Recv() (Msg, error) {
	if err := s.usable(); err != nil {
		return Msg{}, err
	}
	switch s.typ {
	case Pub:
		return Msg{}, errors.New("zmq4: PUB sockets can't recv messages")
	case Push:
		return Msg{}, errors.New("zmq4: PUSH sockets can't recv messages")
	}
	if s.takeLost() {
		return Msg{}, io.EOF
	}
	if s.typ == XPub {
		if err := errNoSubscriptions(); err != nil {
			return Msg{}, err
		}
		// Messages Topics read ahead come first.
		s.mu.Lock()
		m, ok := s.ahead.Peek()
		s.ahead.Pop()
		s.mu.Unlock()
		if ok {
			return m, nil
		}
	}
	var (
		parts [][]byte
		err   error
	)
	if w := s.watch.Load(); w != nil && s.typ.reportsLoss() {
		parts, err = s.zs.RecvMultipartCtx(w.lostCtx(), 0)
		if err != nil && s.ctx.Err() == nil && errors.Is(err, context.Canceled) && s.takeLost() {
			return Msg{}, io.EOF
		}
	} else {
		parts, err = s.zs.RecvMultipart(0)
	}
	if err != nil {
		return Msg{}, s.ioErr("recv", err)
	}
	for i, p := range parts {
		if p == nil {
			parts[i] = []byte{} // an empty frame read from the wire is not nil in go-zeromq
		}
	}
	if s.typ == XPub && len(parts) == 1 {
		s.noteSubscription(parts[0])
	}
	return Msg{Frames: parts}, nil
}

// ioErr maps a libzmq error to what go-zeromq returns.
func (s *face) ioErr(op string, err error) error {
	if cerr := s.ctx.Err(); cerr != nil {
		return cerr
	}
	if errors.Is(err, zmq.EAGAIN) || errors.Is(err, context.DeadlineExceeded) {
		return context.DeadlineExceeded
	}
	if errors.Is(err, zmq.ETERM) || errors.Is(err, zmq.ENOTSOCK) {
		return context.Canceled
	}
	return fmt.Errorf("zmq4: %s on %s socket: %w", op, s.typ, err)
}

// takeLost consumes one lost connection not yet reported.
func (s *face) takeLost() bool {
	for {
		n := s.lost.Load()
		if n <= 0 {
			return false
		}
		if s.lost.CompareAndSwap(n, n-1) {
			return true
		}
	}
}

// endpointFor checks that the socket may take an endpoint and splits
// ep into its scheme and address; gt is the Go transport registered for
// the scheme, nil for one libzmq runs itself.
func (s *face) endpointFor(ep string) (scheme, addr string, gt transport.Transport, err error) {
	if err := s.usable(); err != nil {
		return "", "", nil, err
	}
	if s.optErr != nil {
		return "", "", nil, s.optErr
	}
	scheme, addr, err = splitEndpoint(ep)
	if err != nil {
		return "", "", nil, err
	}
	gt, known := lookupTransport(scheme)
	if !known {
		return "", "", nil, UnknownTransportError{Name: scheme}
	}
	return scheme, addr, gt, nil
}

// prepare readies the libzmq socket for dialing ep or, if listening,
// for listening on it, as Dial and Listen both must: it turns IPv6 on
// when the address is an IPv6 one, sets the security mechanism of that
// side and, over tcp and ipc, starts the watch that sees connections
// come and go. It returns ep rewritten for libzmq (dialEndpoint,
// listenEndpoint).
func (s *face) prepare(scheme, ep string, listening bool) (string, error) {
	verb, rewrite := "dial to", dialEndpoint
	if listening {
		verb, rewrite = "listen to", listenEndpoint
	}
	ep, v6 := rewrite(ep)
	if v6 {
		if err := s.zs.SetIpv6(true); err != nil {
			return "", fmt.Errorf("zmq4: could not %s %q: IPv6: %w", verb, ep, err)
		}
	}
	if err := s.applySecurity(listening); err != nil {
		return "", err
	}
	if scheme == "tcp" || scheme == "ipc" {
		if err := s.startWatch(); err != nil {
			return "", err
		}
	}
	return ep, nil
}

// Listen binds the socket to ep.
func (s *face) Listen(ep string) error {
	scheme, _, gt, err := s.endpointFor(ep)
	if err != nil {
		return err
	}
	if gt != nil {
		return fmt.Errorf("zmq4: could not listen to %q: transport %q is a Go transport (%T), and libzmq can only listen on its own", ep, scheme, gt)
	}
	ep, err = s.prepare(scheme, ep, true)
	if err != nil {
		return err
	}
	bound, err := s.bind(ep)
	if err != nil {
		return fmt.Errorf("zmq4: could not listen to %q: %w", ep, err)
	}
	if bound == "" {
		bound = ep
	}
	a := endpointAddr(bound)
	s.mu.Lock()
	s.addr = a
	s.mu.Unlock()
	rememberListener(s, bound)
	if scheme == "tcp" || scheme == "ipc" {
		s.mu.Lock()
		s.bound = append(s.bound, bound)
		s.mu.Unlock()
	}
	return nil
}

// Addr returns the address the socket last listened on (a *net.TCPAddr,
// *net.UnixAddr, or an inproc address), nil if it never listened.
func (s *face) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// GetOption returns the value last given to SetOption for name.
func (s *face) GetOption(name string) (interface{}, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.props[name]
	if !ok {
		return nil, ErrBadProperty
	}
	return v, nil
}

// SetOption sets OptionSubscribe and OptionUnsubscribe (a string) on a
// SUB socket and OptionHWM (an int: libzmq's SNDHWM and RCVHWM, for the
// connections made after) on any socket. Other names are only
// remembered for GetOption; on PUB and SUB sockets they return
// ErrBadProperty, as in go-zeromq.
func (s *face) SetOption(name string, value interface{}) error {
	if err := s.usable(); err != nil {
		return err
	}
	s.mu.Lock()
	s.props[name] = value
	s.mu.Unlock()
	switch name {
	case OptionSubscribe, OptionUnsubscribe:
		if s.typ != Sub {
			if s.typ == Pub {
				return ErrBadProperty
			}
			return nil
		}
		topic, ok := value.(string)
		if !ok {
			return fmt.Errorf("zmq4: option %s takes a string, not %T", name, value)
		}
		if name == OptionSubscribe {
			if err := s.zs.SetSubscribe(topic); err != nil {
				return fmt.Errorf("zmq4: subscribe to %q: %w", topic, err)
			}
			s.addTopic(topic, 1)
		} else {
			if err := s.zs.SetUnsubscribe(topic); err != nil {
				return fmt.Errorf("zmq4: unsubscribe from %q: %w", topic, err)
			}
			s.addTopic(topic, -1)
		}
		return nil
	case OptionHWM:
		hwm, ok := value.(int)
		if !ok {
			return ErrBadProperty
		}
		if err := s.zs.SetSndHWM(hwm); err != nil {
			return fmt.Errorf("zmq4: option HWM: %w", err)
		}
		if err := s.zs.SetRcvHWM(hwm); err != nil {
			return fmt.Errorf("zmq4: option HWM: %w", err)
		}
		return nil
	}
	if s.typ == Sub || s.typ == Pub {
		return ErrBadProperty
	}
	return nil
}

// addTopic records a SUB's own subscription (d=1) or its end (d=-1):
// a set, as in go-zeromq.
func (s *face) addTopic(topic string, d int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.topics == nil {
		s.topics = make(map[string]int)
	}
	if d > 0 {
		s.topics[topic] = 1
	} else {
		delete(s.topics, topic)
	}
}

// Topics returns the sorted topics: a SUB's own subscriptions, or those
// the peers of a PUB or XPUB sent.
func (s *face) Topics() []string {
	if s.typ == Pub || s.typ == XPub {
		s.readSubscriptions()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	topics := make([]string, 0, len(s.topics))
	for t := range s.topics {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	return topics
}

// noteSubscription records a subscription message seen by a PUB or
// XPUB. libzmq passes on the first subscription to a topic and the last
// unsubscription, so the topics form a set.
func (s *face) noteSubscription(b []byte) {
	if len(b) == 0 || b[0] > 1 {
		return
	}
	topic := string(b[1:])
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.topics == nil {
		s.topics = make(map[string]int)
	}
	if b[0] == 1 {
		s.topics[topic] = 1
	} else {
		delete(s.topics, topic)
	}
}

// pubSent reads the subscriptions queued in a PUB's XPUB from time to
// time, so that they never pile up in libzmq.
func (s *face) pubSent() {
	if s.sends.Add(1) >= 1024 {
		s.readSubscriptions()
	}
}

// readSubscriptions reads, without waiting, the messages libzmq's XPUB
// holds: for a PUB they are only subscriptions, dropped once counted;
// an XPUB keeps them for Recv.
func (s *face) readSubscriptions() {
	s.sends.Store(0)
	for {
		parts, err := s.zs.RecvMultipart(zmq.DONTWAIT)
		if err != nil {
			return
		}
		if len(parts) == 1 {
			s.noteSubscription(parts[0])
		}
		if s.typ == XPub {
			s.mu.Lock()
			s.ahead.Push(Msg{Frames: parts})
			s.mu.Unlock()
		}
	}
}

// splitEndpoint splits "tcp://host:port" into its transport and address.
func splitEndpoint(ep string) (scheme, addr string, err error) {
	i := strings.Index(ep, "://")
	if i <= 0 {
		return "", "", fmt.Errorf("zmq4: invalid address %q: no transport", ep)
	}
	return ep[:i], ep[i+3:], nil
}

// The constructors of the eleven socket types.

// NewPair returns a new PAIR ZeroMQ socket. The returned socket value is
// initially unbound.
func NewPair(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Pair, opts) }

// NewPub returns a new PUB ZeroMQ socket. The returned socket value is
// initially unbound.
func NewPub(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Pub, opts) }

// NewSub returns a new SUB ZeroMQ socket. The returned socket value is
// initially unbound.
func NewSub(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Sub, opts) }

// NewXPub returns a new XPUB ZeroMQ socket. The returned socket value is
// initially unbound.
func NewXPub(ctx context.Context, opts ...Option) Socket { return newFace(ctx, XPub, opts) }

// NewXSub returns a new XSUB ZeroMQ socket. The returned socket value is
// initially unbound.
func NewXSub(ctx context.Context, opts ...Option) Socket { return newFace(ctx, XSub, opts) }

// NewReq returns a new REQ ZeroMQ socket. The returned socket value is
// initially unbound.
func NewReq(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Req, opts) }

// NewRep returns a new REP ZeroMQ socket. The returned socket value is
// initially unbound.
func NewRep(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Rep, opts) }

// NewDealer returns a new DEALER ZeroMQ socket. The returned socket value
// is initially unbound.
func NewDealer(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Dealer, opts) }

// NewRouter returns a new ROUTER ZeroMQ socket. The returned socket value
// is initially unbound.
func NewRouter(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Router, opts) }

// NewPull returns a new PULL ZeroMQ socket. The returned socket value is
// initially unbound.
func NewPull(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Pull, opts) }

// NewPush returns a new PUSH ZeroMQ socket. The returned socket value is
// initially unbound.
func NewPush(ctx context.Context, opts ...Option) Socket { return newFace(ctx, Push, opts) }

var (
	_ Socket = (*face)(nil)
	_ Topics = (*face)(nil)
)
