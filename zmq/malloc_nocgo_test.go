//go:build !cgo

package zmq_test

const cgoEnabled = false
