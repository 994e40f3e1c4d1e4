package zmq

import (
	"encoding/binary"
	"unsafe"
)

// Commands a ProxySteerable control socket understands.
const (
	ProxyPause      = "PAUSE"
	ProxyResume     = "RESUME"
	ProxyTerminate  = "TERMINATE"
	ProxyStatistics = "STATISTICS"
)

// ProxyStats is the reply to a STATISTICS command, in the order of its
// eight frames: message parts and bytes received and sent on the
// frontend, then the same for the backend.
type ProxyStats struct {
	FrontendRecvMsgs, FrontendRecvBytes uint64
	FrontendSentMsgs, FrontendSentBytes uint64
	BackendRecvMsgs, BackendRecvBytes   uint64
	BackendSentMsgs, BackendSentBytes   uint64
}

// ParseProxyStats decodes the eight frames of a STATISTICS reply (each
// a uint64 in the host's byte order, as libzmq sends them).
func ParseProxyStats(parts [][]byte) (ProxyStats, error) {
	if len(parts) != 8 {
		return ProxyStats{}, EINVAL
	}
	var v [8]uint64
	for i, p := range parts {
		if len(p) != 8 {
			return ProxyStats{}, EINVAL
		}
		v[i] = binary.NativeEndian.Uint64(p)
	}
	return ProxyStats{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]}, nil
}

// ProxySteerable is Proxy with a control socket, with the semantics of
// libzmq's zmq_proxy_steerable (4.0.5, STATISTICS from 4.3): a
// single-part message on control saying "PAUSE" stops moving messages
// (they wait, queued, in libzmq), "RESUME" moves them again,
// "TERMINATE" makes ProxySteerable return nil, and "STATISTICS" is
// answered on control with the eight uint64 frames of ProxyStats
// (message parts count one each). Commands are copied to capture, as
// libzmq does.
//
// It runs in Go on every release, 2.x included, so it neither needs
// zmq_proxy_steerable nor inherits its per-release quirks: a REP control
// socket gets an empty reply to every other command (so that a REQ peer
// can go on), other control sockets only get the STATISTICS reply;
// an unknown or multi-part command is ignored rather than aborting the
// process. With a nil control it is Proxy. Closing any of the sockets
// ends it with that socket's error, as for Proxy.
func ProxySteerable(frontend, backend, capture, control *Socket) error {
	return runProxy(frontend, backend, capture, control, true)
}

// steer carries out one command from control. It reports done when the
// proxy must return (TERMINATE). PAUSE stops polling the data sockets
// (items), RESUME restores their events.
func steer(control, capture *Socket, msg, cmsg *msgT, st *[4]proxyCount, items []pollitemC, backEvents int16) (done bool, err error) {
	cmd, err := steerCommand(control, capture, msg, cmsg)
	if err != nil {
		return false, err
	}
	switch cmd {
	case ProxyPause:
		items[0].events, items[1].events = 0, 0
	case ProxyResume:
		items[0].events, items[1].events = int16(POLLIN), backEvents
	case ProxyTerminate:
		return true, steerAck(control)
	case ProxyStatistics:
		return false, steerStats(control, st)
	}
	return false, steerAck(control)
}

// steerCommand receives one control message, copies it to capture and
// returns the command it names: "" for an unknown or multi-part one.
func steerCommand(control, capture *Socket, msg, cmsg *msgT) (string, error) {
	n, err := control.recvMsg(msg, DONTWAIT)
	if err == EAGAIN {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	more, err := control.more(msg)
	if err != nil {
		return "", err
	}
	cmd := string(msgBytes(control.a, msg, n))
	if capture != nil {
		callNB(control.a.fn.MsgCopy, uintptr(unsafe.Pointer(cmsg)), uintptr(unsafe.Pointer(msg)))
		sf := SendRecvOption(0)
		if more {
			sf = SNDMORE
		}
		if err := capture.sendMsg(cmsg, sf); err != nil {
			return "", err
		}
	}
	if more {
		// Not a command: drop the rest (and copy it to capture too).
		for more {
			if _, err := control.recvMsg(msg, 0); err != nil {
				return "", err
			}
			if more, err = control.more(msg); err != nil {
				return "", err
			}
			if capture != nil {
				callNB(control.a.fn.MsgCopy, uintptr(unsafe.Pointer(cmsg)), uintptr(unsafe.Pointer(msg)))
				sf := SendRecvOption(0)
				if more {
					sf = SNDMORE
				}
				if err := capture.sendMsg(cmsg, sf); err != nil {
					return "", err
				}
			}
		}
		return "", nil
	}
	switch cmd {
	case ProxyPause, ProxyResume, ProxyTerminate, ProxyStatistics:
		return cmd, nil
	}
	return "", nil
}

// steerAck answers a REP control socket, which must reply before it can
// receive the next command; other socket types get no answer.
func steerAck(control *Socket) error {
	if control.typ != REP {
		return nil
	}
	return control.send(nil, 0)
}

// steerStats sends the STATISTICS reply.
func steerStats(control *Socket, st *[4]proxyCount) error {
	var b [8]byte
	for i := 0; i < 8; i++ {
		c := st[i/2]
		x := c.msgs
		if i%2 == 1 {
			x = c.bytes
		}
		binary.NativeEndian.PutUint64(b[:], x)
		f := SNDMORE
		if i == 7 {
			f = 0
		}
		if err := control.send(b[:], f); err != nil {
			return err
		}
	}
	return nil
}
