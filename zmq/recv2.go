package zmq

import (
	"syscall"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/internal/wait"
)

// libzmq 2.x's zmq_recv takes a message off the queue and only then,
// every 100 messages, checks its command pipe with a zero-timeout
// poll(2). A signal arriving at that moment makes zmq_recv return -1
// with EINTR although it received the message, which the next call
// overwrites: the message is lost. Go sends signals all the time
// (SIGURG for preemption, SIGPROF while profiling), so on 2.x gozmq
// receives without waiting and with signals blocked
// (wait.CallSignalsBlocked), where that check cannot be interrupted,
// and waits for messages in the runtime poller (or, without one, in
// zmq_poll, where a signal is harmless and Close can still interrupt
// the wait). Where signals cannot be blocked, 2.x receives as later
// releases do.

// recv2Masked reports whether recvMsgData must use recvMsgData2.
func (s *Socket) recv2Masked() bool { return s.a.v2 && wait.CanBlockSignals() }

// recvMsgData2 is recvMsgData for 2.x: a non-blocking zmq_recv with
// signals blocked, then, if nothing was there and the call may wait,
// a wait for the time left and again.
func (s *Socket) recvMsgData2(msg *msgT, flags SendRecvOption) (int, unsafe.Pointer, error) {
	a := s.a
	m := uintptr(unsafe.Pointer(msg))
	mode := s.waitMode(flags, s.rcvTimeout)
	var w waiter
	for {
		s.lookOnFail(mode, &w)
		r, e := wait.CallSignalsBlocked(a.fn.Recv, s.ptr, m, uintptr(flags|DONTWAIT))
		if !failed(r) {
			n, _ := ccall.Call(a.fn.MsgSize, m, 0, 0, 0, 0, 0)
			p, _ := ccall.Call(a.fn.MsgData, m, 0, 0, 0, 0, 0)
			s.lastPart = int(n)
			return int(n), cptr(p), nil
		}
		if mode == waitPark {
			if err := s.again(e, mode, &w, s.rcvTimeout, POLLIN); err != nil {
				return 0, nil, err
			}
			continue
		}
		if e != int(syscall.EAGAIN) || mode == waitNone {
			return 0, nil, errnoErr(e)
		}
		left, ok := w.remaining(s.rcvTimeout)
		if !ok {
			return 0, nil, EAGAIN
		}
		if _, err := s.pollSelf(POLLIN, left); err != nil {
			if err != EINTR {
				return 0, nil, err
			}
			// Closing, cancelling or SetRetryEINTR(false) end the wait
			// here as they end a blocked zmq_recv.
			if err := s.retry(int(syscall.EINTR), true, &w, -1, POLLIN); err != nil {
				return 0, nil, err
			}
		}
	}
}
