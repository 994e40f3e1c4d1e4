module github.com/gozmq/gozmq/ci/bench

go 1.26.0

require (
	github.com/gozmq/gozmq v0.0.0
	github.com/pebbe/zmq4 v1.4.0
	golang.org/x/image v0.48.0
)

require github.com/ebitengine/purego v0.11.3 // indirect

replace github.com/gozmq/gozmq => ../..
