package zmq_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strconv"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// Publish-subscribe: a SUB socket gets only the messages that begin
// with a prefix it subscribed to. A subscription reaches the publisher
// a moment after Connect, and a PUB socket drops what nobody has asked
// for yet, so the publisher repeats its updates until the subscriber
// has one (the "slow joiner").
func Example_publishSubscribe() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()

	pub, _ := ctx.NewSocket(zmq.PUB)
	pub.Bind("inproc://example-weather")
	sub, _ := ctx.NewSocket(zmq.SUB)
	sub.Connect("inproc://example-weather")
	sub.SetSubscribe("10001 ") // one zip code's updates only

	// The subscriber's goroutine owns sub; RecvCtx bounds its wait.
	deadline, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	received := make(chan string, 1)
	go func() {
		msg, err := sub.RecvCtx(deadline, 0)
		if err != nil {
			received <- err.Error()
			return
		}
		received <- string(msg)
	}()

	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		pub.Send([]byte("20000 rain, 12°C"), 0)
		pub.Send([]byte("10001 sunny, 21°C"), 0)
		select {
		case msg := <-received:
			fmt.Println(msg)
			return
		case <-tick.C:
		}
	}
	// Output: 10001 sunny, 21°C
}

// A pipeline: a ventilator PUSHes tasks, workers PULL them and PUSH
// their results to a sink that PULLs them all. PUSH deals messages
// round-robin among the connected PULL sockets, so the work spreads over
// the workers, and PULL fair-queues what the workers send.
func Example_pipeline() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close() // also ends the workers: their Recv returns ETERM

	// inproc needs the bind before the connect on libzmq before 4.0.
	tasks, _ := ctx.NewSocket(zmq.PUSH)
	tasks.Bind("inproc://example-tasks")
	sink, _ := ctx.NewSocket(zmq.PULL)
	sink.Bind("inproc://example-results")

	for w := 0; w < 3; w++ {
		in, _ := ctx.NewSocket(zmq.PULL)
		in.Connect("inproc://example-tasks")
		out, _ := ctx.NewSocket(zmq.PUSH)
		out.Connect("inproc://example-results")
		go func() { // the worker owns in and out
			for {
				task, err := in.Recv(0)
				if err != nil {
					return
				}
				n, _ := strconv.Atoi(string(task))
				out.Send([]byte(strconv.Itoa(n*n)), 0)
			}
		}()
	}

	for n := 1; n <= 10; n++ {
		tasks.Send([]byte(strconv.Itoa(n)), 0)
	}
	deadline, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	sum := 0
	for i := 0; i < 10; i++ {
		result, err := sink.RecvCtx(deadline, 0)
		if err != nil {
			fmt.Println("missing results:", err)
			return
		}
		n, _ := strconv.Atoi(string(result))
		sum += n
	}
	fmt.Println("sum of the squares of 1..10:", sum)
	// Output: sum of the squares of 1..10: 385
}

// RecvMsg receives without copying: the Msg's Data is libzmq's own
// buffer. Reusing one Msg for every part, a receive loop allocates
// nothing. Data stays valid until the Msg is used again or closed, so
// keep a copy of what must outlive that.
func ExampleSocket_RecvMsg() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()
	pull, _ := ctx.NewSocket(zmq.PULL)
	pull.Bind("inproc://example-zero-copy")
	push, _ := ctx.NewSocket(zmq.PUSH)
	push.Connect("inproc://example-zero-copy")
	for _, part := range []string{"first", "second", "third"} {
		push.Send([]byte(part), 0)
	}

	m := zmq.NewMsg()
	defer m.Close()
	items := []zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}
	for i := 0; i < 3; i++ {
		// Poll bounds the wait on every release; RCVTIMEO needs 2.2.
		if n, _ := zmq.Poll(items, 5*time.Second); n == 0 {
			fmt.Println("nothing arrived")
			return
		}
		if err := pull.RecvMsg(m, zmq.DONTWAIT); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (%d bytes)\n", m.Data(), m.Size())
	}
	// Output:
	// first (5 bytes)
	// second (6 bytes)
	// third (5 bytes)
}

// RecvInto receives into a buffer the caller owns: libzmq copies the
// part straight into it, and nothing is allocated. A part longer than
// the buffer is cut, and RecvInto says so with its full size and
// ErrTruncated.
func ExampleSocket_RecvInto() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()
	pull, _ := ctx.NewSocket(zmq.PULL)
	pull.Bind("inproc://example-recv-into")
	push, _ := ctx.NewSocket(zmq.PUSH)
	push.Connect("inproc://example-recv-into")
	push.Send([]byte("short"), 0)
	push.Send([]byte("a part longer than the buffer"), 0)

	buf := make([]byte, 8)
	items := []zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}
	for i := 0; i < 2; i++ {
		if n, _ := zmq.Poll(items, 5*time.Second); n == 0 {
			fmt.Println("nothing arrived")
			return
		}
		n, err := pull.RecvInto(buf, zmq.DONTWAIT)
		if errors.Is(err, zmq.ErrTruncated) {
			fmt.Printf("%q: truncated, the part had %d bytes\n", buf, n)
			continue
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%q\n", buf[:n])
	}
	// Output:
	// "short"
	// "a part l": truncated, the part had 29 bytes
}
