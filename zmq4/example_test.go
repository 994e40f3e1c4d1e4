package zmq4_test

import (
	"fmt"
	"syscall"
	"time"

	zmq "github.com/gozmq/gozmq/zmq4"
)

// A request and its reply over inproc, in pebbe/zmq4's style.
func Example() {
	ctx, _ := zmq.NewContext()
	defer ctx.Term()

	rep, _ := ctx.NewSocket(zmq.REP)
	defer rep.Close()
	rep.Bind("inproc://example")
	req, _ := ctx.NewSocket(zmq.REQ)
	defer req.Close()
	req.Connect("inproc://example")

	req.Send("Hello", 0)
	msg, _ := rep.Recv(0)
	rep.Send(msg+", World", 0)
	reply, _ := req.Recv(0)
	fmt.Println(reply)
	// Output: Hello, World
}

// Multi-part messages: strings, byte slices and slices of them.
func ExampleSocket_SendMessage() {
	ctx, _ := zmq.NewContext()
	defer ctx.Term()
	pull, _ := ctx.NewSocket(zmq.PULL)
	defer pull.Close()
	pull.Bind("inproc://parts")
	push, _ := ctx.NewSocket(zmq.PUSH)
	defer push.Close()
	push.Connect("inproc://parts")

	n, _ := push.SendMessage("key", []byte("value"), []string{"a", "b"}, 42)
	parts, _ := pull.RecvMessage(0)
	fmt.Println(n, parts)
	// Output: 12 [key value a b 42]
}

// Errors compare as with pebbe/zmq4.
func ExampleAsErrno() {
	ctx, _ := zmq.NewContext()
	defer ctx.Term()
	s, _ := ctx.NewSocket(zmq.PULL)
	defer s.Close()

	_, err := s.Recv(zmq.DONTWAIT)
	fmt.Println(zmq.AsErrno(err) == zmq.Errno(syscall.EAGAIN))

	req, _ := ctx.NewSocket(zmq.REQ)
	defer req.Close()
	_, err = req.Recv(0)
	fmt.Println(err == zmq.EFSM)
	// Output:
	// true
	// true
}

// Waiting on two sockets with a Poller.
func ExamplePoller() {
	ctx, _ := zmq.NewContext()
	defer ctx.Term()
	a, _ := ctx.NewSocket(zmq.PULL)
	defer a.Close()
	a.Bind("inproc://a")
	b, _ := ctx.NewSocket(zmq.PULL)
	defer b.Close()
	b.Bind("inproc://b")
	push, _ := ctx.NewSocket(zmq.PUSH)
	defer push.Close()
	push.Connect("inproc://b")
	push.Send("to b", 0)

	poller := zmq.NewPoller()
	poller.Add(a, zmq.POLLIN)
	poller.Add(b, zmq.POLLIN)
	polled, _ := poller.Poll(time.Second)
	for _, p := range polled {
		msg, _ := p.Socket.Recv(0)
		fmt.Println(p.Socket == b, msg)
	}
	// Output: true to b
}

// A Reactor mixing a socket and a timer.
func ExampleReactor() {
	ctx, _ := zmq.NewContext()
	defer ctx.Term()
	pull, _ := ctx.NewSocket(zmq.PULL)
	defer pull.Close()
	pull.Bind("inproc://reactor")
	push, _ := ctx.NewSocket(zmq.PUSH)
	defer push.Close()
	push.Connect("inproc://reactor")

	r := zmq.NewReactor()
	r.AddSocket(pull, zmq.POLLIN, func(zmq.State) error {
		msg, _ := pull.Recv(0)
		fmt.Println("got", msg)
		return fmt.Errorf("done")
	})
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	sent := false
	r.AddChannelTime(tick.C, 1, func(interface{}) error {
		if !sent {
			push.Send("tick", 0)
			sent = true
		}
		return nil
	})
	fmt.Println(r.Run(10 * time.Millisecond))
	// Output:
	// got tick
	// done
}
