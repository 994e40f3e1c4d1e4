package interop

// The same cases with the gozeromq face (go-zeromq/zmq4's API over
// libzmq) as the gozmq side: against pyzmq, and against go-zeromq/zmq4
// itself, so a program moved to the face still talks to the pure-Go
// implementation it came from.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	face "github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/zmq"
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

// faceSide plays role on s; the socket's context ends at the deadline,
// which wakes a blocked Recv.
func faceSide(t *testing.T, s face.Socket, role string, frames func(int) [][]byte, lines <-chan string, deadline time.Time) {
	send := func(p [][]byte) { require.NoError(t, s.Send(face.NewMsgFrom(p...))) }
	recv := func() [][]byte {
		for {
			m, err := s.Recv()
			if errors.Is(err, io.EOF) {
				continue // a lost connection; libzmq reconnects
			}
			require.NoError(t, err, "face %s Recv", role)
			return m.Frames
		}
	}
	switch role {
	case "req":
		for i := 0; i < count; i++ {
			send(frames(i))
			got := recv()
			require.True(t, sameFrames(reversed(got), frames(i)), "reply %d: %s", i, describe(got))
		}
	case "rep":
		for i := 0; i < count; i++ {
			got := recv()
			require.True(t, sameFrames(got, frames(i)), "request %d: %s", i, describe(got))
			send(reversed(got))
		}
		expectLine(t, lines, fmt.Sprintf("OK %d", count-1), deadline)
	case "push":
		for i := 0; i < count; i++ {
			send(frames(i))
		}
		expectLine(t, lines, fmt.Sprintf("OK %d", count-1), deadline)
	case "pull":
		for i := 0; i < count; i++ {
			got := recv()
			require.True(t, sameFrames(got, frames(i)), "message %d: %s", i, describe(got))
		}
	case "pub":
		done := make(chan struct{})
		go func() {
			defer close(done)
			expectLine(t, lines, fmt.Sprintf("OK %d", count-1), deadline)
		}()
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case <-time.After(10 * time.Millisecond):
			}
			send(frames(i))
		}
	case "sub":
		first, prev := -1, -1
		for {
			got := recv()
			n, err := strconv.Atoi(strings.TrimPrefix(string(got[0]), "msg-"))
			require.NoError(t, err)
			require.True(t, sameFrames(got, frames(n)), "message: %s", describe(got))
			if first < 0 {
				first = n
			} else {
				require.Equal(t, prev+1, n, "gap in the subscription")
			}
			prev = n
			if n-first+1 >= count {
				return
			}
		}
	}
}

// runFaceCases is runCases with the face as the gozmq side.
func runFaceCases(t *testing.T, peerFor func(pattern string) (peer, func(int) [][]byte)) {
	patterns := [][2]string{{"req", "rep"}, {"pub", "sub"}, {"push", "pull"}}
	for _, pat := range patterns {
		for dir := 0; dir < 2; dir++ {
			faceRole, peerRole := pat[dir], pat[1-dir]
			faceBinds := dir == 1
			t.Run(fmt.Sprintf("face-%s/peer-%s", faceRole, peerRole), func(t *testing.T) {
				p, msgs := peerFor(pat[0])
				deadline := time.Now().Add(caseTimeout)
				ep := freeEndpoint(t)
				var s face.Socket
				if faceBinds {
					s = faceSocket(t, faceRole, ep, true, deadline)
				}
				lines := p.start(t, peerRole, ep, !faceBinds)
				expectLine(t, lines, "READY", deadline)
				if !faceBinds {
					s = faceSocket(t, faceRole, ep, false, deadline)
				}
				faceSide(t, s, faceRole, msgs, lines, deadline)
			})
		}
	}
}

func TestInteropFacePyzmq(t *testing.T) {
	if err := zmq.LibraryError(); err != nil {
		t.Skipf("libzmq not loadable: %v", err)
	}
	py, err := findPython()
	if err != nil {
		t.Skip(err.Error())
	}
	runFaceCases(t, func(string) (peer, func(int) [][]byte) { return pyPeer{python: py}, frames })
}

func TestInteropFaceZmq4(t *testing.T) {
	if err := zmq.LibraryError(); err != nil {
		t.Skipf("libzmq not loadable: %v", err)
	}
	if maj, _, _ := zmq.Version(); maj < 4 {
		t.Skip("go-zeromq/zmq4 speaks only ZMTP 3 (libzmq 4.0)")
	}
	runFaceCases(t, func(pattern string) (peer, func(int) [][]byte) {
		if pattern == "req" {
			return zmq4Peer{framesNoEmpty}, framesNoEmpty
		}
		return zmq4Peer{frames}, frames
	})
}
