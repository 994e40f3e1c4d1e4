// Package interop checks that gozmq talks to other ZeroMQ
// implementations over tcp on 127.0.0.1: pyzmq (libzmq through Python,
// from Debian's python3-zmq) and github.com/go-zeromq/zmq4 (a pure Go
// implementation of ZMTP 3). Each pattern runs in both directions, with
// gozmq binding in one and connecting in the other, and multipart
// messages whose frames must arrive intact.
package interop

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

// count is how many messages each case moves.
const count = 20

// caseTimeout bounds one case.
const caseTimeout = 30 * time.Second

// frames is message i: the same in peer.py.
func frames(i int) [][]byte {
	all := make([]byte, 256)
	for j := range all {
		all[j] = byte(j)
	}
	return [][]byte{[]byte(fmt.Sprintf("msg-%d", i)), {}, all, bytes.Repeat([]byte{byte(i % 256)}, 100000)}
}

// framesNoEmpty is frames without the empty frame, for zmq4's REP and
// REQ: they take everything up to the first empty frame for the
// envelope, so an empty frame in the body cuts it (a zmq4 limitation;
// libzmq keeps the body whole).
func framesNoEmpty(i int) [][]byte {
	f := frames(i)
	return append(f[:1:1], f[2:]...)
}

func reversed(p [][]byte) [][]byte {
	out := make([][]byte, len(p))
	for i := range p {
		out[len(p)-1-i] = p[i]
	}
	return out
}

func sameFrames(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func describe(p [][]byte) string {
	lens := make([]string, len(p))
	for i := range p {
		lens[i] = strconv.Itoa(len(p[i]))
	}
	return fmt.Sprintf("%d frames [%s]", len(p), strings.Join(lens, " "))
}

func freeEndpoint(t *testing.T) string {
	t.Helper()
	return fmt.Sprintf("tcp://127.0.0.1:%d", testutil.FreePort(t))
}

// peer is the other side of a case: it reports "READY", "OK i" and
// "BAD ..." lines, as peer.py prints them.
type peer interface {
	start(t *testing.T, role, endpoint string, bind bool) <-chan string
}

// expectLine waits for a line equal to want, failing on BAD.
func expectLine(t *testing.T, lines <-chan string, want string, deadline time.Time) {
	t.Helper()
	for {
		select {
		case l, ok := <-lines:
			require.True(t, ok, "peer ended before %q", want)
			require.False(t, strings.HasPrefix(l, "BAD"), "peer: %s", l)
			if l == want {
				return
			}
		case <-time.After(time.Until(deadline)):
			t.Fatalf("peer did not report %q in time", want)
		}
	}
}

// pyPeer runs peer.py with a python3 that has pyzmq.
type pyPeer struct{ python string }

func findPython() (string, error) {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		cmd := exec.Command(py, "-c", "import zmq")
		cmd.Dir = os.TempDir()
		if cmd.Run() == nil {
			return py, nil
		}
	}
	return "", errors.New("no python3 with pyzmq found (Debian: apt-get install python3-zmq; make deps does it)")
}

func (p pyPeer) start(t *testing.T, role, endpoint string, bind bool) <-chan string {
	how := "connect"
	if bind {
		how = "bind"
	}
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "peer.py")
	cmd := exec.Command(p.python, script, role, endpoint, how, strconv.Itoa(count))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	lines := make(chan string, 1000)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	return lines
}

// zmq4Peer runs the same roles with go-zeromq/zmq4 in this process.
type zmq4Peer struct{ frames func(int) [][]byte }

func (z zmq4Peer) start(t *testing.T, role, endpoint string, bind bool) <-chan string {
	frames := z.frames
	ctx, cancel := context.WithTimeout(context.Background(), caseTimeout)
	var s zmq4.Socket
	switch role {
	case "req":
		s = zmq4.NewReq(ctx)
	case "rep":
		s = zmq4.NewRep(ctx)
	case "pub":
		s = zmq4.NewPub(ctx)
	case "sub":
		s = zmq4.NewSub(ctx)
	case "push":
		s = zmq4.NewPush(ctx)
	case "pull":
		s = zmq4.NewPull(ctx)
	}
	t.Cleanup(func() {
		cancel()
		s.Close()
	})
	if role == "sub" {
		require.NoError(t, s.SetOption(zmq4.OptionSubscribe, ""))
	}
	if bind {
		require.NoError(t, s.Listen(endpoint))
	} else {
		require.NoError(t, s.Dial(endpoint))
	}
	lines := make(chan string, 1000)
	lines <- "READY"
	go func() {
		defer close(lines)
		bad := func(format string, args ...any) { lines <- "BAD " + fmt.Sprintf(format, args...) }
		recv := func() ([][]byte, bool) {
			m, err := s.Recv()
			if err != nil {
				bad("recv: %v", err)
				return nil, false
			}
			return m.Frames, true
		}
		switch role {
		case "req":
			for i := 0; i < count; i++ {
				if err := s.SendMulti(zmq4.NewMsgFrom(frames(i)...)); err != nil {
					bad("send: %v", err)
					return
				}
				got, ok := recv()
				if !ok {
					return
				}
				if !sameFrames(reversed(got), frames(i)) {
					bad("reply %d: %s", i, describe(got))
					return
				}
				lines <- fmt.Sprintf("OK %d", i)
			}
		case "rep":
			for i := 0; i < count; i++ {
				got, ok := recv()
				if !ok {
					return
				}
				if !sameFrames(got, frames(i)) {
					bad("request %d: %s", i, describe(got))
					return
				}
				if err := s.SendMulti(zmq4.NewMsgFrom(reversed(got)...)); err != nil {
					bad("send: %v", err)
					return
				}
				lines <- fmt.Sprintf("OK %d", i)
			}
		case "push":
			for i := 0; i < count; i++ {
				if err := s.SendMulti(zmq4.NewMsgFrom(frames(i)...)); err != nil {
					bad("send: %v", err)
					return
				}
			}
			lines <- "SENT"
			<-ctx.Done()
		case "pull":
			for i := 0; i < count; i++ {
				got, ok := recv()
				if !ok {
					return
				}
				if !sameFrames(got, frames(i)) {
					bad("message %d: %s", i, describe(got))
					return
				}
				lines <- fmt.Sprintf("OK %d", i)
			}
		case "pub":
			for i := 0; ctx.Err() == nil; i++ {
				if err := s.SendMulti(zmq4.NewMsgFrom(frames(i)...)); err != nil {
					return
				}
				time.Sleep(10 * time.Millisecond)
			}
		case "sub":
			first, prev := -1, -1
			for {
				got, ok := recv()
				if !ok {
					return
				}
				n, err := strconv.Atoi(strings.TrimPrefix(string(got[0]), "msg-"))
				if err != nil || !sameFrames(got, frames(n)) {
					bad("message: %s", describe(got))
					return
				}
				if first < 0 {
					first = n
				} else if n != prev+1 {
					bad("gap: %d after %d", n, prev)
					return
				}
				prev = n
				lines <- fmt.Sprintf("OK %d", n-first)
				if n-first+1 >= count {
					return
				}
			}
		}
	}()
	return lines
}

// gozmqSocket makes gozmq's socket for role, bound or connected.
func gozmqSocket(t *testing.T, role, endpoint string, bind bool) *zmq.Socket {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	t.Cleanup(ctx.Close)
	typ := map[string]zmq.SocketType{"req": zmq.REQ, "rep": zmq.REP, "pub": zmq.PUB, "sub": zmq.SUB,
		"push": zmq.PUSH, "pull": zmq.PULL}[role]
	s, err := ctx.NewSocket(typ)
	require.NoError(t, err)
	require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
	if role == "sub" {
		require.NoError(t, s.SetSockOptString(zmq.SUBSCRIBE, ""))
	}
	if bind {
		require.NoError(t, s.Bind(endpoint))
	} else {
		require.NoError(t, s.Connect(endpoint))
	}
	return s
}

// gozmqOpen makes gozmq's socket for role, bound or connected, and
// returns its send and receive, every blocking step bounded by deadline.
func gozmqOpen(t *testing.T, role, endpoint string, bind bool, deadline time.Time) (send func([][]byte), recv func() [][]byte) {
	s := gozmqSocket(t, role, endpoint, bind)
	wait := func(ev zmq.PollEvents) {
		n, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: ev}}, time.Until(deadline))
		require.NoError(t, err)
		require.Equal(t, 1, n, "gozmq %s socket not ready for %v in time", role, ev)
	}
	send = func(p [][]byte) {
		wait(zmq.POLLOUT)
		require.NoError(t, s.SendMultipart(p, zmq.DONTWAIT))
	}
	recv = func() [][]byte {
		wait(zmq.POLLIN)
		p, err := s.RecvMultipart(zmq.DONTWAIT)
		require.NoError(t, err)
		return p
	}
	return send, recv
}

// playRole plays role with send and recv against a peer that reports
// its progress on lines.
func playRole(t *testing.T, role string, send func([][]byte), recv func() [][]byte, frames func(int) [][]byte, lines <-chan string, deadline time.Time) {
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

// opener makes our side's socket for role, bound or connected, and
// returns its send and receive, bounded by deadline.
type opener func(t *testing.T, role, endpoint string, bind bool, deadline time.Time) (send func([][]byte), recv func() [][]byte)

// runCases runs every pattern both ways with open as our side (named
// side in the test names); peerFor gives the peer and the messages for
// a pattern (named by its sending socket type).
func runCases(t *testing.T, side string, open opener, peerFor func(pattern string) (peer, func(int) [][]byte)) {
	patterns := [][2]string{{"req", "rep"}, {"pub", "sub"}, {"push", "pull"}}
	for _, pat := range patterns {
		for dir := 0; dir < 2; dir++ {
			ourRole, peerRole := pat[dir], pat[1-dir]
			// The receiving side binds: we bind in one direction and
			// connects in the other.
			weBind := dir == 1
			t.Run(fmt.Sprintf("%s-%s/peer-%s", side, ourRole, peerRole), func(t *testing.T) {
				p, msgs := peerFor(pat[0])
				deadline := time.Now().Add(caseTimeout)
				ep := freeEndpoint(t)
				// The binder goes first: zmq4's Dial gives up if nobody
				// listens yet.
				var send func([][]byte)
				var recv func() [][]byte
				if weBind {
					send, recv = open(t, ourRole, ep, true, deadline)
				}
				lines := p.start(t, peerRole, ep, !weBind)
				t.Cleanup(func() {
					// Say what the peer said last, to explain a failure.
					if t.Failed() {
						for {
							select {
							case l, ok := <-lines:
								if !ok {
									return
								}
								t.Logf("peer said: %s", l)
								continue
							default:
							}
							return
						}
					}
				})
				expectLine(t, lines, "READY", deadline)
				if !weBind {
					send, recv = open(t, ourRole, ep, false, deadline)
				}
				playRole(t, ourRole, send, recv, msgs, lines, deadline)
			})
		}
	}
}

// againstPyzmq runs every case with open as our side (named side)
// against pyzmq.
func againstPyzmq(t *testing.T, side string, open opener) {
	if err := zmq.LibraryError(); err != nil {
		t.Skipf("libzmq not loadable: %v", err)
	}
	py, err := findPython()
	if err != nil {
		t.Skip(err.Error())
	}
	runCases(t, side, open, func(string) (peer, func(int) [][]byte) { return pyPeer{python: py}, frames })
}

// againstZmq4 runs every case with open as our side (named side)
// against go-zeromq/zmq4.
func againstZmq4(t *testing.T, side string, open opener) {
	if err := zmq.LibraryError(); err != nil {
		t.Skipf("libzmq not loadable: %v", err)
	}
	if maj, min, patch := zmq.Version(); maj < 4 {
		t.Skipf("go-zeromq/zmq4 speaks only ZMTP 3, which libzmq %d.%d.%d lacks (needs 4.0)", maj, min, patch)
	}
	runCases(t, side, open, func(pattern string) (peer, func(int) [][]byte) {
		if pattern == "req" {
			return zmq4Peer{framesNoEmpty}, framesNoEmpty
		}
		return zmq4Peer{frames}, frames
	})
}

func TestInteropPyzmq(t *testing.T) { againstPyzmq(t, "gozmq", gozmqOpen) }

func TestInteropZmq4(t *testing.T) { againstZmq4(t, "gozmq", gozmqOpen) }
