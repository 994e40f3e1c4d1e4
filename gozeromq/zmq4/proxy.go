package zmq4

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/gozmq/gozmq/zmq"
)

// Proxy moves messages between a frontend and a backend socket, and
// copies them to a capture socket if one is given. It is
// zmq.ProxySteerable over the sockets' libzmq sockets: messages move
// inside libzmq without being copied into Go.
type Proxy struct {
	ctx    context.Context
	done   chan struct{}
	err    error
	killed atomic.Bool
	log    func(format string, v ...any)

	mu   sync.Mutex
	ctl  *zmq.Socket // our end of the control pair
	peer *zmq.Socket // the proxy's end
	stop func() bool
}

var proxySeq atomic.Uint64

// NewProxy starts proxying between front and back (and to capture, if
// not nil), which must be sockets of this package, already listening or
// dialed. It runs until Kill (Run returns nil), until ctx is done (Run
// returns ctx.Err()), or until a socket is closed.
func NewProxy(ctx context.Context, front, back, capture Socket) *Proxy {
	if ctx == nil {
		ctx = context.Background()
	}
	p := &Proxy{ctx: ctx, done: make(chan struct{})}
	zf, zb := LibzmqSocket(front), LibzmqSocket(back)
	if zf == nil || zb == nil {
		p.finish(errors.New("zmq4: NewProxy: front and back must be sockets of this package"))
		return p
	}
	if f, ok := front.(*face); ok {
		p.log = f.cfg.log.Printf
	}
	var zc *zmq.Socket
	if capture != nil {
		if zc = LibzmqSocket(capture); zc == nil {
			p.finish(errors.New("zmq4: NewProxy: capture must be a socket of this package"))
			return p
		}
	}
	if err := p.makeControl(); err != nil {
		p.finish(err)
		return p
	}
	p.stop = context.AfterFunc(ctx, func() { p.command("TERMINATE") })
	go func() {
		err := zmq.ProxySteerableQuiet(zf, zb, zc, p.peer)
		p.finish(err)
	}()
	return p
}

// makeControl makes the PAIR sockets that carry Pause, Resume, Stats
// and Kill to the proxy.
func (p *Proxy) makeControl() error {
	lib, err := sharedContext(0)
	if err != nil {
		return err
	}
	ep := "inproc://gozmq.gozeromq.proxy." + strconv.FormatUint(proxySeq.Add(1), 10)
	if p.peer, err = lib.NewSocket(zmq.PAIR); err == nil {
		if err = p.peer.Bind(ep); err == nil {
			if p.ctl, err = lib.NewSocket(zmq.PAIR); err == nil {
				err = p.ctl.Connect(ep)
			}
		}
	}
	if err != nil {
		p.closeControl()
		return fmt.Errorf("zmq4: NewProxy: control socket: %w", err)
	}
	return nil
}

func (p *Proxy) closeControl() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctl != nil {
		p.ctl.Close()
	}
	if p.peer != nil {
		p.peer.Close()
	}
}

func (p *Proxy) finish(err error) {
	p.err = err
	if p.stop != nil {
		p.stop()
	}
	close(p.done)
	p.closeControl()
}

// errNoProxy is what Run returns for a nil or zero Proxy: like a closed
// socket of this package, it wraps context.Canceled.
var errNoProxy = fmt.Errorf("zmq4: proxy: a nil or zero Proxy (not made by NewProxy) never runs: %w", context.Canceled)

// made reports whether p came from NewProxy: a nil or zero Proxy has no
// done channel, and its methods behave as on a proxy that has ended.
func (p *Proxy) made() bool { return p != nil && p.done != nil }

// command sends one control command, unless the proxy has ended.
func (p *Proxy) command(cmd string) {
	if !p.made() {
		return
	}
	select {
	case <-p.done:
		return
	default:
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if cmd == "TERMINATE" {
		p.killed.Store(true)
	}
	_ = p.ctl.Send([]byte(cmd), 0)
	if cmd == "STATISTICS" {
		if parts, err := p.ctl.RecvMultipartCtx(p.ctx, 0); err == nil && p.log != nil {
			if st, err := zmq.ParseProxyStats(parts); err == nil {
				p.log("proxy statistics: %+v", st)
			}
		}
	}
}

// Pause stops moving messages; they wait in libzmq's queues.
func (p *Proxy) Pause() { p.command("PAUSE") }

// Resume moves messages again after Pause.
func (p *Proxy) Resume() { p.command("RESUME") }

// Stats writes the proxy's message and byte counts to the frontend
// socket's logger (libzmq's STATISTICS).
func (p *Proxy) Stats() { p.command("STATISTICS") }

// Kill stops the proxy: Run returns nil. On a nil or zero Proxy it does
// nothing.
func (p *Proxy) Kill() {
	if !p.made() {
		return
	}
	p.command("TERMINATE")
	<-p.done
}

// Run waits until the proxy ends: nil after Kill, ctx.Err() when the
// context given to NewProxy is done, or the error that ended it. A nil
// or zero Proxy returns an error wrapping context.Canceled at once, as a
// closed socket does.
func (p *Proxy) Run() error {
	if !p.made() {
		return errNoProxy
	}
	<-p.done
	if err := p.ctx.Err(); err != nil {
		return err
	}
	if p.killed.Load() && p.err == nil {
		return nil
	}
	if p.err != nil {
		return fmt.Errorf("zmq4: proxy: %w", p.err)
	}
	return nil
}
