package zmq4_test

import (
	"context"
	"testing"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
)

// BenchmarkStream measures a PUSH/PULL stream of 16-byte messages
// through the face, the sender on another goroutine.
func BenchmarkStream(b *testing.B) {
	for _, tr := range []string{"inproc", "tcp"} {
		b.Run(tr, func(b *testing.B) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			pull, push := zmq4.NewPull(ctx), zmq4.NewPush(ctx)
			defer pull.Close()
			defer push.Close()
			ep := "inproc://bench-stream"
			if tr == "tcp" {
				ep = "tcp://127.0.0.1:*"
			}
			if err := pull.Listen(ep); err != nil {
				b.Fatal(err)
			}
			if tr == "tcp" {
				ep = "tcp://" + pull.Addr().String()
			}
			if err := push.Dial(ep); err != nil {
				b.Fatal(err)
			}
			msg := zmq4.NewMsg(make([]byte, 16))
			errc := make(chan error, 1)
			b.ReportAllocs()
			b.ResetTimer()
			go func() {
				for i := 0; i < b.N; i++ {
					if err := push.Send(msg); err != nil {
						errc <- err
						return
					}
				}
				errc <- nil
			}()
			for i := 0; i < b.N; i++ {
				if _, err := pull.Recv(); err != nil {
					b.Fatal(err)
				}
			}
			if err := <-errc; err != nil {
				b.Fatal(err)
			}
		})
	}
}
