package interop

// The same cases with the gozeromq face (go-zeromq/zmq4's API over
// libzmq) as the gozmq side: against pyzmq, and against go-zeromq/zmq4
// itself, so a program moved to the face still talks to the pure-Go
// implementation it came from.

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	face "github.com/gozmq/gozmq/gozeromq/zmq4"
)

// faceSocket makes the face's socket for role, listening or dialed.
func faceSocket(t *testing.T, role, endpoint string, bind bool, deadline time.Time) face.Socket {
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	t.Cleanup(cancel)
	mk := map[string]func(context.Context, ...face.Option) face.Socket{"req": face.NewReq, "rep": face.NewRep,
		"pub": face.NewPub, "sub": face.NewSub, "push": face.NewPush, "pull": face.NewPull}[role]
	s := mk(ctx, face.WithTimeout(time.Until(deadline)))
	t.Cleanup(func() { s.Close() })
	if bind {
		require.NoError(t, s.Listen(endpoint))
	} else {
		require.NoError(t, s.Dial(endpoint))
	}
	if role == "sub" {
		require.NoError(t, s.SetOption(face.OptionSubscribe, ""))
	}
	return s
}

// faceOpen makes the face's socket for role and returns its send and
// receive; the socket's context ends at the deadline, which wakes a
// blocked Recv.
func faceOpen(t *testing.T, role, endpoint string, bind bool, deadline time.Time) (send func([][]byte), recv func() [][]byte) {
	s := faceSocket(t, role, endpoint, bind, deadline)
	send = func(p [][]byte) { require.NoError(t, s.Send(face.NewMsgFrom(p...))) }
	recv = func() [][]byte {
		for {
			m, err := s.Recv()
			if errors.Is(err, io.EOF) {
				continue // a lost connection; libzmq reconnects
			}
			require.NoError(t, err, "face %s Recv", role)
			return m.Frames
		}
	}
	return send, recv
}

func TestInteropFacePyzmq(t *testing.T) { againstPyzmq(t, "face", faceOpen) }

func TestInteropFaceZmq4(t *testing.T) { againstZmq4(t, "face", faceOpen) }
