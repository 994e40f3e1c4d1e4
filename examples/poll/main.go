// Command poll reads from two sockets at once with zmq.Poll. Two
// goroutines play the producers, each pushing -n messages into its own
// PULL socket; the main goroutine waits on both and reports which socket
// each message came from.
//
//	go run ./examples/poll -n 5
//
// Poll is the way to serve several sockets from one goroutine: a socket
// must not be used by two goroutines at the same time (gozmq returns
// ErrSocketBusy if it is).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	epA := flag.String("a", "inproc://poll-tasks", "endpoint of the first socket")
	epB := flag.String("b", "inproc://poll-updates", "endpoint of the second socket")
	n := flag.Int("n", 5, "messages each producer sends")
	timeout := flag.Duration("timeout", 5*time.Second, "give up after this long without a message")
	flag.Parse()
	if err := run(*epA, *epB, *n, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "poll:", err)
		os.Exit(1)
	}
}

func run(epA, epB string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close() // also closes the producers' sockets if they fail

	var pulls [2]*zmq.Socket
	for i, ep := range []string{epA, epB} {
		s, err := ctx.NewSocket(zmq.PULL)
		if err != nil {
			return err
		}
		defer s.Close()
		if err := s.Bind(ep); err != nil {
			return fmt.Errorf("bind %s: %w", ep, err)
		}
		pulls[i] = s
	}

	errs := make(chan error, 2)
	for _, p := range []struct{ name, ep string }{{"tasks", epA}, {"updates", epB}} {
		go func() { errs <- produce(ctx, p.ep, p.name, n) }()
	}

	items := []zmq.PollItem{
		{Socket: pulls[0], Events: zmq.POLLIN},
		{Socket: pulls[1], Events: zmq.POLLIN},
	}
	got := [2]int{}
	for got[0]+got[1] < 2*n {
		ready, err := zmq.Poll(items, timeout)
		if err != nil {
			return err
		}
		if ready == 0 {
			return fmt.Errorf("nothing arrived within %v (got %d and %d)", timeout, got[0], got[1])
		}
		for i, it := range items {
			if it.REvents&zmq.POLLIN == 0 {
				continue
			}
			msg, err := it.Socket.Recv(zmq.DONTWAIT)
			if err != nil {
				return err
			}
			got[i]++
			fmt.Printf("poll: socket %d (%s): %s\n", i+1, []string{epA, epB}[i], msg)
		}
	}
	for range 2 {
		if err := <-errs; err != nil {
			return err
		}
	}
	fmt.Printf("poll: received %d from socket 1 and %d from socket 2\n", got[0], got[1])
	return nil
}

// produce pushes n messages named after name into endpoint from its own
// socket, used only by this goroutine.
func produce(ctx *zmq.Context, endpoint, name string, n int) error {
	push, err := ctx.NewSocket(zmq.PUSH)
	if err != nil {
		return err
	}
	defer push.Close()
	if err := push.Connect(endpoint); err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		if err := push.Send([]byte(fmt.Sprintf("%s %d", name, i)), 0); err != nil {
			return err
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}
