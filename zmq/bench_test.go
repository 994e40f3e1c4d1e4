package zmq_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// Benchmarks of the hot paths, for `go test -bench . -benchmem`. The
// throughput benchmarks stream b.N parts from a sender goroutine to the
// benchmark goroutine over PUSH/PULL; b.SetBytes makes MB/s the payload
// rate. "plain" is Send/Recv, "recvinto" Send/RecvInto into one buffer,
// "msg" InitSize+SendMsg/RecvMsg (no Go allocation, no Go-side copy on
// receive). ci/bench compares the same loops with pebbe/zmq4 and C.

var benchSizes = []struct {
	name string
	n    int
}{{"16B", 16}, {"1KiB", 1 << 10}, {"64KiB", 64 << 10}, {"1MiB", 1 << 20}}

// benchWatchdog closes socks if the benchmark has not finished within
// d, so that a lost message fails the run instead of hanging it: the
// blocked calls then return an error. stop disarms it.
func benchWatchdog(d time.Duration, socks ...*zmq.Socket) (stop func()) {
	t := time.AfterFunc(d, func() {
		for _, s := range socks {
			s.Close()
		}
	})
	return func() { t.Stop() }
}

// benchPushPull returns a connected PUSH/PULL pair with one part already
// exchanged, so that connection set-up is outside the timing.
func benchPushPull(b *testing.B, transport string) (push, pull *zmq.Socket) {
	b.Helper()
	ctx := newContext(b)
	pull = newSocket(b, ctx, zmq.PULL)
	push = newSocket(b, ctx, zmq.PUSH)
	ep := endpoint(b, transport)
	if err := pull.Bind(ep); err != nil {
		b.Fatal(err)
	}
	if err := push.Connect(ep); err != nil {
		b.Fatal(err)
	}
	sendWithin(b, push, []byte("warm-up"), 0)
	recvWithin(b, pull)
	return push, pull
}

// benchSender sends n parts of payload with send in a goroutine and
// returns a channel that yields its error.
func benchSender(n int, send func() error) <-chan error {
	done := make(chan error, 1)
	go func() {
		for i := 0; i < n; i++ {
			if err := send(); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	return done
}

func BenchmarkThroughput(b *testing.B) {
	for _, api := range []string{"plain", "recvinto", "msg"} {
		for _, tr := range transports {
			for _, sz := range benchSizes {
				b.Run(fmt.Sprintf("%s/%s/%s", api, tr, sz.name), func(b *testing.B) {
					benchThroughput(b, api, tr, sz.n)
				})
			}
		}
	}
}

func benchThroughput(b *testing.B, api, transport string, size int) {
	push, pull := benchPushPull(b, transport)
	payload := make([]byte, size)
	for i := range payload {
		payload[i] = byte(i)
	}
	buf := make([]byte, size)
	in, out := zmq.NewMsg(), zmq.NewMsg()
	defer in.Close()
	defer out.Close()
	send := func() error { return push.Send(payload, 0) }
	if api == "msg" {
		send = func() error {
			if err := out.InitSize(size); err != nil {
				return err
			}
			copy(out.Data(), payload)
			return push.SendMsg(out, 0)
		}
	}
	stop := benchWatchdog(2*time.Minute, push, pull)
	defer stop()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	done := benchSender(b.N, send)
	for i := 0; i < b.N; i++ {
		var n int
		var err error
		switch api {
		case "plain":
			var d []byte
			d, err = pull.Recv(0)
			n = len(d)
		case "recvinto":
			n, err = pull.RecvInto(buf, 0)
		case "msg":
			err = pull.RecvMsg(in, 0)
			n = len(in.Data())
		}
		if err != nil || n != size {
			b.Fatalf("receive %d: %d bytes, %v", i, n, err)
		}
	}
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}

// BenchmarkLatency measures one REQ/REP round trip of a 16-byte request
// and reply, the echo served by another goroutine.
func BenchmarkLatency(b *testing.B) {
	for _, api := range []string{"plain", "msg"} {
		for _, tr := range []string{"inproc", "tcp"} {
			b.Run(api+"/"+tr+"/16B", func(b *testing.B) { benchLatency(b, api, tr) })
		}
	}
}

func benchLatency(b *testing.B, api, transport string) {
	ctx := newContext(b)
	rep := newSocket(b, ctx, zmq.REP)
	req := newSocket(b, ctx, zmq.REQ)
	ep := endpoint(b, transport)
	if err := rep.Bind(ep); err != nil {
		b.Fatal(err)
	}
	if err := req.Connect(ep); err != nil {
		b.Fatal(err)
	}
	payload := make([]byte, 16)
	buf := make([]byte, 16)
	stop := benchWatchdog(2*time.Minute, req, rep)
	defer stop()
	n := b.N + 1 // one warm-up round trip
	echoed := make(chan error, 1)
	go func() {
		m := zmq.NewMsg()
		defer m.Close()
		for i := 0; i < n; i++ {
			var err error
			if api == "msg" {
				if err = rep.RecvMsg(m, 0); err == nil {
					err = rep.SendMsg(m, 0)
				}
			} else {
				var d []byte
				if d, err = rep.Recv(0); err == nil {
					err = rep.Send(d, 0)
				}
			}
			if err != nil {
				echoed <- err
				return
			}
		}
		echoed <- nil
	}()
	b.ReportAllocs()
	for i := 0; i < n; i++ {
		if i == 1 {
			b.ResetTimer()
		}
		if err := req.Send(payload, 0); err != nil {
			b.Fatal(err)
		}
		var err error
		if api == "msg" {
			_, err = req.RecvInto(buf, 0)
		} else {
			_, err = req.Recv(0)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if err := <-echoed; err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPoll measures one Poll call over sockets of which one is
// readable: the cost of the call itself, without waiting.
func BenchmarkPoll(b *testing.B) {
	for _, k := range []int{1, 4} {
		b.Run(fmt.Sprintf("%dsockets", k), func(b *testing.B) {
			push, pull := benchPushPull(b, "inproc")
			sendWithin(b, push, []byte("x"), 0)
			ctx := newContext(b)
			items := []zmq.PollItem{{Socket: pull, Events: zmq.POLLIN}}
			for i := 1; i < k; i++ {
				idle := newSocket(b, ctx, zmq.PULL)
				items = append(items, zmq.PollItem{Socket: idle, Events: zmq.POLLIN})
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n, err := zmq.Poll(items, time.Second)
				if err != nil || n != 1 {
					b.Fatalf("poll: %d, %v", n, err)
				}
			}
		})
	}
}

// BenchmarkMultipart streams three-part messages (16 B, 16 B, size)
// over inproc with SendMultipart/RecvMultipart.
func BenchmarkMultipart(b *testing.B) {
	for _, sz := range benchSizes[:3] {
		b.Run("inproc/"+sz.name, func(b *testing.B) {
			push, pull := benchPushPull(b, "inproc")
			parts := [][]byte{make([]byte, 16), make([]byte, 16), make([]byte, sz.n)}
			stop := benchWatchdog(2*time.Minute, push, pull)
			defer stop()
			b.SetBytes(int64(32 + sz.n))
			b.ReportAllocs()
			b.ResetTimer()
			done := benchSender(b.N, func() error { return push.SendMultipart(parts, 0) })
			for i := 0; i < b.N; i++ {
				got, err := pull.RecvMultipart(0)
				if err != nil || len(got) != 3 {
					b.Fatalf("receive %d: %d parts, %v", i, len(got), err)
				}
			}
			if err := <-done; err != nil {
				b.Fatal(err)
			}
		})
	}
}
