module github.com/gozmq/gozmq/ci/interop

go 1.25.0

require (
	github.com/go-zeromq/zmq4 v0.17.0
	github.com/gozmq/gozmq v0.0.0
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/ebitengine/purego v0.11.3 // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sync v0.7.0 // indirect
	golang.org/x/text v0.15.0 // indirect
)

replace github.com/gozmq/gozmq => ../..
