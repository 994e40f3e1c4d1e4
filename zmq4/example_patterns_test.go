package zmq4_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strconv"
	"time"

	zmq "github.com/gozmq/gozmq/zmq4"
)

// waitIn waits up to five seconds for s to have a message, so that no
// example hangs (RCVTIMEO would do, but libzmq 2.1 lacks it).
func waitIn(s *zmq.Socket) bool {
	p := zmq.NewPoller()
	p.Add(s, zmq.POLLIN)
	polled, err := p.Poll(5 * time.Second)
	return err == nil && len(polled) == 1
}

// Publish-subscribe in pebbe/zmq4's style. A subscription reaches the
// publisher a moment after Connect, and PUB drops what nobody has asked
// for yet, so the publisher repeats its updates until the subscriber
// has one.
func Example_publishSubscribe() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Term()

	pub, _ := ctx.NewSocket(zmq.PUB)
	defer pub.Close()
	pub.Bind("inproc://weather")
	sub, _ := ctx.NewSocket(zmq.SUB)
	defer sub.Close()
	sub.Connect("inproc://weather")
	sub.SetSubscribe("10001 ")

	received := make(chan string, 1)
	go func() { // owns sub until it has sent on received
		if !waitIn(sub) {
			received <- "no update"
			return
		}
		msg, _ := sub.Recv(0)
		received <- msg
	}()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		pub.Send("20000 rain, 12°C", 0)
		pub.Send("10001 sunny, 21°C", 0)
		select {
		case msg := <-received:
			fmt.Println(msg)
			return
		case <-tick.C:
		}
	}
	// Output: 10001 sunny, 21°C
}

// A pipeline: tasks PUSHed round-robin to workers, their results PULLed
// by one sink.
func Example_pipeline() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Term() // closes the workers' sockets: their Recv returns ETERM

	tasks, _ := ctx.NewSocket(zmq.PUSH)
	tasks.Bind("inproc://tasks")
	sink, _ := ctx.NewSocket(zmq.PULL)
	sink.Bind("inproc://results")
	for w := 0; w < 3; w++ {
		in, _ := ctx.NewSocket(zmq.PULL)
		in.Connect("inproc://tasks")
		out, _ := ctx.NewSocket(zmq.PUSH)
		out.Connect("inproc://results")
		go func() {
			for {
				task, err := in.Recv(0)
				if err != nil {
					return
				}
				n, _ := strconv.Atoi(task)
				out.Send(strconv.Itoa(n*n), 0)
			}
		}()
	}

	for n := 1; n <= 10; n++ {
		tasks.Send(strconv.Itoa(n), 0)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		if !waitIn(sink) {
			fmt.Println("missing results")
			return
		}
		result, _ := sink.Recv(0)
		n, _ := strconv.Atoi(result)
		sum += n
	}
	fmt.Println("sum of the squares of 1..10:", sum)
	// Output: sum of the squares of 1..10: 385
}

// Core hands a socket to the gozmq API for what pebbe's API lacks, such
// as a receive that a context.Context cancels, or the zero-copy RecvMsg
// (shown by the zmq package's ExampleSocket_RecvMsg).
func ExampleSocket_Core() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Term()
	s, _ := ctx.NewSocket(zmq.PULL)
	defer s.Close()
	s.Bind("inproc://nobody-sends")

	deadline, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err = s.Core().RecvCtx(deadline, 0)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output:
	// context deadline exceeded
	// true
}

// Monitor events in pebbe/zmq4's style: the socket reports to a PAIR
// socket that RecvEvent reads. There is no "Output:" line because the
// test binaries also run on libzmq 2.x, which has no monitoring;
// TestMonitorEvents checks the events on 3.2 and later.
func ExampleSocket_Monitor() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Term()
	server, _ := ctx.NewSocket(zmq.REP)
	defer server.Close()
	if err := server.Monitor("inproc://monitor.server", zmq.EVENT_LISTENING|zmq.EVENT_ACCEPTED); err != nil {
		fmt.Println("no monitoring in this libzmq:", err) // a *zmq.VersionError before 3.2
		return
	}
	events, _ := ctx.NewSocket(zmq.PAIR)
	defer events.Close()
	events.SetRcvtimeo(5 * time.Second) // monitoring is 3.2+, which has RCVTIMEO
	events.Connect("inproc://monitor.server")

	server.Bind("tcp://127.0.0.1:*")
	endpoint, _ := server.GetLastEndpoint()
	client, _ := ctx.NewSocket(zmq.REQ)
	defer client.Close()
	client.Connect(endpoint)
	for {
		ev, addr, _, err := events.RecvEvent(0)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(ev, addr == endpoint)
		if ev == zmq.EVENT_ACCEPTED {
			return
		}
	}
	// EVENT_LISTENING true
	// EVENT_ACCEPTED true
}

// CURVE encryption with pebbe/zmq4's authentication functions: only the
// client whose public key was added may connect. There is no "Output:"
// line because CURVE needs libzmq 4.0 or later built with it, and the
// test binaries also run on releases without it;
// TestAuthCurve checks the same on those that have it.
func ExampleAuthCurveAdd() {
	if !zmq.HasCurve() {
		fmt.Println("this libzmq has no CURVE")
		return
	}
	defer zmq.Term()
	// The ZAP handler serves the default context, where NewSocket makes
	// the sockets.
	if err := zmq.AuthStart(); err != nil {
		log.Fatal(err)
	}
	defer zmq.AuthStop()
	serverPublic, serverSecret, _ := zmq.NewCurveKeypair()
	clientPublic, clientSecret, _ := zmq.NewCurveKeypair()
	zmq.AuthAllow("example", "127.0.0.1")
	zmq.AuthCurveAdd("example", clientPublic)

	server, _ := zmq.NewSocket(zmq.REP)
	defer server.Close()
	server.SetRcvtimeo(5 * time.Second)
	server.ServerAuthCurve("example", serverSecret)
	server.Bind("tcp://127.0.0.1:*")
	endpoint, _ := server.GetLastEndpoint()

	client, _ := zmq.NewSocket(zmq.REQ)
	defer client.Close()
	client.ClientAuthCurve(serverPublic, clientPublic, clientSecret)
	client.Connect(endpoint)
	client.Send("secret hello", 0)
	msg, err := server.Recv(0)
	if err != nil {
		log.Fatal(err) // EAGAIN after 5 s if the handshake failed
	}
	fmt.Println(msg)
}
