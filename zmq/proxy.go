package zmq

import (
	"unsafe"
)

// Proxy moves messages between frontend and backend in both directions
// until one of the sockets is closed or its context terminated, and
// returns that error (ETERM when the context closed). If capture is not
// nil, it receives a copy of every message part.
//
// Proxy runs in Go over zmq_poll on every release, including 2.x where
// libzmq has no zmq_proxy: messages move as libzmq messages without being
// copied into Go, signals never lose or split a message, and closing
// any of the sockets from another goroutine ends it cleanly.
func Proxy(frontend, backend, capture *Socket) error {
	return runProxy(frontend, backend, capture, nil, true)
}

// Device runs a built-in device between in and out until one is closed:
// QUEUE moves messages both ways (for REQ/REP brokers); FORWARDER and
// STREAMER move them from in to out (PUB/SUB and PUSH/PULL). From 3.x,
// as libzmq's zmq_device does there, every type moves messages both
// ways: an XSUB/XPUB FORWARDER needs subscriptions to flow back, and
// SUB/PUB or PULL/PUSH never have anything to send back.
func Device(t DeviceType, in, out *Socket) error {
	switch t {
	case QUEUE:
		return runProxy(in, out, nil, nil, true)
	case FORWARDER, STREAMER:
		a, err := lib()
		if err != nil {
			return err
		}
		return runProxy(in, out, nil, nil, !a.v2)
	}
	return EINVAL
}

// runProxy is the one proxy loop behind Proxy, Device and
// ProxySteerable: it moves whole messages from front to back (and back
// to front when both is set), and obeys commands on control if it is
// not nil.
func runProxy(front, back, capture, control *Socket, both bool) error {
	if front == nil || back == nil {
		return EINVAL
	}
	a, err := lib()
	if err != nil {
		return err
	}
	var entered []*Socket
	defer func() {
		for _, s := range entered {
			s.leave()
		}
	}()
	for _, s := range []*Socket{front, back, capture, control} {
		if s == nil || contains(entered, s) {
			continue
		}
		if err := s.enterLong(); err != nil {
			return err
		}
		entered = append(entered, s)
	}
	if !parkAll(entered) {
		// Keep this thread recorded in every socket across the loop's
		// calls, so that Close can interrupt whichever call blocks.
		pin(entered)
		defer unpin(entered)
	}

	msg, cmsg := new(msgT), new(msgT)
	callNB(a.fn.MsgInit, uintptr(unsafe.Pointer(msg)))
	callNB(a.fn.MsgInit, uintptr(unsafe.Pointer(cmsg)))
	defer callNB(a.fn.MsgClose, uintptr(unsafe.Pointer(msg)))
	defer callNB(a.fn.MsgClose, uintptr(unsafe.Pointer(cmsg)))

	backEvents := int16(0)
	if both {
		backEvents = int16(POLLIN)
	}
	items := []pollitemC{
		{socket: front.ptr, events: int16(POLLIN)},
		{socket: back.ptr, events: backEvents},
	}
	if control != nil {
		items = append(items, pollitemC{socket: control.ptr, events: int16(POLLIN)})
	}
	var st [4]proxyCount // frontend recv, frontend sent, backend recv, backend sent
	for {
		if _, err := pollC(a, items, -1, entered, false); err != nil {
			return err
		}
		if control != nil && items[2].revents&int16(POLLIN) != 0 {
			done, err := steer(control, commandCapture(control, capture), msg, cmsg, &st, items[:2], backEvents)
			if done || err != nil {
				return err
			}
			continue
		}
		if items[0].revents&int16(POLLIN) != 0 {
			if err := forward(front, back, capture, msg, cmsg, &st[0], &st[3], entered); err != nil {
				return err
			}
		}
		if items[1].revents&int16(POLLIN) != 0 {
			if err := forward(back, front, capture, msg, cmsg, &st[2], &st[1], entered); err != nil {
				return err
			}
		}
	}
}

// proxyCount counts the message parts and bytes that went one way
// through one side of a proxy (the STATISTICS of a steerable proxy).
type proxyCount struct{ msgs, bytes uint64 }

// forward moves one whole message from src to dst, copying each part to
// capture if set, and counts what src gave in recv and dst took in sent.
// The first receive does not wait: poll said a message is there, and if
// another reader got it first we go back to polling. socks are all the
// proxy's sockets: a send that must wait waits on them all (see
// proxySend).
func forward(src, dst, capture *Socket, msg, cmsg *msgT, recv, sent *proxyCount, socks []*Socket) error {
	flags := DONTWAIT
	for {
		n, err := src.recvMsg(msg, flags)
		if err != nil {
			if err == EAGAIN && flags == DONTWAIT {
				return nil
			}
			return err
		}
		flags = 0
		recv.msgs++
		recv.bytes += uint64(n)
		more, err := src.more(msg)
		if err != nil {
			return err
		}
		sf := SendRecvOption(0)
		if more {
			sf = SNDMORE
		}
		if capture != nil {
			callNB(src.a.fn.MsgCopy, uintptr(unsafe.Pointer(cmsg)), uintptr(unsafe.Pointer(msg)))
			if err := proxySend(capture, cmsg, sf, socks); err != nil {
				return err
			}
		}
		if err := proxySend(dst, msg, sf, socks); err != nil {
			return err
		}
		sent.msgs++
		sent.bytes += uint64(n)
		if !more {
			return nil
		}
	}
}

// proxySend sends msg on dst, waiting for room (a high water mark) in a
// poll over every socket of the proxy rather than in dst's own send: a
// wait in dst's send could only be ended by closing dst, and Close of
// any of the proxy's sockets, or of the context, must end the proxy.
func proxySend(dst *Socket, msg *msgT, sf SendRecvOption, socks []*Socket) error {
	for {
		err := dst.sendMsg(msg, sf|DONTWAIT)
		if err != EAGAIN {
			return err
		}
		items := []pollitemC{{socket: dst.ptr, events: int16(POLLOUT)}}
		if _, err := pollC(dst.a, items, -1, socks, false); err != nil {
			return err
		}
	}
}
