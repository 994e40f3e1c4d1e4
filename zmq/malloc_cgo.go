//go:build cgo

package zmq

// cgoBuild is true in a cgo build, where C code other than libzmq may
// use the C heap and its policy is not gozmq's to choose.
const cgoBuild = true
