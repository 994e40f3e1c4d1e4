// Command soak sends a large number of messages of mixed sizes through
// gozmq over inproc and tcp, creating and closing sockets and contexts
// along the way, and reports the process's resident memory (VmRSS) at
// the start, the middle and the end, to show that nothing leaks. It is
// run by `make soak`, not by the unit tests: it takes a while.
//
// Usage: go run ./ci/soak [-n 1000000] [-tolerance 24]
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

func main() {
	total := flag.Int("n", 1_000_000, "messages to send in all (half over inproc, half over tcp)")
	tolerance := flag.Int("tolerance", 24, "MiB the RSS may grow between the middle and the end")
	flag.Parse()
	if err := run(*total, *tolerance); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

// sizes are the message sizes cycled through: mostly small, some
// medium; sizeOf makes one in 97 large.
var sizes = []int{0, 1, 16, 64, 200, 1024, 8, 4096, 32, 65536, 100, 512}

// sizeOf is the size of message i (at least 8 unless empty, to hold its
// number).
func sizeOf(i int) int {
	size := sizes[i%len(sizes)]
	if i%97 == 0 {
		size = 300000
	}
	if size < 8 && size > 0 {
		size = 8
	}
	return size
}

func run(total, toleranceMiB int) error {
	maj, min, patch := zmq.Version()
	if err := zmq.LibraryError(); err != nil {
		return err
	}
	fmt.Printf("soak: libzmq %d.%d.%d (%s), %d messages\n", maj, min, patch, zmq.LibraryPath(), total)
	if m := zmq.MallocTuning(); m.Tuned {
		fmt.Printf("soak: C allocator tuned: M_TRIM_THRESHOLD %d MiB, M_MMAP_THRESHOLD %d MiB\n", m.TrimThreshold>>20, m.MmapThreshold>>20)
	} else {
		fmt.Printf("soak: C allocator left alone: %s\n", m.Reason)
	}
	start := rss()
	fmt.Printf("soak: RSS at start   %7.1f MiB\n", mib(start))

	// Rounds of a fresh context and sockets, alternating transports, so
	// that setup and teardown are soaked too.
	const rounds = 20
	per := total / rounds
	var mid uint64
	began := time.Now()
	for r := 0; r < rounds; r++ {
		transport := "inproc"
		if r%2 == 1 {
			transport = "tcp"
		}
		if err := round(r, transport, per); err != nil {
			return fmt.Errorf("round %d (%s): %w", r, transport, err)
		}
		fmt.Printf("soak: round %2d (%-6s) done, RSS %7.1f MiB\n", r, transport, mib(rss()))
		if r == rounds/2-1 {
			runtime.GC()
			debug.FreeOSMemory()
			mid = rss()
			fmt.Printf("soak: RSS at middle  %7.1f MiB after %d messages\n", mib(mid), per*(r+1))
		}
	}
	runtime.GC()
	debug.FreeOSMemory()
	end := rss()
	elapsed := time.Since(began)
	fmt.Printf("soak: RSS at end     %7.1f MiB after %d messages in %v (%.0f msg/s)\n",
		mib(end), per*rounds, elapsed.Round(time.Millisecond), float64(per*rounds)/elapsed.Seconds())
	growth := int64(end) - int64(mid)
	if growth > int64(toleranceMiB)<<20 {
		fmt.Printf("soak: RSS NOT flat: grew %.1f MiB from middle to end (tolerance %d MiB)\n", float64(growth)/(1<<20), toleranceMiB)
		return errors.New("memory grew")
	}
	fmt.Printf("soak: RSS flat: %+.1f MiB from middle to end (tolerance %d MiB)\n", float64(growth)/(1<<20), toleranceMiB)
	return nil
}

// round moves n messages PUSH -> PULL and REQ/REP-style request and
// reply over DEALER/ROUTER in a fresh context, checking every one.
func round(r int, transport string, n int) error {
	ctx, err := zmq.NewContext()
	if err != nil {
		return err
	}
	defer ctx.Close()
	push, err := ctx.NewSocket(zmq.PUSH)
	if err != nil {
		return err
	}
	pull, err := ctx.NewSocket(zmq.PULL)
	if err != nil {
		return err
	}
	// 2.x queues without bound by default; 1000 is the later default.
	for _, s := range []*zmq.Socket{push, pull} {
		if err := s.SetSockOptUInt64(zmq.HWM, 1000); err != nil {
			return err
		}
	}
	ep, err := endpoint(transport, r)
	if err != nil {
		return err
	}
	if err := pull.Bind(ep); err != nil {
		return err
	}
	if err := push.Connect(ep); err != nil {
		return err
	}
	payload := make([]byte, 300000)
	for i := range payload {
		payload[i] = byte(i)
	}
	errc := make(chan error, 1)
	go func() {
		for i := 0; i < n; i++ {
			size := sizeOf(i)
			msg := payload[:size]
			if size >= 8 {
				binary.BigEndian.PutUint64(msg, uint64(i))
			}
			// Every 10th message goes as two parts.
			if i%10 == 0 {
				if err := push.SendMultipart([][]byte{msg, payload[:3]}, 0); err != nil {
					errc <- err
					return
				}
				continue
			}
			if err := push.Send(msg, 0); err != nil {
				errc <- err
				return
			}
		}
		errc <- nil
	}()
	deadline := time.Now().Add(5 * time.Minute)
	items := []zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}
	for i := 0; i < n; i++ {
		if c, err := zmq.Poll(items, time.Until(deadline)); err != nil {
			return err
		} else if c == 0 {
			return fmt.Errorf("message %d did not arrive in time", i)
		}
		parts, err := pull.RecvMultipart(zmq.DONTWAIT)
		if err != nil {
			return err
		}
		size := sizeOf(i)
		want := 1
		if i%10 == 0 {
			want = 2
		}
		if len(parts) != want || len(parts[0]) != size {
			return fmt.Errorf("message %d: %d parts, first %d bytes; want %d parts, %d bytes", i, len(parts), len(parts[0]), want, size)
		}
		if size >= 8 {
			if got := binary.BigEndian.Uint64(parts[0]); got != uint64(i) {
				return fmt.Errorf("message %d arrived as %d", i, got)
			}
			if !bytes.Equal(parts[0][8:], payload[8:size]) {
				return fmt.Errorf("message %d corrupted", i)
			}
		}
	}
	if err := <-errc; err != nil {
		return err
	}
	// Sockets are closed by hand on odd rounds and left to Context.Close
	// on even ones: both paths are soaked.
	if r%4 < 2 {
		push.Close()
		pull.Close()
	}
	return nil
}

// endpoint returns a fresh endpoint on transport; tcp only on 127.0.0.1.
func endpoint(transport string, r int) (string, error) {
	if transport == "inproc" {
		return fmt.Sprintf("inproc://soak-%d", r), nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return fmt.Sprintf("tcp://127.0.0.1:%d", l.Addr().(*net.TCPAddr).Port), nil
}

// rss reads VmRSS from /proc/self/status, in bytes (0 if unknown).
func rss() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				kb, _ := strconv.ParseUint(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }
