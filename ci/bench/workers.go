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
	n := w.Count + 1
	errc := make(chan error, 1)
	var t0 time.Time
	m := zmq.NewMsg()
	defer m.Close()
	if w.Kind == "thr" {
		go func() {
			for i := 0; i < n; i++ {
				if err := b.Send(buf, 0); err != nil {
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
			var got int
			if reuse {
				if err := a.RecvMsg(m, 0); err != nil {
					return 0, err
				}
				got = len(m.Data())
			} else {
				d, err := a.Recv(0)
				if err != nil {
					return 0, err
				}
				got = len(d)
			}
			if got != w.Size {
				return 0, fmt.Errorf("got %d bytes, want %d", got, w.Size)
			}
		}
	} else {
		go func() {
			em := zmq.NewMsg()
			defer em.Close()
			for i := 0; i < n; i++ {
				var err error
				if reuse {
					if err = a.RecvMsg(em, 0); err == nil {
						err = a.SendMsg(em, 0)
					}
				} else {
					var d []byte
					if d, err = a.Recv(0); err == nil {
						err = a.Send(d, 0)
					}
				}
				if err != nil {
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
			if err := b.Send(buf, 0); err != nil {
				return 0, err
			}
			if reuse {
				if _, err := b.RecvInto(buf, 0); err != nil {
					return 0, err
				}
			} else if _, err := b.Recv(0); err != nil {
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
