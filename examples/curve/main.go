// Command curve shows CURVE security: a REP server that encrypts every
// connection and answers only the clients whose public key its ZAP
// handler (zmq.Authenticator) allows, and a REQ client. It needs libzmq
// 4.0 or newer built with CURVE.
//
//	go run ./examples/curve demo        # server, allowed client and intruder in one process
//	go run ./examples/curve keygen      # print a new key pair
//	go run ./examples/curve server -secret S -allow CP [-bind ep] [-n N] [-timeout d]
//	go run ./examples/curve client -server-key SP -public CP -secret CS [-connect ep] [-n N]
//
// The server stops after -n requests or -timeout without one; the
// client gives up when a reply does not come within -timeout, which is
// what a client whose key is not allowed sees: the server's handler
// denies the handshake and no message ever passes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// domain is the ZAP domain the server's socket uses; the handler's
// settings are made for it.
const domain = "curve-example"

type serverConfig struct {
	bind     string
	secret   string
	allow    []string
	allowAny bool
	n        int
	idle     time.Duration
}

type clientConfig struct {
	name                    string
	connect                 string
	serverKey, public, priv string
	n                       int
	timeout                 time.Duration
}

// list collects repeated string flags.
type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch mode, args := os.Args[1], os.Args[2:]; mode {
	case "demo":
		fs := flag.NewFlagSet("demo", flag.ExitOnError)
		bind := fs.String("bind", "tcp://127.0.0.1:5557", "server endpoint")
		n := fs.Int("n", 3, "requests the allowed client sends")
		timeout := fs.Duration("timeout", time.Second, "how long the intruder waits for a reply")
		fs.Parse(args)
		err = demo(os.Stdout, *bind, *n, *timeout)
	case "keygen":
		var pub, sec string
		if pub, sec, err = zmq.NewCurveKeypair(); err == nil {
			fmt.Printf("public: %s\nsecret: %s\n", pub, sec)
		}
	case "server":
		fs := flag.NewFlagSet("server", flag.ExitOnError)
		var c serverConfig
		var allow list
		fs.StringVar(&c.bind, "bind", "tcp://127.0.0.1:5557", "endpoint to bind")
		fs.StringVar(&c.secret, "secret", "", "server secret key, Z85 (default: a new key pair, printed)")
		fs.Var(&allow, "allow", "client public key to allow, Z85 (repeat for several)")
		fs.BoolVar(&c.allowAny, "allow-any", false, "allow every client key (encryption without authentication)")
		fs.IntVar(&c.n, "n", 0, "stop after this many requests (0: no limit)")
		fs.DurationVar(&c.idle, "timeout", 30*time.Second, "stop after this long without a request")
		fs.Parse(args)
		c.allow = allow
		err = server(os.Stdout, c, nil)
	case "client":
		fs := flag.NewFlagSet("client", flag.ExitOnError)
		c := clientConfig{name: "client"}
		fs.StringVar(&c.connect, "connect", "tcp://127.0.0.1:5557", "server endpoint")
		fs.StringVar(&c.serverKey, "server-key", "", "server public key, Z85 (required)")
		fs.StringVar(&c.public, "public", "", "client public key, Z85 (default: a new key pair)")
		fs.StringVar(&c.priv, "secret", "", "client secret key, Z85")
		fs.IntVar(&c.n, "n", 3, "number of requests")
		fs.DurationVar(&c.timeout, "timeout", 5*time.Second, "how long to wait for each reply")
		fs.Parse(args)
		if c.serverKey == "" {
			fmt.Fprintln(os.Stderr, "curve client: -server-key is required")
			os.Exit(2)
		}
		err = client(os.Stdout, c)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "curve:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: curve demo|keygen|server|client [flags]; curve <mode> -h for the flags")
	os.Exit(2)
}

// checkCurve explains why CURVE cannot run with the loaded libzmq.
func checkCurve() error {
	ok, err := zmq.HasErr(zmq.CapCURVE)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("libzmq %s was built without CURVE", zmq.LibraryPath())
	}
	return nil
}

// server answers requests on a CURVE REP socket guarded by a ZAP
// handler. ready, if not nil, is closed once it is listening.
func server(out io.Writer, c serverConfig, ready chan<- struct{}) error {
	if err := checkCurve(); err != nil {
		return err
	}
	// The handler logs from its own goroutine.
	out = &lockedWriter{w: out}
	if c.secret == "" {
		pub, sec, err := zmq.NewCurveKeypair()
		if err != nil {
			return err
		}
		c.secret = sec
		fmt.Fprintf(out, "server: public key %s\n", pub)
	}
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()

	// The handler must exist before peers connect: libzmq asks it during
	// each handshake.
	auth, err := zmq.NewAuthenticator(ctx)
	if err != nil {
		return err
	}
	defer auth.Close()
	auth.SetLogger(func(line string) { fmt.Fprintf(out, "server: %s\n", line) })
	if c.allowAny {
		auth.SetCurveAny(domain)
	} else if err := auth.SetCurveKeys(domain, c.allow...); err != nil {
		return err
	}

	rep, err := ctx.NewSocket(zmq.REP)
	if err != nil {
		return err
	}
	defer rep.Close()
	for _, o := range []struct {
		opt zmq.StringSocketOption
		val string
	}{{zmq.ZAP_DOMAIN, domain}, {zmq.CURVE_SECRETKEY, c.secret}} {
		if err := rep.SetSockOptString(o.opt, o.val); err != nil {
			return err
		}
	}
	if err := rep.SetSockOptInt(zmq.CURVE_SERVER, 1); err != nil {
		return err
	}
	if err := rep.Bind(c.bind); err != nil {
		return fmt.Errorf("bind %s: %w", c.bind, err)
	}
	fmt.Fprintf(out, "server: listening on %s, %d client key(s) allowed\n", c.bind, len(c.allow))
	if ready != nil {
		close(ready)
	}

	items := []zmq.PollItem{{Socket: rep, Events: zmq.POLLIN}}
	for served := 0; c.n == 0 || served < c.n; served++ {
		n, err := zmq.Poll(items, c.idle)
		if errors.Is(err, zmq.ETERM) {
			break
		}
		if err != nil {
			return err
		}
		if n == 0 {
			fmt.Fprintf(out, "server: no request for %v, stopping\n", c.idle)
			break
		}
		msg, err := rep.Recv(zmq.DONTWAIT)
		if err != nil {
			return err
		}
		reply := "reply to " + string(msg)
		fmt.Fprintf(out, "server: received %q, replying %q\n", msg, reply)
		if err := rep.Send([]byte(reply), 0); err != nil {
			return err
		}
	}
	fmt.Fprintln(out, "server: done")
	return nil
}

// errNoReply is what a client sees when the server does not answer, as
// when its key is denied.
var errNoReply = errors.New("no reply")

// client sends c.n requests over CURVE and waits for each reply.
func client(out io.Writer, c clientConfig) error {
	if err := checkCurve(); err != nil {
		return err
	}
	if c.public == "" || c.priv == "" {
		pub, sec, err := zmq.NewCurveKeypair()
		if err != nil {
			return err
		}
		c.public, c.priv = pub, sec
		fmt.Fprintf(out, "%s: new key pair, public key %s\n", c.name, pub)
	}
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	req, err := ctx.NewSocket(zmq.REQ)
	if err != nil {
		return err
	}
	defer req.Close()
	if err := req.SetSockOptInt(zmq.LINGER, 0); err != nil {
		return err
	}
	for _, o := range []struct {
		opt zmq.StringSocketOption
		val string
	}{{zmq.CURVE_SERVERKEY, c.serverKey}, {zmq.CURVE_PUBLICKEY, c.public}, {zmq.CURVE_SECRETKEY, c.priv}} {
		if err := req.SetSockOptString(o.opt, o.val); err != nil {
			return err
		}
	}
	if err := req.Connect(c.connect); err != nil {
		return fmt.Errorf("connect %s: %w", c.connect, err)
	}
	items := []zmq.PollItem{{Socket: req, Events: zmq.POLLIN}}
	for i := 1; i <= c.n; i++ {
		msg := fmt.Sprintf("request %d from %s", i, c.name)
		if err := req.Send([]byte(msg), 0); err != nil {
			return err
		}
		n, err := zmq.Poll(items, c.timeout)
		if err != nil {
			return err
		}
		if n == 0 {
			fmt.Fprintf(out, "%s: no reply to %q within %v\n", c.name, msg, c.timeout)
			return fmt.Errorf("%s: %w within %v", c.name, errNoReply, c.timeout)
		}
		reply, err := req.Recv(zmq.DONTWAIT)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "%s: sent %q, got %q\n", c.name, msg, reply)
	}
	return nil
}

// demo runs a server that allows one client key, that client, and an
// intruder with another key whose request must go unanswered.
func demo(out io.Writer, bind string, n int, timeout time.Duration) error {
	if err := checkCurve(); err != nil {
		return err
	}
	serverPub, serverSec, err := zmq.NewCurveKeypair()
	if err != nil {
		return err
	}
	clientPub, clientSec, err := zmq.NewCurveKeypair()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "demo: server public key %s\n", serverPub)
	fmt.Fprintf(out, "demo: client public key %s (allowed)\n", clientPub)

	// One writer at a time: three goroutines print.
	w := &lockedWriter{w: out}
	ready := make(chan struct{})
	srvErr := make(chan error, 1)
	go func() {
		srvErr <- server(w, serverConfig{bind: bind, secret: serverSec, allow: []string{clientPub}, n: n, idle: 10 * timeout}, ready)
	}()
	select {
	case <-ready:
	case err := <-srvErr:
		return err
	}

	intruder := clientConfig{name: "intruder", connect: bind, serverKey: serverPub, n: 1, timeout: timeout}
	if err := client(w, intruder); !errors.Is(err, errNoReply) {
		return fmt.Errorf("the intruder was not kept out: %v", err)
	}
	fmt.Fprintln(w, "demo: the intruder's key was denied")

	allowed := clientConfig{name: "client", connect: bind, serverKey: serverPub, public: clientPub, priv: clientSec, n: n, timeout: 10 * timeout}
	if err := client(w, allowed); err != nil {
		return err
	}
	if err := <-srvErr; err != nil {
		return err
	}
	fmt.Fprintf(w, "demo: %d encrypted round trips, 1 client denied\n", n)
	return nil
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
