// Command echo-server answers every request with the request itself. It
// binds one REP socket to each endpoint given with -bind, so clients may
// reach it over several transports at once.
//
//	go run ./examples/echo-server -bind tcp://127.0.0.1:5555 -bind ipc:///tmp/echo.sock
//
// It stops after -n requests, after -timeout without a request, or on
// SIGINT/SIGTERM: closing the context from the signal handler wakes the
// blocked receive, which is safe from any goroutine.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// endpoints collects repeated -bind flags.
type endpoints []string

func (e *endpoints) String() string     { return strings.Join(*e, ",") }
func (e *endpoints) Set(v string) error { *e = append(*e, v); return nil }

func main() {
	var binds endpoints
	flag.Var(&binds, "bind", "endpoint to bind (repeat for several; default tcp://127.0.0.1:5555)")
	n := flag.Int("n", 0, "stop after this many requests (0: no limit)")
	idle := flag.Duration("timeout", 0, "stop after this long without a request (0: wait forever)")
	flag.Parse()
	if len(binds) == 0 {
		binds = endpoints{"tcp://127.0.0.1:5555"}
	}
	if err := run(binds, *n, *idle); err != nil {
		fmt.Fprintln(os.Stderr, "echo-server:", err)
		os.Exit(1)
	}
}

func run(binds []string, n int, idle time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	major, minor, patch := zmq.Version()
	fmt.Printf("echo-server: libzmq %d.%d.%d from %s\n", major, minor, patch, zmq.LibraryPath())

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sig
		fmt.Printf("echo-server: %v, shutting down\n", s)
		ctx.Close()
	}()

	rep, err := ctx.NewSocket(zmq.REP)
	if err != nil {
		return err
	}
	defer rep.Close()
	for _, ep := range binds {
		if err := rep.Bind(ep); err != nil {
			return fmt.Errorf("bind %s: %w", ep, err)
		}
		fmt.Printf("echo-server: listening on %s\n", ep)
	}

	wait := time.Duration(-1)
	if idle > 0 {
		wait = idle
	}
	items := []zmq.PollItem{{Socket: rep, Events: zmq.POLLIN}}
	for served := 0; n == 0 || served < n; served++ {
		// Poll first so that -timeout works on every release: 2.x has
		// no RCVTIMEO.
		ready, err := zmq.Poll(items, wait)
		if errors.Is(err, zmq.ETERM) {
			break
		}
		if err != nil {
			return err
		}
		if ready == 0 {
			fmt.Printf("echo-server: no request for %v, stopping\n", idle)
			break
		}
		msg, err := rep.RecvMultipart(zmq.DONTWAIT)
		if err != nil {
			return err
		}
		fmt.Printf("echo-server: request %d: %q\n", served+1, joinParts(msg))
		if err := rep.SendMultipart(msg, 0); err != nil {
			return err
		}
	}
	fmt.Println("echo-server: done")
	return nil
}

func joinParts(parts [][]byte) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = string(p)
	}
	return strings.Join(s, "|")
}
