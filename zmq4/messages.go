package zmq4

import "fmt"

// SendMessage sends a multi-part message: each string or []byte is a
// part, each []string or [][]byte gives a part per element, and any
// other value is sent as fmt.Sprintf("%v", value). It returns the bytes
// sent, or -1 and the error of the part that failed.
func (soc *Socket) SendMessage(parts ...interface{}) (total int, err error) {
	return soc.sendMessage(0, parts...)
}

// SendMessageDontwait is SendMessage with DONTWAIT on every part.
func (soc *Socket) SendMessageDontwait(parts ...interface{}) (total int, err error) {
	return soc.sendMessage(DONTWAIT, parts...)
}

func (soc *Socket) sendMessage(flags Flag, parts ...interface{}) (int, error) {
	if _, err := soc.live(); err != nil {
		return -1, err
	}
	frames := flatten(parts)
	total := 0
	for i, f := range frames {
		opt := flags
		if i < len(frames)-1 {
			opt |= SNDMORE
		}
		n, err := soc.SendBytes(f, opt)
		if err != nil {
			return -1, err
		}
		total += n
	}
	return total, nil
}

// flatten turns SendMessage's arguments into frames; an empty []string
// or [][]byte adds none.
func flatten(parts []interface{}) [][]byte {
	var frames [][]byte
	for _, p := range parts {
		switch t := p.(type) {
		case []string:
			for _, s := range t {
				frames = append(frames, []byte(s))
			}
		case [][]byte:
			frames = append(frames, t...)
		case string:
			frames = append(frames, []byte(t))
		case []byte:
			frames = append(frames, t)
		default:
			frames = append(frames, []byte(fmt.Sprintf("%v", t)))
		}
	}
	return frames
}

// RecvMessage receives every part of the next message as strings.
func (soc *Socket) RecvMessage(flags Flag) (msg []string, err error) {
	b, err := soc.RecvMessageBytes(flags)
	return strs(b), err
}

// RecvMessageBytes receives every part of the next message. flags apply
// to each part, as in pebbe/zmq4. On error no part is returned.
func (soc *Socket) RecvMessageBytes(flags Flag) (msg [][]byte, err error) {
	return soc.recvRest(nil, flags)
}

// recvRest receives parts after those in msg while more follow; with
// msg empty it receives the first part too.
func (soc *Socket) recvRest(msg [][]byte, flags Flag) ([][]byte, error) {
	for {
		if len(msg) > 0 {
			more, err := soc.GetRcvmore()
			if err != nil {
				return [][]byte{}, err
			}
			if !more {
				return msg, nil
			}
		}
		b, err := soc.RecvBytes(flags)
		if err != nil {
			return [][]byte{}, err
		}
		msg = append(msg, b)
	}
}

// RecvMessageWithMetadata is RecvMessage with the named properties of
// the first part (see RecvBytesWithMetadata).
func (soc *Socket) RecvMessageWithMetadata(flags Flag, properties ...string) (msg []string, metadata map[string]string, err error) {
	b, p, err := soc.RecvMessageBytesWithMetadata(flags, properties...)
	return strs(b), p, err
}

// RecvMessageBytesWithMetadata is RecvMessageBytes with the named
// properties of the first part (see RecvBytesWithMetadata).
func (soc *Socket) RecvMessageBytesWithMetadata(flags Flag, properties ...string) (msg [][]byte, metadata map[string]string, err error) {
	b, p, err := soc.RecvBytesWithMetadata(flags, properties...)
	if err != nil {
		return [][]byte{}, p, err
	}
	msg, err = soc.recvRest([][]byte{b}, flags)
	return msg, p, err
}

func strs(b [][]byte) []string {
	s := make([]string, len(b))
	for i, x := range b {
		s[i] = string(x)
	}
	return s
}
