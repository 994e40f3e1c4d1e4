// Command gozeromq-hwserver is the zguide's Hello World server written
// against the go-zeromq/zmq4 API (package gozeromq/zmq4): a REP socket
// that answers each "Hello" with "World".
//
//	go run ./examples/gozeromq-hwserver -listen tcp://127.0.0.1:5555 -n 3
//
// A program written for github.com/go-zeromq/zmq4 needs only its import
// path changed to run this way on libzmq, with CGO_ENABLED=0.
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
	listen := flag.String("listen", "tcp://127.0.0.1:5555", "endpoint to listen on")
	n := flag.Int("n", 3, "requests to answer before exiting (0: for ever)")
	timeout := flag.Duration("timeout", 30*time.Second, "give up after this long")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := serve(ctx, *listen, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gozeromq-hwserver:", err)
		os.Exit(1)
	}
}

// serve answers n requests on a REP socket; the context bounds it all:
// when it ends, the socket closes and a blocked Recv returns.
func serve(ctx context.Context, ep string, n int) error {
	rep := zmq.NewRep(ctx)
	defer rep.Close()
	if err := rep.Listen(ep); err != nil {
		return fmt.Errorf("listening: %w", err)
	}
	fmt.Println("gozeromq-hwserver: listening on", rep.Addr())
	for i := 1; n == 0 || i <= n; i++ {
		msg, err := rep.Recv()
		if err != nil {
			return fmt.Errorf("receiving request %d: %w", i, err)
		}
		fmt.Printf("gozeromq-hwserver: received %s\n", msg.Frames[0])
		time.Sleep(10 * time.Millisecond) // "work"
		if err := rep.Send(zmq.NewMsgString("World")); err != nil {
			return fmt.Errorf("replying to request %d: %w", i, err)
		}
	}
	fmt.Println("gozeromq-hwserver: done")
	return nil
}
