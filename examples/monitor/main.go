// Command monitor prints the monitor events of a server socket while
// peers connect to it, talk and disconnect.
//
//	go run ./examples/monitor -n 2
//
// The server is a REP socket bound to a tcp port; -n REQ peers each
// connect, make one request and close. Every event libzmq reports on the
// server (LISTENING, ACCEPTED, DISCONNECTED...) is printed as it comes.
// Monitoring needs libzmq 3.2 or newer; older releases get a clear error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	ep := flag.String("bind", "tcp://127.0.0.1:*", "endpoint the server binds (tcp, ipc)")
	n := flag.Int("n", 2, "peers that connect one after the other")
	timeout := flag.Duration("timeout", 10*time.Second, "give up after this long")
	flag.Parse()
	if err := run(os.Stdout, *ep, *n, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "monitor:", err)
		os.Exit(1)
	}
}

func run(out io.Writer, ep string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	server, err := ctx.NewSocket(zmq.REP)
	if err != nil {
		return err
	}
	// Monitor before binding, so that LISTENING is seen too.
	m, err := ctx.NewMonitor(server, zmq.EVENT_ALL)
	if err != nil {
		return err
	}
	if err := server.Bind(ep); err != nil {
		return fmt.Errorf("bind %s: %w", ep, err)
	}
	addr, err := server.GetSockOptString(zmq.LAST_ENDPOINT)
	if err != nil {
		return err
	}

	// The server answers on its own goroutine until stop is closed.
	stop := make(chan struct{})
	served := make(chan error, 1)
	go func() { served <- serve(server, stop) }()
	peersDone := make(chan error, 1)
	go func() { peersDone <- peers(ctx, addr, n, timeout) }()

	deadline := time.After(timeout)
	disconnected := 0
	for disconnected < n {
		select {
		case ev, ok := <-m.C:
			if !ok {
				return fmt.Errorf("monitor ended: %v", m.Err())
			}
			fmt.Fprintf(out, "%-33s %s value=%d\n", ev.Event, ev.Endpoint, ev.Value)
			if ev.Event == zmq.EVENT_DISCONNECTED {
				disconnected++
			}
		case <-deadline:
			return errors.New("timed out waiting for events")
		}
	}
	if err := <-peersDone; err != nil {
		return err
	}
	close(stop)
	if err := <-served; err != nil {
		return err
	}
	// The server is idle now, so the monitor can be stopped.
	if err := m.Close(); err != nil {
		return err
	}
	return server.Close()
}

// serve answers every request with "ok" until stop is closed, polling
// so that it notices stop.
func serve(server *zmq.Socket, stop <-chan struct{}) error {
	items := []zmq.PollItem{{Socket: server, Events: zmq.POLLIN}}
	for {
		select {
		case <-stop:
			return nil
		default:
		}
		n, err := zmq.Poll(items, 20*time.Millisecond)
		if err != nil {
			return err
		}
		if n == 0 {
			continue
		}
		if _, err := server.Recv(zmq.DONTWAIT); err != nil {
			return err
		}
		if err := server.Send([]byte("ok"), 0); err != nil {
			return err
		}
	}
}

// peers connects n REQ sockets to addr one after the other; each makes
// one request and closes, which the server sees as a disconnect.
func peers(ctx *zmq.Context, addr string, n int, timeout time.Duration) error {
	for i := 0; i < n; i++ {
		c, err := ctx.NewSocket(zmq.REQ)
		if err != nil {
			return err
		}
		c.SetSockOptInt(zmq.LINGER, 0)
		if err := c.Connect(addr); err != nil {
			return err
		}
		if err := c.Send([]byte("hello"), 0); err != nil {
			return err
		}
		items := []zmq.PollItem{{Socket: c, Events: zmq.POLLIN}}
		if k, err := zmq.Poll(items, timeout); err != nil || k == 0 {
			return fmt.Errorf("no reply from the server: %v", err)
		}
		if _, err := c.Recv(zmq.DONTWAIT); err != nil {
			return err
		}
		c.Close()
	}
	return nil
}
