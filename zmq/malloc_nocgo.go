//go:build !cgo

package zmq

// cgoBuild is false in a CGO_ENABLED=0 build: libzmq is then the only
// real user of the C heap.
const cgoBuild = false
