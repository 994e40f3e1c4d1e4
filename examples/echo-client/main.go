// Command echo-client sends -n requests to echo-server and checks that
// each reply equals its request.
//
//	go run ./examples/echo-client -connect tcp://127.0.0.1:5555 -n 3
//
// With -connect given several times the REQ socket connects to every
// endpoint and spreads its requests over them in turn.
//
// A REQ socket cannot send again until the reply arrives, so the client
// waits at most -timeout for each reply and gives up (exit status 1)
// when none comes: a lost server never makes it hang.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// endpoints collects repeated -connect flags.
type endpoints []string

func (e *endpoints) String() string     { return strings.Join(*e, ",") }
func (e *endpoints) Set(v string) error { *e = append(*e, v); return nil }

func main() {
	var connect endpoints
	flag.Var(&connect, "connect", "endpoint of echo-server (repeat for several; default tcp://127.0.0.1:5555)")
	n := flag.Int("n", 3, "number of requests")
	text := flag.String("msg", "hello", "request text (the request number is appended)")
	timeout := flag.Duration("timeout", 5*time.Second, "how long to wait for each reply")
	flag.Parse()
	if len(connect) == 0 {
		connect = endpoints{"tcp://127.0.0.1:5555"}
	}
	if err := run(connect, *n, *text, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "echo-client:", err)
		os.Exit(1)
	}
}

func run(connect []string, n int, text string, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	major, minor, patch := zmq.Version()
	fmt.Printf("echo-client: libzmq %d.%d.%d from %s\n", major, minor, patch, zmq.LibraryPath())

	req, err := ctx.NewSocket(zmq.REQ)
	if err != nil {
		return err
	}
	defer req.Close()
	// Drop an unanswered request at exit instead of waiting for a
	// server that may never come back.
	if err := req.SetSockOptInt(zmq.LINGER, 0); err != nil {
		return err
	}
	for _, ep := range connect {
		if err := req.Connect(ep); err != nil {
			return fmt.Errorf("connect %s: %w", ep, err)
		}
		fmt.Printf("echo-client: connected to %s\n", ep)
	}

	items := []zmq.PollItem{{Socket: req, Events: zmq.POLLIN}}
	start := time.Now()
	var slowest time.Duration
	for i := 1; i <= n; i++ {
		msg := []byte(fmt.Sprintf("%s %d", text, i))
		t0 := time.Now()
		if err := req.Send(msg, 0); err != nil {
			return err
		}
		ready, err := zmq.Poll(items, timeout)
		if err != nil {
			return err
		}
		if ready == 0 {
			return fmt.Errorf("no reply to request %d within %v", i, timeout)
		}
		reply, err := req.Recv(zmq.DONTWAIT)
		if err != nil {
			return err
		}
		rtt := time.Since(t0)
		slowest = max(slowest, rtt)
		if !bytes.Equal(reply, msg) {
			return fmt.Errorf("request %d: sent %q, got %q", i, msg, reply)
		}
		fmt.Printf("echo-client: request %d: %q -> reply %q in %v\n", i, msg, reply, rtt.Round(time.Microsecond))
	}
	fmt.Printf("echo-client: %d/%d replies matched in %v (slowest %v)\n",
		n, n, time.Since(start).Round(time.Microsecond), slowest.Round(time.Microsecond))
	return nil
}
