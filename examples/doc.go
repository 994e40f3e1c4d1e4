// Package examples holds small programs that use gozmq, one per
// directory, each a main package that builds with CGO_ENABLED=0:
//
//	version         which libzmq was loaded, from where
//	hello-world     REQ/REP in one process
//	echo-server     REP server on one or more endpoints
//	echo-client     REQ client of echo-server
//	weather-server  PUB of weather updates
//	weather-client  SUB of one zip code's updates
//	pipeline        PUSH/PULL ventilator, worker and sink
//	poll            reading two sockets with Poll
//	monitor         the monitor events of a server socket as peers come and go (libzmq 3.2+)
//	steerable-proxy ProxySteerable driven through its control socket: pause, resume, statistics
//	queue           ROUTER/DEALER broker with Device(QUEUE), client, worker
//	curve           CURVE-encrypted REQ/REP with a ZAP handler (libzmq 4.0+)
//	zmq4-rrbroker   zguide request-reply broker, written for the pebbe/zmq4 API (zmq4)
//	zmq4-ironhouse  zguide Ironhouse: CURVE plus AuthAllow/AuthCurveAdd (zmq4, libzmq 4.0+)
//	gozeromq-hwserver, gozeromq-hwclient
//	                zguide Hello World, written for the go-zeromq/zmq4 API (gozeromq/zmq4)
//	gozeromq-psenvpub, gozeromq-psenvsub
//	                zguide pub-sub envelopes, written for the go-zeromq/zmq4 API (gozeromq/zmq4)
//
// Every program ends by itself (flags -n and -timeout) and uses loopback
// endpoints by default. The tests in this directory run them. A broker
// with a worker and a client, for example:
//
//	go run ./examples/queue broker -timeout 30s &
//	go run ./examples/queue worker -id w1 -timeout 30s &
//	go run ./examples/queue client -n 5
package examples
