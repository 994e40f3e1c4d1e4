// Command gozeromq-psenvsub is the zguide's pub-sub envelope subscriber
// written against the go-zeromq/zmq4 API (package gozeromq/zmq4): it
// subscribes to key "B" and prints n messages, key and content.
//
//	go run ./examples/gozeromq-psenvsub -dial tcp://127.0.0.1:5563 -n 3
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	zmq "github.com/gozmq/gozmq/gozeromq/zmq4"
)

func main() {
	dial := flag.String("dial", "tcp://127.0.0.1:5563", "endpoint of the publisher")
	key := flag.String("key", "B", "key to subscribe to")
	n := flag.Int("n", 3, "messages to print")
	timeout := flag.Duration("timeout", 30*time.Second, "give up after this long")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := subscribe(ctx, *dial, *key, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gozeromq-psenvsub:", err)
		os.Exit(1)
	}
}

func subscribe(ctx context.Context, ep, key string, n int) error {
	sub := zmq.NewSub(ctx)
	defer sub.Close()
	if err := sub.Dial(ep); err != nil {
		return fmt.Errorf("dialing: %w", err)
	}
	if err := sub.SetOption(zmq.OptionSubscribe, key); err != nil {
		return fmt.Errorf("subscribing: %w", err)
	}
	for i := 0; i < n; {
		msg, err := sub.Recv()
		if errors.Is(err, io.EOF) {
			continue // the publisher went away; libzmq reconnects
		}
		if err != nil {
			return fmt.Errorf("receiving: %w", err)
		}
		i++
		fmt.Printf("gozeromq-psenvsub: [%s] %s\n", msg.Frames[0], msg.Frames[1])
	}
	return nil
}
