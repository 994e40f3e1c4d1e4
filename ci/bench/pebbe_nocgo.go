//go:build !cgo

package main

import "errors"

// The CGO_ENABLED=0 build of the bench runs only the gozmq workers, as a
// program using gozmq is meant to be built; pebbe/zmq4 needs cgo.
var errNoPebbe = errors.New("pebbe/zmq4 needs a cgo build of the bench")

func pebbeWorker(w workload, ep string) (float64, error) { return 0, errNoPebbe }

func pebbePairs(w workload, ep string) (float64, error) { return 0, errNoPebbe }
