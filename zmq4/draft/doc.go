// Package draft is the API of github.com/pebbe/zmq4/draft without cgo:
// everything of package zmq4 plus libzmq's draft socket types (CLIENT,
// SERVER, RADIO, DISH, SCATTER, GATHER, DGRAM) and calls (Join, Leave,
// routing ids and groups as Send and Recv options, ROUTER_NOTIFY, the
// hello, disconnect and hiccup messages).
//
// It is one more face of package zmq: a draft.Socket is a zmq4.Socket
// (embedded) whose Send and Recv take options, so both packages share
// the same sockets, calls and guarantees. The draft calls need a libzmq
// built with the draft API (see HasDraft); elsewhere they return
// ErrorNotImplemented42draft, and on a release that is too old the
// ErrorNotImplemented4x error pebbe/zmq4/draft returns.
package draft

//go:generate go run gen_promoted.go
