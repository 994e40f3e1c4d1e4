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
	flag.Parse()
	if err := ask(*dial, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gozeromq-hwclient:", err)
		os.Exit(1)
	}
}

// ask sends n requests to the server at ep. Dial gives up after its
// retries (two seconds here); a REQ waits for a reply as long as the
// server takes, so the context bounds the whole exchange: when it ends,
// the socket closes and a blocked Recv returns.
func ask(ep string, n int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
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
