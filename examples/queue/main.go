// Command queue is a request-reply broker and its client and worker,
// chosen by the first argument:
//
//	go run ./examples/queue broker -timeout 30s &
//	go run ./examples/queue worker -id w1 &
//	go run ./examples/queue client -n 5
//
// The broker binds a ROUTER for clients and a DEALER for workers and
// joins them with zmq.Device(zmq.QUEUE, ...), which gozmq runs in Go on
// every libzmq release. Clients (REQ) and workers (REP) only connect, so
// either side can come and go. The broker stops after -timeout or on
// SIGINT/SIGTERM: closing the context from another goroutine ends Device.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

const usage = `usage: queue broker|worker|client [flags]
run "queue <command> -h" for the flags of a command`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	frontend := fs.String("frontend", "tcp://127.0.0.1:5559", "endpoint for clients")
	backend := fs.String("backend", "tcp://127.0.0.1:5560", "endpoint for workers")
	n := fs.Int("n", 5, "requests to send (client)")
	id := fs.String("id", "w"+strconv.Itoa(os.Getpid()), "worker name put in replies (worker)")
	timeout := fs.Duration("timeout", 10*time.Second,
		"broker: run this long (0: until interrupted); worker: stop after this long without a request; client: wait this long for each reply")
	fs.Parse(os.Args[2:])

	var err error
	switch os.Args[1] {
	case "broker":
		err = broker(*frontend, *backend, *timeout)
	case "worker":
		err = worker(*backend, *id, *timeout)
	case "client":
		err = client(*frontend, *n, *timeout)
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "queue %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func broker(frontendEP, backendEP string, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	front, err := ctx.NewSocket(zmq.ROUTER)
	if err != nil {
		return err
	}
	back, err := ctx.NewSocket(zmq.DEALER)
	if err != nil {
		return err
	}
	if err := front.Bind(frontendEP); err != nil {
		return fmt.Errorf("bind %s: %w", frontendEP, err)
	}
	if err := back.Bind(backendEP); err != nil {
		return fmt.Errorf("bind %s: %w", backendEP, err)
	}
	fmt.Printf("broker: clients on %s, workers on %s\n", frontendEP, backendEP)

	// Device blocks this goroutine; the context is closed from another
	// one, which closes both sockets and makes Device return ETERM.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	var end <-chan time.Time
	if timeout > 0 {
		end = time.After(timeout)
	}
	go func() {
		select {
		case s := <-sig:
			fmt.Printf("broker: %v\n", s)
		case <-end:
			fmt.Printf("broker: %v passed\n", timeout)
		}
		ctx.Close()
	}()

	err = zmq.Device(zmq.QUEUE, front, back)
	if errors.Is(err, zmq.ETERM) || errors.Is(err, zmq.ENOTSOCK) {
		fmt.Println("broker: stopped")
		return nil
	}
	return err
}

// recv waits up to d for a message: Poll then a non-blocking receive,
// which works on every release (2.x has no RCVTIMEO).
func recv(s *zmq.Socket, d time.Duration) ([]byte, bool, error) {
	ready, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, d)
	if err != nil || ready == 0 {
		return nil, false, err
	}
	b, err := s.Recv(zmq.DONTWAIT)
	return b, err == nil, err
}

func worker(backendEP, id string, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	rep, err := ctx.NewSocket(zmq.REP)
	if err != nil {
		return err
	}
	defer rep.Close()
	if err := rep.Connect(backendEP); err != nil {
		return err
	}
	fmt.Printf("worker %s: ready\n", id)
	served := 0
	for {
		req, ok, err := recv(rep, timeout)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Printf("worker %s: no request for %v, served %d\n", id, timeout, served)
			return nil
		}
		served++
		if err := rep.Send([]byte(fmt.Sprintf("%s from %s", req, id)), 0); err != nil {
			return err
		}
	}
}

func client(frontendEP string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	req, err := ctx.NewSocket(zmq.REQ)
	if err != nil {
		return err
	}
	defer req.Close()
	if err := req.SetSockOptInt(zmq.LINGER, 0); err != nil {
		return err
	}
	if err := req.Connect(frontendEP); err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		if err := req.Send([]byte("request "+strconv.Itoa(i)), 0); err != nil {
			return err
		}
		reply, ok, err := recv(req, timeout)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("no reply to request %d within %v", i, timeout)
		}
		fmt.Printf("client: %s\n", reply)
	}
	fmt.Printf("client: %d replies\n", n)
	return nil
}
