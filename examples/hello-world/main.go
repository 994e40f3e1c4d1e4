// Command hello-world runs a REQ client and a REP server in one process:
// the client sends "Hello", the server answers "World".
//
//	go run ./examples/hello-world -n 3
//
// Each socket is used by one goroutine only, as libzmq requires; the
// context is shared.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	endpoint := flag.String("endpoint", "inproc://hello", "endpoint the server binds and the client connects to")
	n := flag.Int("n", 3, "number of requests")
	timeout := flag.Duration("timeout", 5*time.Second, "how long to wait for each message")
	flag.Parse()
	if err := run(*endpoint, *n, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "hello-world:", err)
		os.Exit(1)
	}
}

// recv waits up to d for a message on s: Poll then a non-blocking
// receive works on every libzmq release, including 2.x without RCVTIMEO.
func recv(s *zmq.Socket, d time.Duration) ([]byte, error) {
	ready, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, d)
	if err != nil {
		return nil, err
	}
	if ready == 0 {
		return nil, fmt.Errorf("nothing received within %v", d)
	}
	return s.Recv(zmq.DONTWAIT)
}

func run(endpoint string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()

	rep, err := ctx.NewSocket(zmq.REP)
	if err != nil {
		return err
	}
	// inproc needs the bind before the connect on libzmq before 4.0.
	if err := rep.Bind(endpoint); err != nil {
		return err
	}
	server := make(chan error, 1)
	go func() {
		defer rep.Close()
		for i := 0; i < n; i++ {
			msg, err := recv(rep, timeout)
			if err != nil {
				server <- err
				return
			}
			fmt.Printf("server: received %s\n", msg)
			if err := rep.Send([]byte("World"), 0); err != nil {
				server <- err
				return
			}
		}
		server <- nil
	}()

	req, err := ctx.NewSocket(zmq.REQ)
	if err != nil {
		return err
	}
	defer req.Close()
	if err := req.Connect(endpoint); err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		if err := req.Send([]byte("Hello"), 0); err != nil {
			return err
		}
		reply, err := recv(req, timeout)
		if err != nil {
			return err
		}
		fmt.Printf("client: request %d got %s\n", i, reply)
	}
	if err := <-server; err != nil {
		return err
	}
	fmt.Printf("hello-world: %d round trips over %s\n", n, endpoint)
	return nil
}
