package zmq_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Message content: multipart framing, empty messages and parts, large
// messages and binary data survive every transport intact.

// msgPair returns a connected PAIR of sockets over transport.
func msgPair(t *testing.T, transport string) (*zmq.Socket, *zmq.Socket) {
	t.Helper()
	ctx := newContext(t)
	return patPair(t, ctx, transport, zmq.PAIR, zmq.PAIR)
}

func TestMessagesMultipart(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := msgPair(t, tr)
			msg := [][]byte{[]byte("first"), {}, []byte("third\x00with nul"), {}, []byte("last")}
			waitReady(t, a, zmq.POLLOUT)
			require.NoError(t, a.SendMultipart(msg, 0))
			assert.Equal(t, msg, recvMultiWithin(t, b))

			// The same message read part by part with RcvMore.
			require.NoError(t, a.SendMultipart(msg, 0))
			waitReady(t, b, zmq.POLLIN)
			for i, want := range msg {
				got, err := b.Recv(0)
				require.NoError(t, err)
				assert.Equal(t, want, got, "part %d", i)
				more, err := b.RcvMore()
				require.NoError(t, err)
				assert.Equal(t, i < len(msg)-1, more, "RcvMore after part %d", i)
				// The 2.x spelling reads RCVMORE as a uint64 option, the
				// 3.x one as an int; both work everywhere.
				m64, err := b.GetSockOptUInt64(zmq.RCVMORE)
				require.NoError(t, err)
				assert.Equal(t, more, m64 != 0)
				mi, err := b.GetSockOptInt(zmq.RCVMORE)
				require.NoError(t, err)
				assert.Equal(t, more, mi != 0)
			}

			// Send with SNDMORE by hand equals SendMultipart.
			sendWithin(t, a, []byte("x"), zmq.SNDMORE)
			sendWithin(t, a, []byte("y"), zmq.SNDMORE)
			sendWithin(t, a, []byte("z"), 0)
			assert.Equal(t, [][]byte{[]byte("x"), []byte("y"), []byte("z")}, recvMultiWithin(t, b))

			// A single-part message comes back as one part.
			require.NoError(t, a.SendMultipart([][]byte{[]byte("solo")}, 0))
			assert.Equal(t, [][]byte{[]byte("solo")}, recvMultiWithin(t, b))

			assert.Equal(t, zmq.EINVAL, a.SendMultipart(nil, 0), "an empty parts list is no message")
		})
	}
}

func TestMessagesEmpty(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := msgPair(t, tr)
			sendWithin(t, a, nil, 0)
			sendWithin(t, a, []byte{}, 0)
			for i := 0; i < 2; i++ {
				got := recvWithin(t, b)
				assert.NotNil(t, got, "an empty message is an empty slice, not nil")
				assert.Empty(t, got)
			}
			// A message of empty parts only.
			require.NoError(t, a.SendMultipart([][]byte{{}, nil, {}}, 0))
			parts := recvMultiWithin(t, b)
			require.Len(t, parts, 3)
			for _, p := range parts {
				assert.Empty(t, p)
			}
		})
	}
}

// msgPattern returns n bytes that differ from a shifted copy, so that a
// lost, duplicated or reordered chunk is noticed.
func msgPattern(n int, seed byte) []byte {
	b := make([]byte, n)
	x := uint32(seed) + 1
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = byte(x >> 24)
	}
	return b
}

func TestMessagesLarge(t *testing.T) {
	const size = 8 << 20
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := msgPair(t, tr)
			big := msgPattern(size, 1)
			big2 := msgPattern(size/2+3, 2)
			sendWithin(t, a, big, 0)
			got := recvWithin(t, b)
			require.Equal(t, len(big), len(got))
			require.True(t, bytes.Equal(big, got), "8 MiB message corrupted")

			// Large parts mixed with small ones in one message, and a
			// small message after: a big receive must not leave stale
			// data behind.
			require.NoError(t, a.SendMultipart([][]byte{[]byte("hdr"), big2, {}, big}, 0))
			parts := recvMultiWithin(t, b)
			require.Equal(t, 4, len(parts), "parts of a message with large parts")
			assert.Equal(t, "hdr", string(parts[0]))
			assert.True(t, bytes.Equal(big2, parts[1]), "part 1 corrupted")
			assert.Empty(t, parts[2])
			assert.True(t, bytes.Equal(big, parts[3]), "part 3 corrupted")
			sendWithin(t, a, []byte("small"), 0)
			assert.Equal(t, "small", string(recvWithin(t, b)))

			// RcvMore is right after a large part, whether more follow
			// or not (the large part's buffer is released early).
			require.NoError(t, a.SendMultipart([][]byte{big2, []byte("tail")}, 0))
			waitReady(t, b, zmq.POLLIN)
			got, err := b.Recv(zmq.DONTWAIT)
			require.NoError(t, err)
			require.True(t, bytes.Equal(big2, got))
			more, err := b.RcvMore()
			require.NoError(t, err)
			assert.True(t, more, "RcvMore after a large first part")
			got, err = b.Recv(zmq.DONTWAIT)
			require.NoError(t, err)
			assert.Equal(t, "tail", string(got))
			more, err = b.RcvMore()
			require.NoError(t, err)
			assert.False(t, more)
			sendWithin(t, a, big2, 0)
			require.True(t, bytes.Equal(big2, recvWithin(t, b)))
			more, err = b.RcvMore()
			require.NoError(t, err)
			assert.False(t, more, "RcvMore after a large single part")
		})
	}
}

func TestMessagesBinary(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	cases := map[string][]byte{
		"nul only":     {0},
		"nuls":         {0, 0, 0, 0},
		"leading nul":  []byte("\x00abc"),
		"trailing nul": []byte("abc\x00"),
		"every byte":   all,
		"invalid utf8": []byte{0xff, 0xfe, 0x80, 0xc0},
	}
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			a, b := msgPair(t, tr)
			for name, data := range cases {
				sendWithin(t, a, data, 0)
				assert.Equal(t, data, recvWithin(t, b), name)
			}
			// The received slice is the caller's: changing the sent
			// buffer after Send, or the received one after Recv, changes
			// nothing else.
			buf := []byte("original")
			sendWithin(t, a, buf, 0)
			copy(buf, "XXXXXXXX")
			got := recvWithin(t, b)
			assert.Equal(t, "original", string(got))
			sendWithin(t, a, []byte("second"), 0)
			got2 := recvWithin(t, b)
			assert.Equal(t, "original", string(got), "a later Recv must not overwrite an earlier result")
			assert.Equal(t, "second", string(got2))
		})
	}
}
