module github.com/gozmq/gozmq/ci/bench

go 1.26.0

require (
	github.com/go-zeromq/zmq4 v0.17.0
	github.com/gozmq/gozmq v0.0.0
	github.com/pebbe/zmq4 v1.4.0
	golang.org/x/image v0.48.0
)

require (
	github.com/ebitengine/purego v0.11.3 // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	golang.org/x/sync v0.25.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace github.com/gozmq/gozmq => ../..
