package main

import (
	"fmt"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// A worker runs one workload once in this process and returns the rate
// (parts or round trips per second). Every worker has the shape of
// cbench.c: a PUSH/PULL stream with the sender on another goroutine, or
// REQ/REP round trips with the echo on another goroutine; timing starts
// at the second part received and stops at the last.

type workload struct {
	Kind      string // "thr" or "lat"
	Transport string
	Size      int
	Count     int
}

func (w workload) String() string {
	return fmt.Sprintf("%s %s %s", w.Kind, w.Transport, sizeName(w.Size))
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}

// rate turns count operations between t0 and t1 into a per-second rate.
func rate(count int, t0, t1 time.Time) float64 {
	return float64(count) / t1.Sub(t0).Seconds()
}

// gozmqWorker runs w through gozmq. reuse selects the allocation-free
// API (RecvMsg / RecvInto / SendMsg) instead of Send/Recv.
func gozmqWorker(w workload, ep string, reuse bool) (float64, error) {
	ctx, err := zmq.NewContext()
	if err != nil {
		return 0, err
	}
	defer ctx.Close()
	at, bt := zmq.PULL, zmq.PUSH
	if w.Kind == "lat" {
		at, bt = zmq.REP, zmq.REQ
	}
	a, err := ctx.NewSocket(at)
	if err != nil {
		return 0, err
	}
	defer a.Close()
	b, err := ctx.NewSocket(bt)
	if err != nil {
		return 0, err
	}
	defer b.Close()
	if err := a.Bind(ep); err != nil {
		return 0, err
	}
	if err := b.Connect(ep); err != nil {
		return 0, err
	}
	buf := make([]byte, w.Size)
	m := zmq.NewMsg()
	defer m.Close()
	em := zmq.NewMsg()
	defer em.Close()
	ops := loopOps{send: func() error { return b.Send(buf, 0) }}
	if reuse {
		ops.recv = func() (int, error) {
			err := a.RecvMsg(m, 0)
			return len(m.Data()), err
		}
		ops.echo = func() error {
			if err := a.RecvMsg(em, 0); err != nil {
				return err
			}
			return a.SendMsg(em, 0)
		}
		ops.reply = func() error {
			_, err := b.RecvInto(buf, 0)
			return err
		}
	} else {
		ops.recv = func() (int, error) {
			d, err := a.Recv(0)
			return len(d), err
		}
		ops.echo = func() error {
			d, err := a.Recv(0)
			if err != nil {
				return err
			}
			return a.Send(d, 0)
		}
		ops.reply = func() error {
			_, err := b.Recv(0)
			return err
		}
	}
	return timeLoop(w, ops)
}

// loopOps are the steps of one thr or lat run on its two sockets, a
// (PULL or REP) and b (PUSH or REQ).
type loopOps struct {
	send  func() error        // b sends one part (thr and lat)
	recv  func() (int, error) // thr: a receives one part and gives its size
	echo  func() error        // lat: a receives a request and sends it back
	reply func() error        // lat: b receives the reply
}

// timeLoop runs w's Count+1 parts or round trips through ops, the
// sender or the echo on another goroutine, and returns the rate timed
// from the second part received to the last.
func timeLoop(w workload, ops loopOps) (float64, error) {
	n := w.Count + 1
	errc := make(chan error, 1)
	var t0 time.Time
	if w.Kind == "thr" {
		go func() {
			for i := 0; i < n; i++ {
				if err := ops.send(); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}()
		for i := 0; i < n; i++ {
			if i == 1 {
				t0 = time.Now()
			}
			got, err := ops.recv()
			if err != nil {
				return 0, err
			}
			if got != w.Size {
				return 0, fmt.Errorf("got %d bytes, want %d", got, w.Size)
			}
		}
	} else {
		go func() {
			for i := 0; i < n; i++ {
				if err := ops.echo(); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}()
		for i := 0; i < n; i++ {
			if i == 1 {
				t0 = time.Now()
			}
			if err := ops.send(); err != nil {
				return 0, err
			}
			if err := ops.reply(); err != nil {
				return 0, err
			}
		}
	}
	t1 := time.Now()
	if err := <-errc; err != nil {
		return 0, err
	}
	return rate(w.Count, t0, t1), nil
}
