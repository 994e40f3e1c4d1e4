package zmq_test

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// The security examples have no "Output:" lines on purpose: the test
// binaries also run against libzmq 2.x and 3.x, which have no Z85 or
// CURVE, and there these functions return a *zmq.VersionError. The same
// values are checked on 4.0+ by TestZ85Vector and the CURVE tests.

// Z85 is the printable encoding of CURVE keys (ZeroMQ RFC 32). The data
// length must be a multiple of 4; this is the RFC's test vector.
func ExampleZ85Encode() {
	text, err := zmq.Z85Encode([]byte{0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B})
	var old *zmq.VersionError
	if errors.As(err, &old) {
		fmt.Println("no Z85 in this libzmq:", old)
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(text) // HelloWorld
}

func ExampleZ85Decode() {
	data, err := zmq.Z85Decode("HelloWorld")
	if err != nil {
		fmt.Println(err) // a *zmq.VersionError before libzmq 4.0
		return
	}
	fmt.Printf("% X\n", data) // 86 4F D2 6F B5 59 F7 5B
}

// A CURVE server needs its secret key; each client needs the server's
// public key and a key pair of its own.
func ExampleNewCurveKeypair() {
	if !zmq.Has(zmq.CapCURVE) {
		fmt.Println("this libzmq has no CURVE")
		return
	}
	serverPublic, serverSecret, err := zmq.NewCurveKeypair()
	if err != nil {
		log.Fatal(err)
	}
	clientPublic, clientSecret, err := zmq.NewCurveKeypair()
	if err != nil {
		log.Fatal(err)
	}

	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()

	server, _ := ctx.NewSocket(zmq.REP)
	server.SetRcvTimeout(5 * time.Second) // CURVE is 4.0+, which has RCVTIMEO
	server.SetSockOptInt(zmq.CURVE_SERVER, 1)
	server.SetSockOptString(zmq.CURVE_SECRETKEY, serverSecret)
	server.Bind("tcp://127.0.0.1:*")
	endpoint, _ := server.GetSockOptString(zmq.LAST_ENDPOINT)

	client, _ := ctx.NewSocket(zmq.REQ)
	client.SetSockOptString(zmq.CURVE_SERVERKEY, serverPublic)
	client.SetSockOptString(zmq.CURVE_PUBLICKEY, clientPublic)
	client.SetSockOptString(zmq.CURVE_SECRETKEY, clientSecret)
	client.Connect(endpoint)

	client.Send([]byte("secret hello"), 0)
	msg, err := server.Recv(0)
	if err != nil {
		log.Fatal(err) // EAGAIN after 5 s if the handshake failed
	}
	fmt.Printf("%d-character keys; server got %q over an encrypted connection\n", len(serverPublic), msg)
}

// An Authenticator decides which peers may connect to the sockets of its
// context. Here only one CURVE client key and one PLAIN user are let in,
// and only from the loopback address.
func ExampleNewAuthenticator() {
	ctx, err := zmq.NewContext()
	if err != nil {
		log.Fatal(err)
	}
	defer ctx.Close()
	auth, err := zmq.NewAuthenticator(ctx)
	if err != nil {
		fmt.Println(err) // a *zmq.VersionError before libzmq 4.0
		return
	}
	defer auth.Close()
	auth.SetLogger(func(line string) { log.Print(line) })

	auth.Allow(zmq.AnyDomain, "127.0.0.1")
	auth.SetPlainUsers("accounts", map[string]string{"admin": "s3cret"})
	if err := auth.SetCurveKeys("telemetry", "Yne@$w-vo<fVvi]a<NY6T1ed:M$fCG*[IaLV{hID"); err != nil {
		log.Fatal(err)
	}

	// A socket chooses its settings by its ZAP domain.
	s, _ := ctx.NewSocket(zmq.REP)
	s.SetSockOptString(zmq.ZAP_DOMAIN, "accounts")
	s.SetSockOptInt(zmq.PLAIN_SERVER, 1)
	s.Bind("tcp://127.0.0.1:*")
}

func ExampleHas() {
	for _, c := range []string{zmq.CapIPC, zmq.CapCURVE, zmq.CapGSSAPI, zmq.CapDraft} {
		ok, err := zmq.HasErr(c)
		fmt.Println(c, ok, err)
	}
}
