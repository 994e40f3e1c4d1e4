package zmq_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// A Poller keeps its items between calls: build it once, poll in a loop.
func ExamplePoller() {
	ctx, _ := zmq.NewContext()
	defer ctx.Close()
	jobs, _ := ctx.NewSocket(zmq.PULL)
	control, _ := ctx.NewSocket(zmq.PULL)
	jobs.Bind("inproc://jobs")
	control.Bind("inproc://control")
	jobSender, _ := ctx.NewSocket(zmq.PUSH)
	controlSender, _ := ctx.NewSocket(zmq.PUSH)
	jobSender.Connect("inproc://jobs")
	controlSender.Connect("inproc://control")

	p := zmq.NewPoller()
	jobsID := p.Add(jobs, zmq.POLLIN)
	controlID := p.Add(control, zmq.POLLIN)

	jobSender.Send([]byte("job 1"), 0)
	jobSender.Send([]byte("job 2"), 0)
	controlSender.Send([]byte("quit"), 0)
	for {
		ready, err := p.Poll(5 * time.Second)
		if err != nil || len(ready) == 0 {
			fmt.Println("timed out:", err)
			return
		}
		for _, r := range ready {
			msg, _ := r.Socket.Recv(zmq.DONTWAIT)
			switch r.ID {
			case jobsID:
				fmt.Println("doing", string(msg))
			case controlID:
				// Finish the jobs still queued, then stop.
				for {
					job, err := jobs.Recv(zmq.DONTWAIT)
					if err != nil {
						break
					}
					fmt.Println("doing", string(job))
				}
				fmt.Println("control:", string(msg))
				return
			}
		}
	}
	// Output:
	// doing job 1
	// doing job 2
	// control: quit
}

// RecvCtx gives up when its context ends, without polling in a loop:
// the blocked call is interrupted.
func ExampleSocket_RecvCtx() {
	ctx, _ := zmq.NewContext()
	defer ctx.Close()
	s, _ := ctx.NewSocket(zmq.PULL)
	s.Bind("inproc://nobody-sends")

	deadline, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := s.RecvCtx(deadline, 0)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output:
	// context deadline exceeded
	// true
}

// Monitor events say what happens to a socket's connections. This
// example has no "Output:" line because the test binaries also run
// against libzmq 2.x, which has no monitoring (Monitor returns a
// *zmq.VersionError there); TestMonitorConnectAcceptDisconnect checks
// the same sequence on 3.2 and later.
func ExampleContext_NewMonitor() {
	ctx, _ := zmq.NewContext()
	defer ctx.Close()
	server, _ := ctx.NewSocket(zmq.PULL)
	m, err := ctx.NewMonitor(server, zmq.EVENT_LISTENING|zmq.EVENT_ACCEPTED|zmq.EVENT_DISCONNECTED)
	var old *zmq.VersionError
	if errors.As(err, &old) {
		fmt.Println("no monitoring in this libzmq:", old)
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	server.Bind("tcp://127.0.0.1:5591")
	client, _ := ctx.NewSocket(zmq.PUSH)
	client.Connect("tcp://127.0.0.1:5591")
	for ev := range m.C {
		fmt.Println(ev.Event, ev.Endpoint)
		if ev.Event == zmq.EVENT_ACCEPTED {
			client.Close()
		}
		if ev.Event == zmq.EVENT_DISCONNECTED {
			break
		}
	}
	// EVENT_LISTENING tcp://127.0.0.1:5591
	// EVENT_ACCEPTED tcp://127.0.0.1:5591
	// EVENT_DISCONNECTED tcp://127.0.0.1:5591
}

// RecvEvent decodes the raw monitor messages, whichever layout the
// loaded release uses, into MonitorEvent values; String formats them.
func ExampleMonitorEvent() {
	ev := zmq.MonitorEvent{Event: zmq.EVENT_CONNECT_RETRIED, Value: 200, Endpoint: "tcp://127.0.0.1:5592"}
	fmt.Println(ev)
	fmt.Println(zmq.EVENT_CONNECTED | zmq.EVENT_DISCONNECTED)
	// Output:
	// EVENT_CONNECT_RETRIED tcp://127.0.0.1:5592 (200)
	// EVENT_CONNECTED|EVENT_DISCONNECTED
}

// ProxySteerable is driven through its control socket; it runs in Go
// on every libzmq release.
func ExampleProxySteerable() {
	ctx, _ := zmq.NewContext()
	defer ctx.Close()
	front, _ := ctx.NewSocket(zmq.PULL)
	back, _ := ctx.NewSocket(zmq.PUSH)
	control, _ := ctx.NewSocket(zmq.REP)
	front.Bind("inproc://front")
	back.Bind("inproc://back")
	control.Bind("inproc://control")
	done := make(chan error)
	go func() { done <- zmq.ProxySteerable(front, back, nil, control) }()

	in, _ := ctx.NewSocket(zmq.PUSH)
	out, _ := ctx.NewSocket(zmq.PULL)
	steer, _ := ctx.NewSocket(zmq.REQ)
	in.Connect("inproc://front")
	out.Connect("inproc://back")
	steer.Connect("inproc://control")

	in.Send([]byte("hello"), 0)
	msg, _ := out.Recv(0)
	fmt.Println(string(msg))

	steer.Send([]byte("STATISTICS"), 0)
	reply, _ := steer.RecvMultipart(0)
	st, _ := zmq.ParseProxyStats(reply)
	fmt.Println("frontend received", st.FrontendRecvMsgs, "parts,", st.FrontendRecvBytes, "bytes")

	steer.Send([]byte("TERMINATE"), 0)
	steer.Recv(0)
	fmt.Println("proxy ended:", <-done)
	// Output:
	// hello
	// frontend received 1 parts, 5 bytes
	// proxy ended: <nil>
}

// Channels serve a socket from Go code with channels: here a REP
// server that upper-cases what it is sent. The socket is used only by
// the Channels' own goroutine.
func ExampleNewChannels() {
	ctx, _ := zmq.NewContext()
	defer ctx.Close()
	server, _ := ctx.NewSocket(zmq.REP)
	server.Bind("inproc://upper")
	ch, err := zmq.NewChannels(server)
	if err != nil {
		log.Fatal(err)
	}
	defer ch.Close()
	go func() {
		for req := range ch.In {
			ch.Out <- [][]byte{bytes.ToUpper(req[0])}
		}
	}()

	client, _ := ctx.NewSocket(zmq.REQ)
	client.Connect("inproc://upper")
	for _, word := range []string{"hello", "world"} {
		client.Send([]byte(word), 0)
		reply, _ := client.Recv(0)
		fmt.Println(string(reply))
	}
	// Output:
	// HELLO
	// WORLD
}
