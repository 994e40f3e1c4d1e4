package main

// Workers for the gozeromq face (go-zeromq/zmq4's API over libzmq) and
// for go-zeromq/zmq4 itself, the pure-Go implementation it replaces:
// the same program text runs against both, so the columns compare the
// implementations under one API.

import (
	"context"
	"fmt"
	"time"

	gozeromq "github.com/go-zeromq/zmq4"

	face "github.com/gozmq/gozmq/gozeromq/zmq4"
)

// zapi is what a worker needs of one implementation of the API.
type zapi struct {
	newPull, newPush, newRep, newReq func(context.Context) (listen, dial func(string) error, send func([]byte) error, recv func() (int, []byte, error), closer func())
}

func faceAPI() zapi {
	wrap := func(mk func(context.Context, ...face.Option) face.Socket) func(context.Context) (func(string) error, func(string) error, func([]byte) error, func() (int, []byte, error), func()) {
		return func(ctx context.Context) (func(string) error, func(string) error, func([]byte) error, func() (int, []byte, error), func()) {
			s := mk(ctx)
			send := func(b []byte) error { return s.Send(face.NewMsg(b)) }
			recv := func() (int, []byte, error) {
				m, err := s.Recv()
				if err != nil {
					return 0, nil, err
				}
				return len(m.Frames[0]), m.Frames[0], nil
			}
			return s.Listen, s.Dial, send, recv, func() { s.Close() }
		}
	}
	return zapi{wrap(face.NewPull), wrap(face.NewPush), wrap(face.NewRep), wrap(face.NewReq)}
}

func goZeromqAPI() zapi {
	wrap := func(mk func(context.Context, ...gozeromq.Option) gozeromq.Socket) func(context.Context) (func(string) error, func(string) error, func([]byte) error, func() (int, []byte, error), func()) {
		return func(ctx context.Context) (func(string) error, func(string) error, func([]byte) error, func() (int, []byte, error), func()) {
			s := mk(ctx)
			send := func(b []byte) error { return s.Send(gozeromq.NewMsg(b)) }
			recv := func() (int, []byte, error) {
				m, err := s.Recv()
				if err != nil {
					return 0, nil, err
				}
				return len(m.Frames[0]), m.Frames[0], nil
			}
			return s.Listen, s.Dial, send, recv, func() { s.Close() }
		}
	}
	return zapi{wrap(gozeromq.NewPull), wrap(gozeromq.NewPush), wrap(gozeromq.NewRep), wrap(gozeromq.NewReq)}
}

// zapiWorker runs a thr or lat workload, shaped as gozmqWorker.
func zapiWorker(api zapi, w workload, ep string) (float64, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	mkA, mkB := api.newPull, api.newPush
	if w.Kind == "lat" {
		mkA, mkB = api.newRep, api.newReq
	}
	aListen, _, aSend, aRecv, aClose := mkA(ctx)
	defer aClose()
	_, bDial, bSend, bRecv, bClose := mkB(ctx)
	defer bClose()
	if err := aListen(ep); err != nil {
		return 0, err
	}
	if err := bDial(ep); err != nil {
		return 0, err
	}
	buf := make([]byte, w.Size)
	n := w.Count + 1
	errc := make(chan error, 1)
	var t0 time.Time
	if w.Kind == "thr" {
		go func() {
			for i := 0; i < n; i++ {
				if err := bSend(buf); err != nil {
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
			got, _, err := aRecv()
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
				_, d, err := aRecv()
				if err == nil {
					err = aSend(d)
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
			if err := bSend(buf); err != nil {
				return 0, err
			}
			if _, _, err := bRecv(); err != nil {
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

// zapiPairs is the pairs workload through the API.
func zapiPairs(api zapi, w workload, ep string) (float64, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	buf := make([]byte, w.Size)
	return pairsRun(w, func(i int) (func() error, func(), error) {
		repListen, _, repSend, repRecv, repClose := api.newRep(ctx)
		_, reqDial, reqSend, reqRecv, reqClose := api.newReq(ctx)
		e := pairEndpoint(ep, i)
		if err := repListen(e); err != nil {
			return nil, nil, err
		}
		if err := reqDial(e); err != nil {
			return nil, nil, err
		}
		go func() {
			for {
				_, d, err := repRecv()
				if err != nil || repSend(d) != nil {
					return
				}
			}
		}()
		rt := func() error {
			if err := reqSend(buf); err != nil {
				return err
			}
			_, _, err := reqRecv()
			return err
		}
		return rt, func() { reqClose(); repClose() }, nil
	})
}
