// Command weather-server publishes made-up weather updates on a PUB
// socket, one message per update: "zipcode temperature humidity".
//
//	go run ./examples/weather-server -bind tcp://127.0.0.1:5556
//
// PUB drops messages for subscribers that have not connected yet or are
// too slow, so the server simply keeps publishing; it stops after -n
// updates, after -timeout, or on SIGINT/SIGTERM.
package main

import (
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	bind := flag.String("bind", "tcp://127.0.0.1:5556", "endpoint to publish on")
	n := flag.Int("n", 0, "stop after this many updates (0: no limit)")
	timeout := flag.Duration("timeout", 0, "stop after this long (0: run until interrupted)")
	interval := flag.Duration("interval", time.Millisecond, "pause between updates")
	zips := flag.Int("zips", 10, "number of zip codes, 10000 upwards")
	flag.Parse()
	if err := run(*bind, *n, *timeout, *interval, *zips); err != nil {
		fmt.Fprintln(os.Stderr, "weather-server:", err)
		os.Exit(1)
	}
}

func run(bind string, n int, timeout, interval time.Duration, zips int) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		ctx.Close() // the next Send returns ETERM
	}()

	pub, err := ctx.NewSocket(zmq.PUB)
	if err != nil {
		return err
	}
	defer pub.Close()
	if err := pub.Bind(bind); err != nil {
		return fmt.Errorf("bind %s: %w", bind, err)
	}
	fmt.Printf("weather-server: publishing on %s\n", bind)

	var end <-chan time.Time
	if timeout > 0 {
		end = time.After(timeout)
	}
	sent := 0
loop:
	for n == 0 || sent < n {
		select {
		case <-end:
			fmt.Printf("weather-server: %v passed\n", timeout)
			break loop
		default:
		}
		zip := 10000 + rand.IntN(max(zips, 1))
		temp := rand.IntN(215) - 80
		hum := rand.IntN(50) + 10
		err := pub.Send([]byte(fmt.Sprintf("%05d %d %d", zip, temp, hum)), 0)
		if errors.Is(err, zmq.ETERM) {
			break loop
		}
		if err != nil {
			return err
		}
		sent++
		time.Sleep(interval)
	}
	fmt.Printf("weather-server: sent %d updates\n", sent)
	return nil
}
