package main

import (
	"fmt"
	"sync"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// npairs is the number of REQ/REP pairs of the "pairs" workload: many
// goroutines each blocked in a receive at once, which is where how a
// binding waits (an OS thread per blocked call, or Go's poller) shows.
const npairs = 1000

// pairEndpoint is pair i's endpoint; the pairs workload runs over
// inproc only (a thousand tcp ports would measure the port allocator).
func pairEndpoint(ep string, i int) string { return fmt.Sprintf("%s-%d", ep, i) }

// pairsRun runs npairs pairs of goroutines, each requester making
// w.Count/npairs round trips after one warm-up, all starting together;
// setup returns one pair's round-trip function and its closer.
func pairsRun(w workload, setup func(i int) (func() error, func(), error)) (float64, error) {
	per := max(1, w.Count/npairs)
	trips := make([]func() error, npairs)
	for i := range trips {
		rt, closer, err := setup(i)
		if err != nil {
			return 0, err
		}
		defer closer()
		if err := rt(); err != nil { // warm-up: the pair is connected
			return 0, err
		}
		trips[i] = rt
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	errc := make(chan error, npairs)
	for _, rt := range trips {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for j := 0; j < per; j++ {
				if err := rt(); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	t1 := time.Now()
	select {
	case err := <-errc:
		return 0, err
	default:
	}
	return rate(per*npairs, t0, t1), nil
}

// gozmqPairs is the pairs workload through gozmq's plain Send/Recv; the
// echo of each pair is a goroutine of its own.
func gozmqPairs(w workload, ep string) (float64, error) {
	ctx, err := zmq.NewContext()
	if err != nil {
		return 0, err
	}
	// Left to the process's exit, as in pebbePairs.
	if err := ctx.SetInt("MAX_SOCKETS", 2*npairs+16); err != nil {
		return 0, err
	}
	buf := make([]byte, w.Size)
	return pairsRun(w, func(i int) (func() error, func(), error) {
		rep, err := ctx.NewSocket(zmq.REP)
		if err != nil {
			return nil, nil, err
		}
		req, err := ctx.NewSocket(zmq.REQ)
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
				d, err := rep.Recv(0)
				if err != nil || rep.Send(d, 0) != nil {
					return
				}
			}
		}()
		rt := func() error {
			if err := req.Send(buf, 0); err != nil {
				return err
			}
			_, err := req.Recv(0)
			return err
		}
		return rt, func() {}, nil
	})
}
