// Command weather-client subscribes to one zip code's updates from
// weather-server and prints the average temperature.
//
//	go run ./examples/weather-client -connect tcp://127.0.0.1:5556 -zip 10001 -n 5
//
// The subscription is a prefix filter applied by libzmq: only messages
// starting with the zip code arrive.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	connect := flag.String("connect", "tcp://127.0.0.1:5556", "endpoint of weather-server")
	zip := flag.String("zip", "10001", "zip code to subscribe to")
	n := flag.Int("n", 5, "number of updates to collect")
	timeout := flag.Duration("timeout", 10*time.Second, "give up after this long without an update")
	flag.Parse()
	if err := run(*connect, *zip, *n, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "weather-client:", err)
		os.Exit(1)
	}
}

func run(endpoint, zip string, n int, timeout time.Duration) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()

	sub, err := ctx.NewSocket(zmq.SUB)
	if err != nil {
		return err
	}
	defer sub.Close()
	if err := sub.Connect(endpoint); err != nil {
		return fmt.Errorf("connect %s: %w", endpoint, err)
	}
	// The trailing space keeps "1000" from matching "10001".
	if err := sub.SetSockOptString(zmq.SUBSCRIBE, zip+" "); err != nil {
		return err
	}
	fmt.Printf("weather-client: collecting %d updates for zip %s from %s\n", n, zip, endpoint)

	items := []zmq.PollItem{{Socket: sub, Events: zmq.POLLIN}}
	total := 0
	for i := 1; i <= n; i++ {
		ready, err := zmq.Poll(items, timeout)
		if err != nil {
			return err
		}
		if ready == 0 {
			return fmt.Errorf("no update within %v (is weather-server running?)", timeout)
		}
		msg, err := sub.Recv(zmq.DONTWAIT)
		if err != nil {
			return err
		}
		var z string
		var temp, hum int
		if _, err := fmt.Sscanf(string(msg), "%s %d %d", &z, &temp, &hum); err != nil || z != zip {
			return fmt.Errorf("unexpected update %q", msg)
		}
		fmt.Printf("weather-client: update %d: %s\n", i, msg)
		total += temp
	}
	fmt.Printf("weather-client: average temperature for zip %s was %dF\n", zip, total/max(n, 1))
	return nil
}
