//go:build cgo

package main

import zmq4 "github.com/pebbe/zmq4"

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
	return timeLoop(w, loopOps{
		send: func() error {
			_, err := b.SendBytes(buf, 0)
			return err
		},
		recv: func() (int, error) {
			d, err := a.RecvBytes(0)
			return len(d), err
		},
		echo: func() error {
			d, err := a.RecvBytes(0)
			if err != nil {
				return err
			}
			_, err = a.SendBytes(d, 0)
			return err
		},
		reply: func() error {
			_, err := b.RecvBytes(0)
			return err
		},
	})
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
