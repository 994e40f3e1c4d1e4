// Command steerable-proxy runs zmq.ProxySteerable between a PULL
// frontend and a PUSH backend and steers it through its control socket:
// it forwards a batch, pauses (messages wait), resumes, asks for the
// statistics and terminates the proxy.
//
//	go run ./examples/steerable-proxy -n 3
//
// ProxySteerable is implemented in Go, so this runs on every libzmq
// release, 2.x included.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	front := flag.String("frontend", "inproc://steer-front", "endpoint producers connect to")
	back := flag.String("backend", "inproc://steer-back", "endpoint workers connect to")
	n := flag.Int("n", 3, "messages per batch")
	timeout := flag.Duration("timeout", 10*time.Second, "give up after this long")
	flag.Parse()
	if err := run(os.Stdout, *front, *back, *n, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "steerable-proxy:", err)
		os.Exit(1)
	}
}

func run(out io.Writer, frontEp, backEp string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	sock := func(t zmq.SocketType, bind, connect string) (*zmq.Socket, error) {
		s, err := ctx.NewSocket(t)
		if err != nil {
			return nil, err
		}
		if bind != "" {
			err = s.Bind(bind)
		} else {
			err = s.Connect(connect)
		}
		return s, err
	}
	frontend, err := sock(zmq.PULL, frontEp, "")
	if err != nil {
		return err
	}
	backend, err := sock(zmq.PUSH, backEp, "")
	if err != nil {
		return err
	}
	control, err := sock(zmq.REP, "inproc://steer-control", "")
	if err != nil {
		return err
	}
	proxyDone := make(chan error, 1)
	go func() { proxyDone <- zmq.ProxySteerable(frontend, backend, nil, control) }()

	producer, err := sock(zmq.PUSH, "", frontEp)
	if err != nil {
		return err
	}
	worker, err := sock(zmq.PULL, "", backEp)
	if err != nil {
		return err
	}
	steer, err := sock(zmq.REQ, "", "inproc://steer-control")
	if err != nil {
		return err
	}
	command := func(cmd string) ([][]byte, error) {
		if err := steer.Send([]byte(cmd), 0); err != nil {
			return nil, err
		}
		if err := wait(steer, timeout); err != nil {
			return nil, fmt.Errorf("%s: %w", cmd, err)
		}
		return steer.RecvMultipart(zmq.DONTWAIT)
	}
	batch := func(name string) error {
		for i := 1; i <= n; i++ {
			if err := producer.Send([]byte(fmt.Sprintf("%s %d", name, i)), 0); err != nil {
				return err
			}
		}
		return nil
	}
	receive := func() error {
		for i := 0; i < n; i++ {
			if err := wait(worker, timeout); err != nil {
				return err
			}
			msg, err := worker.Recv(zmq.DONTWAIT)
			if err != nil {
				return err
			}
			fmt.Fprintln(out, "worker got:", string(msg))
		}
		return nil
	}

	if err := batch("first"); err != nil {
		return err
	}
	if err := receive(); err != nil {
		return err
	}

	if _, err := command(zmq.ProxyPause); err != nil {
		return err
	}
	fmt.Fprintln(out, "paused")
	if err := batch("second"); err != nil {
		return err
	}
	// While paused nothing reaches the worker; the messages wait.
	if k, err := zmq.Poll([]zmq.PollItem{{Socket: worker, Events: zmq.POLLIN}}, 100*time.Millisecond); err != nil {
		return err
	} else if k != 0 {
		return errors.New("a paused proxy forwarded a message")
	}
	fmt.Fprintln(out, "nothing forwarded while paused")
	if _, err := command(zmq.ProxyResume); err != nil {
		return err
	}
	fmt.Fprintln(out, "resumed")
	if err := receive(); err != nil {
		return err
	}

	reply, err := command(zmq.ProxyStatistics)
	if err != nil {
		return err
	}
	st, err := zmq.ParseProxyStats(reply)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "statistics: frontend received %d messages (%d bytes), backend sent %d messages (%d bytes)\n",
		st.FrontendRecvMsgs, st.FrontendRecvBytes, st.BackendSentMsgs, st.BackendSentBytes)

	if _, err := command(zmq.ProxyTerminate); err != nil {
		return err
	}
	select {
	case err := <-proxyDone:
		fmt.Fprintln(out, "proxy terminated:", err)
		return err
	case <-time.After(timeout):
		return errors.New("the proxy did not terminate")
	}
}

// wait waits until s has a message, or fails after timeout.
func wait(s *zmq.Socket, timeout time.Duration) error {
	n, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, timeout)
	if err != nil {
		return err
	}
	if n == 0 {
		return errors.New("timed out")
	}
	return nil
}
