//go:build cgo

package main

import (
	"fmt"
	"time"

	zmq4 "github.com/pebbe/zmq4"
)

// pebbeWorker runs w through github.com/pebbe/zmq4 (cgo), with its plain
// SendBytes/RecvBytes.
func pebbeWorker(w workload, ep string) (float64, error) {
	ctx, err := zmq4.NewContext()
	if err != nil {
		return 0, err
	}
	defer ctx.Term()
	at, bt := zmq4.PULL, zmq4.PUSH
	if w.Kind == "lat" {
		at, bt = zmq4.REP, zmq4.REQ
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
	if w.Kind == "thr" {
		go func() {
			for i := 0; i < n; i++ {
				if _, err := b.SendBytes(buf, 0); err != nil {
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
			d, err := a.RecvBytes(0)
			if err != nil {
				return 0, err
			}
			if len(d) != w.Size {
				return 0, fmt.Errorf("got %d bytes, want %d", len(d), w.Size)
			}
		}
	} else {
		go func() {
			for i := 0; i < n; i++ {
				d, err := a.RecvBytes(0)
				if err == nil {
					_, err = a.SendBytes(d, 0)
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
			if _, err := b.SendBytes(buf, 0); err != nil {
				return 0, err
			}
			if _, err := b.RecvBytes(0); err != nil {
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

// pebbePairs is the pairs workload through pebbe/zmq4.
func pebbePairs(w workload, ep string) (float64, error) {
	ctx, err := zmq4.NewContext()
	if err != nil {
		return 0, err
	}
	if err := ctx.SetMaxSockets(2*npairs + 16); err != nil {
		return 0, err
	}
	// The sockets and context are left to the process's exit: the worker
	// exits right after, and a thousand echo goroutines blocked in
	// receives are not what is measured.
	buf := make([]byte, w.Size)
	return pairsRun(w, func(i int) (func() error, func(), error) {
		rep, err := ctx.NewSocket(zmq4.REP)
		if err != nil {
			return nil, nil, err
		}
		req, err := ctx.NewSocket(zmq4.REQ)
		if err != nil {
			return nil, nil, err
		}
		e := pairEndpoint(ep, i)
		if err := rep.Bind(e); err != nil {
			return nil, nil, err
		}
		if err := req.Connect(e); err != nil {
			return nil, nil, err
		}
		go func() {
			for {
				d, err := rep.RecvBytes(0)
				if err != nil {
					return
				}
				if _, err := rep.SendBytes(d, 0); err != nil {
					return
				}
			}
		}()
		rt := func() error {
			if _, err := req.SendBytes(buf, 0); err != nil {
				return err
			}
			_, err := req.RecvBytes(0)
			return err
		}
		return rt, func() {}, nil
	})
}
