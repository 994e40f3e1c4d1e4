package zmq4

import (
	"strconv"
	"strings"
)

// MsgType says whether a Msg carries user data or a ZMTP command.
type MsgType byte

// Message types. Sockets of this package only ever deliver UsrMsg:
// libzmq handles ZMTP commands itself.
const (
	UsrMsg MsgType = 0
	CmdMsg MsgType = 1
)

// Msg is a message: one or more frames, sent and received whole.
type Msg struct {
	Frames [][]byte
	Type   MsgType

	// multipart is kept so that a Msg compares equal (reflect.DeepEqual)
	// to go-zeromq's; Send and SendMulti send the same bytes here.
	multipart bool
	err       error
}

// NewMsg returns a message of one frame.
func NewMsg(frame []byte) Msg {
	return Msg{Frames: [][]byte{frame}}
}

// NewMsgFrom returns a message made of the given frames, not copied.
func NewMsgFrom(frames ...[]byte) Msg {
	return Msg{Frames: frames}
}

// NewMsgString returns a message of one frame holding frame's bytes.
func NewMsgString(frame string) Msg {
	return NewMsg([]byte(frame))
}

// NewMsgFromString returns a message with one frame per string.
func NewMsgFromString(frames []string) Msg {
	m := Msg{Frames: make([][]byte, len(frames))}
	for i, f := range frames {
		// append to a nil slice so that "" gives a nil frame, as
		// go-zeromq does: programs compare such messages with DeepEqual.
		m.Frames[i] = append(m.Frames[i], f...)
	}
	return m
}

// Err returns the error carried by the message, if any.
func (msg Msg) Err() error { return msg.err }

// Bytes returns the frames' contents, concatenated into a new slice.
func (msg Msg) Bytes() []byte {
	n := 0
	for _, f := range msg.Frames {
		n += len(f)
	}
	b := make([]byte, 0, n)
	for _, f := range msg.Frames {
		b = append(b, f...)
	}
	return b
}

// String formats the message as Msg{Frames:{"a", "b"}}.
func (msg Msg) String() string {
	var sb strings.Builder
	sb.WriteString("Msg{Frames:{")
	for i, f := range msg.Frames {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strconv.Quote(string(f)))
	}
	sb.WriteString("}}")
	return sb.String()
}

// Clone returns a deep copy of the message's frames.
func (msg Msg) Clone() Msg {
	c := Msg{Frames: make([][]byte, len(msg.Frames))}
	for i, f := range msg.Frames {
		c.Frames[i] = make([]byte, len(f))
		copy(c.Frames[i], f)
	}
	return c
}
