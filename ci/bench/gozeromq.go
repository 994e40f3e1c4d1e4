package main

// Workers for the gozeromq face (go-zeromq/zmq4's API over libzmq) and
// for go-zeromq/zmq4 itself, the pure-Go implementation it replaces:
// the same program text runs against both, so the columns compare the
// implementations under one API.

import (
	"context"

	gozeromq "github.com/go-zeromq/zmq4"

	face "github.com/gozmq/gozmq/gozeromq/zmq4"
)

// zapi is what a worker needs of one implementation of the API.
type zapi struct {
	newPull, newPush, newRep, newReq func(context.Context) (listen, dial func(string) error, send func([]byte) error, recv func() (int, []byte, error), closer func())
}

// zsocket is what wrapAPI needs of either implementation's socket.
type zsocket interface {
	Listen(string) error
	Dial(string) error
	Close() error
}

// wrapAPI builds a zapi from an implementation's four constructors
// (PULL, PUSH, REP, REQ) and its way of sending and receiving one part.
func wrapAPI[S zsocket, O any](mk [4]func(context.Context, ...O) S, send func(S, []byte) error, recv func(S) ([]byte, error)) zapi {
	wrap := func(mk func(context.Context, ...O) S) func(context.Context) (func(string) error, func(string) error, func([]byte) error, func() (int, []byte, error), func()) {
		return func(ctx context.Context) (func(string) error, func(string) error, func([]byte) error, func() (int, []byte, error), func()) {
			s := mk(ctx)
			recvOne := func() (int, []byte, error) {
				d, err := recv(s)
				return len(d), d, err
			}
			return s.Listen, s.Dial, func(b []byte) error { return send(s, b) }, recvOne, func() { s.Close() }
		}
	}
	return zapi{wrap(mk[0]), wrap(mk[1]), wrap(mk[2]), wrap(mk[3])}
}

func faceAPI() zapi {
	return wrapAPI([4]func(context.Context, ...face.Option) face.Socket{face.NewPull, face.NewPush, face.NewRep, face.NewReq},
		func(s face.Socket, b []byte) error { return s.Send(face.NewMsg(b)) },
		func(s face.Socket) ([]byte, error) {
			m, err := s.Recv()
			return firstFrame(m.Frames, err)
		})
}

func goZeromqAPI() zapi {
	return wrapAPI([4]func(context.Context, ...gozeromq.Option) gozeromq.Socket{gozeromq.NewPull, gozeromq.NewPush, gozeromq.NewRep, gozeromq.NewReq},
		func(s gozeromq.Socket, b []byte) error { return s.Send(gozeromq.NewMsg(b)) },
		func(s gozeromq.Socket) ([]byte, error) {
			m, err := s.Recv()
			return firstFrame(m.Frames, err)
		})
}

// firstFrame is a received message's only part, or the receive's error.
func firstFrame(frames [][]byte, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return frames[0], nil
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
	return timeLoop(w, loopOps{
		send: func() error { return bSend(buf) },
		recv: func() (int, error) {
			got, _, err := aRecv()
			return got, err
		},
		echo: func() error {
			_, d, err := aRecv()
			if err != nil {
				return err
			}
			return aSend(d)
		},
		reply: func() error {
			_, _, err := bRecv()
			return err
		},
	})
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
