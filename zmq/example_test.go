package zmq_test

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// A request-reply round trip inside one process. The REP socket belongs
// to the server goroutine, the REQ socket to the main one: a socket is
// used by one goroutine at a time.
func Example() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err) // no libzmq: the error says what was tried
	}
	defer ctx.Close()

	rep, _ := ctx.NewSocket(zmq.REP)
	// inproc needs the bind before the connect on libzmq before 4.0.
	if err := rep.Bind("inproc://example-hello"); err != nil {
		log.Fatal(err)
	}
	go func() {
		defer rep.Close()
		// Poll bounds the wait on every release; RCVTIMEO needs 2.2.
		if n, _ := zmq.Poll([]zmq.PollItem{{Socket: rep, Events: zmq.POLLIN}}, 5*time.Second); n == 0 {
			return
		}
		req, _ := rep.Recv(0)
		rep.Send(append(req, " World"...), 0)
	}()

	req, _ := ctx.NewSocket(zmq.REQ)
	defer req.Close()
	req.Connect("inproc://example-hello")
	req.Send([]byte("Hello"), 0)
	if n, _ := zmq.Poll([]zmq.PollItem{{Socket: req, Events: zmq.POLLIN}}, 5*time.Second); n == 0 {
		fmt.Println("no reply")
		return
	}
	reply, _ := req.Recv(0)
	fmt.Println(string(reply))
	// Output: Hello World
}

// Version and LibraryPath say which libzmq the program is using; set
// ZMQ_LIBRARY to choose another one.
func ExampleVersion() {
	if err := zmq.LibraryError(); err != nil {
		fmt.Println(err) // names every file tried and how to install libzmq
		return
	}
	major, minor, patch := zmq.Version()
	fmt.Printf("libzmq %d.%d.%d from %s\n", major, minor, patch, zmq.LibraryPath())
}

// A feature the loaded release lacks returns a *VersionError, which
// also matches errors.ErrUnsupported.
func ExampleVersionError() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()
	s, _ := ctx.NewSocket(zmq.PUB)
	s.Bind("tcp://127.0.0.1:5599")
	err = s.Unbind("tcp://127.0.0.1:5599") // zmq_unbind is 3.2+
	var ve *zmq.VersionError
	if errors.As(err, &ve) {
		fmt.Printf("%s is not available: needs %s, loaded %s\n", ve.Feature, ve.Need, ve.Loaded)
	}
	if errors.Is(err, errors.ErrUnsupported) {
		fmt.Println("falling back to closing the socket")
		s.Close()
	}
}

// Poll waits on several sockets at once, so that one goroutine can
// serve them all.
func ExamplePoll() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()

	tasks, _ := ctx.NewSocket(zmq.PULL)
	control, _ := ctx.NewSocket(zmq.PULL)
	tasks.Bind("inproc://example-tasks")
	control.Bind("inproc://example-control")

	taskSender, _ := ctx.NewSocket(zmq.PUSH)
	controlSender, _ := ctx.NewSocket(zmq.PUSH)
	taskSender.Connect("inproc://example-tasks")
	controlSender.Connect("inproc://example-control")
	taskSender.Send([]byte("resize image.png"), 0)
	controlSender.Send([]byte("stop"), 0)

	items := []zmq.PollItem{
		{Socket: tasks, Events: zmq.POLLIN},
		{Socket: control, Events: zmq.POLLIN},
	}
	got := map[string]string{}
	for len(got) < 2 {
		n, err := zmq.Poll(items, 5*time.Second)
		if err != nil || n == 0 {
			fmt.Println("timed out:", err)
			return
		}
		for _, it := range items {
			if it.REvents&zmq.POLLIN != 0 {
				msg, _ := it.Socket.Recv(zmq.DONTWAIT)
				if it.Socket == tasks {
					got["task"] = string(msg)
				} else {
					got["control"] = string(msg)
				}
			}
		}
	}
	fmt.Println("task:", got["task"])
	fmt.Println("control:", got["control"])
	// Output:
	// task: resize image.png
	// control: stop
}

// A message of several parts is delivered whole or not at all.
func ExampleSocket_SendMultipart() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()
	a, _ := ctx.NewSocket(zmq.PAIR)
	b, _ := ctx.NewSocket(zmq.PAIR)
	a.Bind("inproc://example-multipart")
	b.Connect("inproc://example-multipart")

	a.SendMultipart([][]byte{[]byte("header"), []byte("body"), {}}, 0)
	if n, _ := zmq.Poll([]zmq.PollItem{{Socket: b, Events: zmq.POLLIN}}, 5*time.Second); n == 0 {
		fmt.Println("nothing arrived")
		return
	}
	parts, _ := b.RecvMultipart(0)
	fmt.Printf("%d parts: %q\n", len(parts), parts)
	// Output: 3 parts: ["header" "body" ""]
}

// Close may be called from any goroutine: a Recv blocked on the socket
// returns ENOTSOCK instead of hanging.
func ExampleSocket_Close() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()
	s, _ := ctx.NewSocket(zmq.PULL)
	s.Bind("inproc://example-close")

	done := make(chan error)
	go func() {
		_, err := s.Recv(0) // nothing will ever arrive
		done <- err
	}()
	time.Sleep(10 * time.Millisecond) // let Recv block (not needed for correctness)
	s.Close()
	select {
	case err := <-done:
		fmt.Println("Recv returned ENOTSOCK:", errors.Is(err, zmq.ENOTSOCK))
	case <-time.After(5 * time.Second):
		fmt.Println("Recv still blocked")
	}
	// Output: Recv returned ENOTSOCK: true
}

// Device moves messages between two sockets until their context is
// closed; here a STREAMER joins a PULL front end to a PUSH back end.
func ExampleDevice() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	in, _ := ctx.NewSocket(zmq.PULL)
	out, _ := ctx.NewSocket(zmq.PUSH)
	in.Bind("inproc://example-device-in")
	out.Bind("inproc://example-device-out")
	stopped := make(chan error)
	go func() { stopped <- zmq.Device(zmq.STREAMER, in, out) }()

	producer, _ := ctx.NewSocket(zmq.PUSH)
	consumer, _ := ctx.NewSocket(zmq.PULL)
	producer.Connect("inproc://example-device-in")
	consumer.Connect("inproc://example-device-out")
	producer.Send([]byte("through the device"), 0)
	if n, _ := zmq.Poll([]zmq.PollItem{{Socket: consumer, Events: zmq.POLLIN}}, 5*time.Second); n == 1 {
		msg, _ := consumer.Recv(0)
		fmt.Println(string(msg))
	}

	// Closing the context closes every socket, the device's included.
	ctx.Close()
	select {
	case err := <-stopped:
		fmt.Println("Device returned ETERM:", errors.Is(err, zmq.ETERM))
	case <-time.After(5 * time.Second):
		fmt.Println("Device still running")
	}
	// Output:
	// through the device
	// Device returned ETERM: true
}
