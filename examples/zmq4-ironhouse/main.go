// Command zmq4-ironhouse is the zguide's "Ironhouse" security pattern
// written against the pebbe/zmq4 API (package zmq4): a CURVE server
// that lets in only clients from 127.0.0.1 whose public key it knows,
// checked by the ZAP handler AuthStart runs. It needs libzmq 4.0+ built
// with CURVE.
//
//	go run ./examples/zmq4-ironhouse
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	zmq "github.com/gozmq/gozmq/zmq4"
)

func main() {
	timeout := flag.Duration("timeout", 5*time.Second, "how long the server waits for the message")
	flag.Parse()
	if err := run(*timeout); err != nil {
		fmt.Fprintln(os.Stderr, "zmq4-ironhouse:", err)
		os.Exit(1)
	}
}

func run(timeout time.Duration) error {
	if major, _, _ := zmq.Version(); major < 4 || !zmq.HasCurve() {
		return fmt.Errorf("needs libzmq 4.0+ with CURVE")
	}
	defer zmq.Term()
	if err := zmq.AuthStart(); err != nil {
		return err
	}
	defer zmq.AuthStop()

	clientPublic, clientSecret, err := zmq.NewCurveKeypair()
	if err != nil {
		return err
	}
	serverPublic, serverSecret, err := zmq.NewCurveKeypair()
	if err != nil {
		return err
	}
	zmq.AuthAllow("domain1", "127.0.0.1")
	zmq.AuthCurveAdd("domain1", clientPublic)

	server, _ := zmq.NewSocket(zmq.PUSH)
	defer server.Close()
	server.SetLinger(0)
	server.SetSndtimeo(timeout)
	server.ServerAuthCurve("domain1", serverSecret)
	if err := server.Bind("tcp://127.0.0.1:*"); err != nil {
		return err
	}
	endpoint, _ := server.GetLastEndpoint()

	client, _ := zmq.NewSocket(zmq.PULL)
	defer client.Close()
	client.SetLinger(0)
	client.SetRcvtimeo(timeout)
	client.ClientAuthCurve(serverPublic, clientPublic, clientSecret)
	if err := client.Connect(endpoint); err != nil {
		return err
	}
	if _, err := server.SendMessage("Hello", "Ironhouse"); err != nil {
		return err
	}
	msg, err := client.RecvMessage(0)
	if err != nil {
		return err
	}
	fmt.Printf("zmq4-ironhouse: received %q over CURVE from %s\n", msg, endpoint)
	return nil
}
