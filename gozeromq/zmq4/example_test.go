package zmq4_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/curve"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/plain"
	"github.com/gozmq/gozmq/zmq"
)

// A request/reply exchange over tcp, written exactly as for
// go-zeromq/zmq4, running on libzmq.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	rep := zmq4.NewRep(ctx)
	defer rep.Close()
	if err := rep.Listen("tcp://127.0.0.1:*"); err != nil {
		log.Fatal(err)
	}

	req := zmq4.NewReq(ctx)
	defer req.Close()
	if err := req.Dial("tcp://" + rep.Addr().String()); err != nil {
		log.Fatal(err)
	}

	if err := req.Send(zmq4.NewMsgString("hello")); err != nil {
		log.Fatal(err)
	}
	msg, err := rep.Recv()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("server got", msg)
	if err := rep.Send(zmq4.NewMsgFrom([]byte("world"), []byte("!"))); err != nil {
		log.Fatal(err)
	}
	msg, err = req.Recv()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("client got", msg)
	// Output:
	// server got Msg{Frames:{"hello"}}
	// client got Msg{Frames:{"world", "!"}}
}

// PUB/SUB with PLAIN security: the same WithSecurity option as in
// go-zeromq; zmq4.ZAP would make the publisher check the password.
// (PLAIN needs libzmq 4.0 and an example with an Output line runs on
// every release, so this one is only compiled; TestSecurityNullPlain
// tests PLAIN where libzmq has it.)
func Example_pubSubPlain() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	pub := zmq4.NewPub(ctx, zmq4.WithSecurity(plain.Security("", "")))
	defer pub.Close()
	if err := pub.Listen("tcp://127.0.0.1:*"); err != nil {
		log.Fatal(err)
	}
	sub := zmq4.NewSub(ctx, zmq4.WithSecurity(plain.Security("user", "secret")))
	defer sub.Close()
	if err := sub.Dial("tcp://" + pub.Addr().String()); err != nil {
		log.Fatal(err)
	}
	if err := sub.SetOption(zmq4.OptionSubscribe, "weather"); err != nil {
		log.Fatal(err)
	}
	// A subscription reaches the publisher asynchronously: wait for it.
	for len(pub.(zmq4.Topics).Topics()) == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	pub.Send(zmq4.NewMsgString("sports: 1-0"))
	pub.Send(zmq4.NewMsgString("weather: sunny"))
	msg, err := sub.Recv()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(msg.Bytes())) // weather: sunny
}

// CURVE, which go-zeromq never had: the server listens with its key
// pair, the client dials with its own and the server's public key, and
// everything on the wire is encrypted by libzmq. (It needs a libzmq
// built with CURVE, zmq.Has("curve"); TestSecurityCurve runs it.)
func Example_curve() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	serverPublic, serverSecret, err := zmq.NewCurveKeypair()
	if err != nil {
		log.Fatal(err)
	}
	clientPublic, clientSecret, err := zmq.NewCurveKeypair()
	if err != nil {
		log.Fatal(err)
	}

	pull := zmq4.NewPull(ctx, zmq4.WithSecurity(curve.Security(serverPublic, serverSecret, "")))
	defer pull.Close()
	if err := pull.Listen("tcp://127.0.0.1:*"); err != nil {
		log.Fatal(err)
	}
	push := zmq4.NewPush(ctx, zmq4.WithSecurity(curve.Security(clientPublic, clientSecret, serverPublic)))
	defer push.Close()
	if err := push.Dial("tcp://" + pull.Addr().String()); err != nil {
		log.Fatal(err)
	}
	push.Send(zmq4.NewMsgString("secret"))
	msg, err := pull.Recv()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(msg.Frames[0])) // secret
}
