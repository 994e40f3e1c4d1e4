// Command gozeromq-psenvpub is the zguide's pub-sub envelope publisher
// written against the go-zeromq/zmq4 API (package gozeromq/zmq4): every
// message has two frames, a key that subscribers filter on ("A" or "B")
// and the content.
//
//	go run ./examples/gozeromq-psenvpub -listen tcp://127.0.0.1:5563
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
	listen := flag.String("listen", "tcp://127.0.0.1:5563", "endpoint to publish on")
	every := flag.Duration("every", 50*time.Millisecond, "time between two pairs of messages")
	timeout := flag.Duration("timeout", 30*time.Second, "stop after this long")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := publish(ctx, *listen, *every); err != nil {
		fmt.Fprintln(os.Stderr, "gozeromq-psenvpub:", err)
		os.Exit(1)
	}
}

func publish(ctx context.Context, ep string, every time.Duration) error {
	pub := zmq.NewPub(ctx)
	defer pub.Close()
	if err := pub.Listen(ep); err != nil {
		return fmt.Errorf("listening: %w", err)
	}
	fmt.Println("gozeromq-psenvpub: publishing on", pub.Addr())
	tick := time.NewTicker(every)
	defer tick.Stop()
	// The context ending closes the socket: a Send failing then is the
	// normal end, not an error.
	for ctx.Err() == nil {
		for _, m := range []zmq.Msg{
			zmq.NewMsgFrom([]byte("A"), []byte("We don't want to see this")),
			zmq.NewMsgFrom([]byte("B"), []byte("We would like to see this")),
		} {
			if err := pub.Send(m); err != nil && ctx.Err() == nil {
				return fmt.Errorf("sending: %w", err)
			}
		}
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
	}
	fmt.Println("gozeromq-psenvpub: done")
	return nil
}
