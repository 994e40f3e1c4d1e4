// Command zmq4-rrbroker is the zguide's request-reply broker written
// against the pebbe/zmq4 API (package zmq4): REQ clients talk to a
// ROUTER frontend, REP workers to a DEALER backend, and the broker
// moves messages between the two with a Poller.
//
//	go run ./examples/zmq4-rrbroker -clients 2 -workers 2 -n 3
//
// A program written for github.com/pebbe/zmq4 needs only its import
// path changed to build this way, with CGO_ENABLED=0.
package main

import (
	"flag"
	"fmt"
	"os"
	"sync"
	"time"

	zmq "github.com/gozmq/gozmq/zmq4"
)

func main() {
	clients := flag.Int("clients", 2, "number of clients")
	workers := flag.Int("workers", 2, "number of workers")
	n := flag.Int("n", 3, "requests per client")
	timeout := flag.Duration("timeout", 5*time.Second, "how long a client waits for each reply")
	flag.Parse()
	if err := run(*clients, *workers, *n, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "zmq4-rrbroker:", err)
		os.Exit(1)
	}
}

func run(clients, workers, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Term()
	frontend, _ := ctx.NewSocket(zmq.ROUTER)
	backend, _ := ctx.NewSocket(zmq.DEALER)
	if err := frontend.Bind("inproc://frontend"); err != nil {
		return err
	}
	if err := backend.Bind("inproc://backend"); err != nil {
		return err
	}
	for i := 0; i < workers; i++ {
		go worker(ctx, i)
	}
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := client(ctx, i, n, timeout); err != nil {
				errs <- err
			}
		}(i)
	}
	stop := make(chan struct{})
	go func() { wg.Wait(); close(stop) }()
	if err := broker(frontend, backend, stop); err != nil {
		return err
	}
	close(errs)
	for err := range errs {
		return err
	}
	fmt.Printf("zmq4-rrbroker: %d clients got %d replies each\n", clients, n)
	return nil
}

// broker moves whole messages between the two sockets until stop.
func broker(frontend, backend *zmq.Socket, stop <-chan struct{}) error {
	poller := zmq.NewPoller()
	poller.Add(frontend, zmq.POLLIN)
	poller.Add(backend, zmq.POLLIN)
	for {
		select {
		case <-stop:
			return nil
		default:
		}
		polled, err := poller.Poll(100 * time.Millisecond)
		if err != nil {
			return err
		}
		for _, p := range polled {
			from, to := frontend, backend
			if p.Socket == backend {
				from, to = backend, frontend
			}
			msg, err := from.RecvMessage(0)
			if err != nil {
				return err
			}
			if _, err := to.SendMessage(msg); err != nil {
				return err
			}
		}
	}
}

func client(ctx *zmq.Context, id, n int, timeout time.Duration) error {
	req, _ := ctx.NewSocket(zmq.REQ)
	defer req.Close()
	req.SetRcvtimeo(timeout)
	if err := req.Connect("inproc://frontend"); err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		if _, err := req.Send(fmt.Sprintf("Hello %d.%d", id, i), 0); err != nil {
			return err
		}
		reply, err := req.Recv(0)
		if err != nil {
			return fmt.Errorf("client %d: %w", id, err)
		}
		fmt.Printf("client %d: %s\n", id, reply)
	}
	return nil
}

// worker answers until its context is terminated (ETERM).
func worker(ctx *zmq.Context, id int) {
	rep, _ := ctx.NewSocket(zmq.REP)
	defer rep.Close()
	rep.Connect("inproc://backend")
	for {
		msg, err := rep.Recv(0)
		if err != nil {
			return
		}
		rep.Send(fmt.Sprintf("World from worker %d for %q", id, msg), 0)
	}
}
