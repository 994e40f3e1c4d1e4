package zmq4

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/gozeromq/zmq4/transport"
	"github.com/gozmq/gozmq/zmq"
)

// Dial connects the socket to ep and, over tcp and ipc, waits as
// go-zeromq does until the connection is up: on libzmq 4.3 and newer
// until the ZMTP handshake succeeded, before 4.3 until the TCP or IPC
// connection is made (before 3.2, where libzmq has no monitor, the face
// checks that with a probe connection of its own before libzmq connects). libzmq retries a refused connection every
// WithDialerRetry; after WithDialerMaxRetries retries (default 10, -1
// for no limit) Dial gives up, removes the endpoint and returns an
// error. A handshake refused (incompatible socket types, security) fails
// at once. Once connected, libzmq reconnects after any loss. Over inproc
// Dial returns at once, and the endpoint may be bound later; before
// libzmq 4.0, which cannot connect to an inproc endpoint not yet bound,
// Dial retries until it is bound, as go-zeromq's did, then fails.
func (s *face) Dial(ep string) error {
	scheme, addr, gt, err := s.endpointFor(ep)
	if err != nil {
		return err
	}
	if gt != nil {
		return s.dialGo(gt, ep, addr)
	}
	ep, err = s.prepare(scheme, ep, false)
	if err != nil {
		return err
	}
	var events <-chan zmq.MonitorEvent
	if scheme == "tcp" || scheme == "ipc" {
		if w := s.watch.Load(); w != nil {
			events = w.beginDial()
			defer w.endDial()
		} else if err := s.probeDial(ep); err != nil {
			return err
		}
	}
	if err := s.connect(scheme, ep); err != nil {
		return err
	}
	if events == nil {
		return nil
	}
	return s.waitDial(ep, events)
}

// connect asks libzmq to connect to ep. Before 4.0 libzmq refuses an
// inproc endpoint nobody has bound yet (ECONNREFUSED, where 4.x waits
// for the bind): there the face retries as go-zeromq's Dial did, every
// WithDialerRetry up to WithDialerMaxRetries times, so that a Listen
// running at the same time in another goroutine still meets the Dial.
func (s *face) connect(scheme, ep string) error {
	for attempt := 0; ; attempt++ {
		err := s.zs.Connect(ep)
		if err == nil {
			return nil
		}
		retry := scheme == "inproc" && errors.Is(err, syscall.ECONNREFUSED) &&
			(s.cfg.maxRetries == -1 || attempt < s.cfg.maxRetries)
		if !retry {
			return fmt.Errorf("zmq4: could not dial to %q: %w", ep, err)
		}
		select {
		case <-s.ctx.Done():
			return fmt.Errorf("zmq4: could not dial to %q: %w", ep, s.ctx.Err())
		case <-time.After(s.cfg.retry):
		}
	}
}

// waitDial waits for the connection to ep to be up, as Dial says.
func (s *face) waitDial(ep string, events <-chan zmq.MonitorEvent) error {
	key := endpointKey(ep)
	attempts := 0
	connected := false
	for {
		select {
		case <-s.ctx.Done():
			return fmt.Errorf("zmq4: could not dial to %q: %w", ep, s.ctx.Err())
		case ev := <-events:
			if ev.Endpoint != "" && endpointKey(ev.Endpoint) != key {
				continue // another endpoint's reconnection
			}
			switch ev.Event {
			case zmq.EVENT_HANDSHAKE_SUCCEEDED:
				return nil
			case zmq.EVENT_CONNECTED:
				if !s.watch.Load().handshakes {
					return nil
				}
				connected = true
			case zmq.EVENT_DISCONNECTED:
				if connected {
					// Connected, then dropped before the handshake
					// succeeded: libzmq refused the peer (4.3 reports
					// an incompatible socket type no other way).
					_ = s.zs.Disconnect(ep)
					return s.handshakeErr(ep, ev)
				}
			case zmq.EVENT_CONNECT_RETRIED:
				attempts++
				if s.cfg.maxRetries >= 0 && attempts > s.cfg.maxRetries {
					_ = s.zs.Disconnect(ep)
					return fmt.Errorf("zmq4: could not dial to %q (retry=%v): no connection after %d attempts", ep, s.cfg.retry, attempts)
				}
			case zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL, zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL, zmq.EVENT_HANDSHAKE_FAILED_AUTH:
				_ = s.zs.Disconnect(ep)
				return s.handshakeErr(ep, ev)
			}
		}
	}
}

// handshakeErr explains a refused handshake in go-zeromq's words.
func (s *face) handshakeErr(ep string, ev zmq.MonitorEvent) error {
	var why error
	switch {
	case ev.Event == zmq.EVENT_HANDSHAKE_FAILED_AUTH:
		why = fmt.Errorf("zmq4: %s authentication refused by %q (ZAP status %d)", s.secType(), ep, ev.Value)
	default:
		if t, ok := listenerType(ep); ok && !s.typ.IsCompatible(t) {
			why = fmt.Errorf("zmq4: peer=%q not compatible with %q", t, s.typ)
		} else {
			why = fmt.Errorf("zmq4: handshake with %q failed (%s, value %#x): the peer's socket type or security may not match %s/%s", ep, ev.Event, ev.Value, s.typ, s.secType())
		}
	}
	return fmt.Errorf("zmq4: could not open a ZMTP connection: zmq4: could not initialize ZMTP connection: %w", why)
}

func (s *face) secType() SecurityType {
	if s.cfg.sec == nil {
		return NullSecurity
	}
	return s.cfg.sec.Type()
}

// dialGo dials a registered Go transport the way go-zeromq does,
// retries included, so that a program sees the same attempts; a
// connection made cannot be handed to libzmq, and Dial says so.
func (s *face) dialGo(t transport.Transport, ep, addr string) error {
	d := &net.Dialer{Timeout: s.cfg.dialTimeout}
	for attempt := 0; ; attempt++ {
		conn, err := t.Dial(s.ctx, d, addr)
		if err == nil {
			if conn != nil {
				_ = conn.Close()
			}
			return fmt.Errorf("zmq4: could not dial to %q: transport %T is written in Go, and libzmq can only run a socket over its own transports", ep, t)
		}
		if (s.cfg.maxRetries == -1 || attempt < s.cfg.maxRetries) && s.ctx.Err() == nil {
			time.Sleep(s.cfg.retry)
			continue
		}
		return fmt.Errorf("zmq4: could not dial to %q (retry=%v): %w", ep, s.cfg.retry, err)
	}
}

// probeDial stands in for the monitor where libzmq has none (before
// 3.2): it connects to ep itself, retrying every WithDialerRetry, so
// that Dial fails as documented when nobody listens, and closes the probe
// once it is accepted; libzmq then makes its own connection. It runs
// before zmq_connect because 2.x cannot take an endpoint back.
func (s *face) probeDial(ep string) error {
	scheme, addr, err := splitEndpoint(ep)
	if err != nil || strings.Contains(addr, ";") {
		return nil // a source address: leave it to libzmq
	}
	network := "tcp"
	if scheme == "ipc" {
		network = "unix"
	}
	timeout := s.cfg.dialTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	retry := s.cfg.retry
	if retry <= 0 {
		retry = defaultRetry
	}
	for attempts := 1; ; attempts++ {
		c, err := net.DialTimeout(network, addr, timeout)
		if err == nil {
			c.Close()
			return nil
		}
		if s.cfg.maxRetries >= 0 && attempts > s.cfg.maxRetries {
			return fmt.Errorf("zmq4: could not dial to %q (retry=%v): no connection after %d attempts: %w", ep, s.cfg.retry, attempts, err)
		}
		select {
		case <-s.ctx.Done():
			return fmt.Errorf("zmq4: could not dial to %q: %w", ep, s.ctx.Err())
		case <-time.After(retry):
		}
	}
}
