// Command pipeline is the ventilator, worker and sink of a PUSH/PULL
// pipeline, chosen by its first argument:
//
//	go run ./examples/pipeline sink       -tasks 20 &
//	go run ./examples/pipeline worker     -id w1 &
//	go run ./examples/pipeline worker     -id w2 &
//	go run ./examples/pipeline ventilator -tasks 20
//
// The ventilator binds -tasks-endpoint and pushes tasks (a workload in
// milliseconds) that PUSH spreads over the connected workers; each
// worker does the work and pushes a result to the sink, which binds
// -results-endpoint. The ventilator first tells the sink that a batch
// starts, so the sink can time it.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

const usage = `usage: pipeline ventilator|worker|sink [flags]
run "pipeline <command> -h" for the flags of a command`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	tasksEP := fs.String("tasks-endpoint", "tcp://127.0.0.1:5557", "endpoint the ventilator binds and workers connect to")
	resultsEP := fs.String("results-endpoint", "tcp://127.0.0.1:5558", "endpoint the sink binds and workers and ventilator connect to")
	tasks := fs.Int("tasks", 20, "number of tasks in the batch (ventilator, sink)")
	id := fs.String("id", "w"+strconv.Itoa(os.Getpid()), "worker name reported with each result (worker)")
	delay := fs.Duration("delay", 500*time.Millisecond, "time to let workers connect before sending (ventilator)")
	timeout := fs.Duration("timeout", 10*time.Second, "give up after this long without a message (worker, sink)")
	fs.Parse(os.Args[2:])

	var err error
	switch os.Args[1] {
	case "ventilator":
		err = ventilator(*tasksEP, *resultsEP, *tasks, *delay)
	case "worker":
		err = worker(*tasksEP, *resultsEP, *id, *timeout)
	case "sink":
		err = sink(*resultsEP, *tasks, *timeout)
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pipeline %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

// socket makes a socket that binds or connects to endpoint. LINGER is
// capped so that a program never hangs at exit on messages nobody takes.
func socket(ctx *zmq.Context, t zmq.SocketType, bind bool, endpoint string) (*zmq.Socket, error) {
	s, err := ctx.NewSocket(t)
	if err != nil {
		return nil, err
	}
	if err := s.SetSockOptInt(zmq.LINGER, 1000); err != nil {
		return nil, err
	}
	if bind {
		err = s.Bind(endpoint)
	} else {
		err = s.Connect(endpoint)
	}
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("%v %s: %w", t, endpoint, err)
	}
	return s, nil
}

// recv waits up to d for a message: Poll then a non-blocking receive,
// which works on every release (2.x has no RCVTIMEO).
func recv(s *zmq.Socket, d time.Duration) ([]byte, error) {
	ready, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, d)
	if err != nil {
		return nil, err
	}
	if ready == 0 {
		return nil, errTimeout
	}
	return s.Recv(zmq.DONTWAIT)
}

var errTimeout = fmt.Errorf("timed out")

func ventilator(tasksEP, resultsEP string, n int, delay time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	sender, err := socket(ctx, zmq.PUSH, true, tasksEP)
	if err != nil {
		return err
	}
	defer sender.Close()
	sink, err := socket(ctx, zmq.PUSH, false, resultsEP)
	if err != nil {
		return err
	}
	defer sink.Close()

	// PUSH hands each message to one connected worker; workers that
	// connect late miss the round robin, so give them a moment.
	time.Sleep(delay)
	if err := sink.Send([]byte("start"), 0); err != nil {
		return err
	}
	total := 0
	for i := 0; i < n; i++ {
		ms := rand.IntN(20) + 1
		total += ms
		if err := sender.Send([]byte(strconv.Itoa(ms)), 0); err != nil {
			return err
		}
	}
	fmt.Printf("ventilator: sent %d tasks, %d ms of work\n", n, total)
	return nil
}

func worker(tasksEP, resultsEP, id string, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	tasks, err := socket(ctx, zmq.PULL, false, tasksEP)
	if err != nil {
		return err
	}
	defer tasks.Close()
	results, err := socket(ctx, zmq.PUSH, false, resultsEP)
	if err != nil {
		return err
	}
	defer results.Close()
	fmt.Printf("worker %s: ready\n", id)

	done := 0
	for {
		task, err := recv(tasks, timeout)
		if err == errTimeout {
			fmt.Printf("worker %s: no task for %v, did %d tasks\n", id, timeout, done)
			return nil
		}
		if err != nil {
			return err
		}
		ms, err := strconv.Atoi(string(task))
		if err != nil {
			return fmt.Errorf("bad task %q", task)
		}
		time.Sleep(time.Duration(ms) * time.Millisecond) // the "work"
		if err := results.Send([]byte(id+" "+string(task)), 0); err != nil {
			return err
		}
		done++
	}
}

func sink(resultsEP string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	results, err := socket(ctx, zmq.PULL, true, resultsEP)
	if err != nil {
		return err
	}
	defer results.Close()
	fmt.Printf("sink: waiting for %d results on %s\n", n, resultsEP)

	if msg, err := recv(results, timeout); err != nil {
		return fmt.Errorf("waiting for the batch to start: %w", err)
	} else if string(msg) != "start" {
		return fmt.Errorf("expected the start of a batch, got %q", msg)
	}
	start := time.Now()
	perWorker := map[string]int{}
	for i := 0; i < n; i++ {
		msg, err := recv(results, timeout)
		if err != nil {
			return fmt.Errorf("after %d of %d results: %w", i, n, err)
		}
		w, _, _ := strings.Cut(string(msg), " ")
		perWorker[w]++
	}
	var names []string
	for w, c := range perWorker {
		names = append(names, fmt.Sprintf("%s=%d", w, c))
	}
	sort.Strings(names)
	fmt.Printf("sink: %d results in %v (%s)\n", n, time.Since(start).Round(time.Millisecond), strings.Join(names, " "))
	return nil
}
