// Package transport defines the Transport interface of go-zeromq/zmq4
// and a net-based implementation of it.
//
// The sockets of github.com/gozmq/gozmq/gozeromq/zmq4 connect through
// libzmq's own transports (tcp, ipc, inproc, and whatever else the
// loaded libzmq has). A Transport registered with zmq4.RegisterTransport
// is a Go implementation that libzmq cannot use: Dial calls its Dial, as
// go-zeromq would (retries included), and then fails with an error that
// says so; Listen fails at once.
package transport

import (
	"context"
	"fmt"
	"net"
)

// Dialer is the interface that wraps the DialContext method.
type Dialer interface {
	DialContext(ctx context.Context, network, address string) (net.Conn, error)
}

// Transport is a way to make connections for a socket.
type Transport interface {
	// Dial connects to the address on the named network using the provided
	// context.
	Dial(ctx context.Context, dialer Dialer, addr string) (net.Conn, error)

	// Listen announces on the provided network address.
	Listen(ctx context.Context, addr string) (net.Listener, error)

	// Addr returns the end-point address.
	Addr(ep string) (addr string, err error)
}

// New returns a Transport over the Go network (e.g "tcp", "unix").
func New(network string) Transport { return netTransport(network) }

type netTransport string

// Dial dials addr with dialer; a nil ctx is context.Background() and a
// nil dialer a zero net.Dialer, rather than a panic.
func (t netTransport) Dial(ctx context.Context, dialer Dialer, addr string) (net.Conn, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if dialer == nil {
		dialer = &net.Dialer{}
	}
	return dialer.DialContext(ctx, string(t), addr)
}

// Listen listens on addr; a nil ctx is context.Background().
func (t netTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	var lc net.ListenConfig
	return lc.Listen(ctx, string(t), addr)
}

// Addr turns a ZeroMQ address into a Go one: "*" and "" become the
// wildcard host or port.
func (t netTransport) Addr(ep string) (string, error) {
	switch t {
	case "tcp", "udp":
		host, port, err := net.SplitHostPort(ep)
		if err != nil {
			return "", err
		}
		if port == "*" || port == "" {
			port = "0"
		}
		if host == "*" || host == "" {
			host = "0.0.0.0"
		}
		return net.JoinHostPort(host, port), nil
	case "unix":
		return ep, nil
	}
	return "", fmt.Errorf("zmq4: unknown protocol %q", string(t))
}
