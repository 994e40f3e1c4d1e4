// Package core is gozmq's one implementation of ZeroMQ over a libzmq
// opened at run time: contexts, sockets and their options, the calls and
// how they wait (parked in Go's runtime poller, or in a thread where no
// poller exists), messages, polling, proxies, the ZAP handler and the
// monitor, for every libzmq release from 2.1 to 4.3.
//
// It is not imported by programs. Two API faces are thin layers over it,
// so both get every guarantee it gives: package zmq, the gozmq API,
// re-exports its names (zmq.Socket is core.Socket); package zmq4, the
// pebbe/zmq4 API, wraps them in pebbe's names, types and errors. A
// change here is a change to both; a call path or a guarantee that lives
// in only one face is a bug.
package core
