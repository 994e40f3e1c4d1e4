// Command gozeromq-hwclient is the zguide's Hello World client written
// against the go-zeromq/zmq4 API (package gozeromq/zmq4): a REQ socket
// that sends "Hello" n times and waits for each "World".
//
//	go run ./examples/gozeromq-hwclient -dial tcp://127.0.0.1:5555 -n 3
//
// As with go-zeromq, Dial waits for the server and fails when it is not
// there after the dial retries.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	zmq "github.com/gozmq/gozmq/gozeromq/zmq4"
)

func main() {
	dial := flag.String("dial", "tcp://127.0.0.1:5555", "endpoint of the server")
	n := flag.Int("n", 3, "requests to send")
	timeout := flag.Duration("timeout", 30*time.Second, "give up after this long")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := ask(ctx, *dial, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gozeromq-hwclient:", err)
		os.Exit(1)
	}
}

func ask(ctx context.Context, ep string, n int) error {
	req := zmq.NewReq(ctx, zmq.WithDialerRetry(100*time.Millisecond), zmq.WithDialerMaxRetries(20))
	defer req.Close()
	if err := req.Dial(ep); err != nil {
		return fmt.Errorf("dialing: %w", err)
	}
	for i := 1; i <= n; i++ {
		if err := req.Send(zmq.NewMsgString("Hello")); err != nil {
			return fmt.Errorf("sending request %d: %w", i, err)
		}
		msg, err := req.Recv()
		if err != nil {
			return fmt.Errorf("receiving reply %d: %w", i, err)
		}
		fmt.Printf("gozeromq-hwclient: reply %d: %s\n", i, msg.Frames[0])
	}
	return nil
}
