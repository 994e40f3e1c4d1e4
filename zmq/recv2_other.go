//go:build !linux

package zmq

import "unsafe"

// recv2Masked is false where the 2.x receive with signals blocked is not
// implemented (see recv2_linux.go).
func (s *Socket) recv2Masked() bool { return false }

func (s *Socket) recvMsgData2(msg *msgT, flags SendRecvOption) (int, unsafe.Pointer, error) {
	panic("unreachable")
}
