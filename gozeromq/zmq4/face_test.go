package zmq4_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/curve"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/null"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/plain"
	"github.com/gozmq/gozmq/gozeromq/zmq4/transport"
	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

var transports = []string{"inproc", "ipc", "tcp"}

// patterns are the cases of TestPatterns: the constructors of the
// listening and the dialing socket, and what to check once connected.
var patterns = []struct {
	name             string
	listener, dialer newSocket
	check            func(t *testing.T, l, d zmq4.Socket)
}{
	{"pair", zmq4.NewPair, zmq4.NewPair, checkPair},
	{"req-rep", zmq4.NewRep, zmq4.NewReq, checkReqRep},
	{"dealer-router", zmq4.NewRouter, newDealer1, checkDealerRouter},
	{"push-pull", zmq4.NewPull, zmq4.NewPush, checkPushPull},
	{"pub-sub", zmq4.NewPub, zmq4.NewSub, checkPubSub},
	{"xpub-xsub", zmq4.NewXPub, zmq4.NewXSub, checkXPubXSub},
}

// TestPatterns runs every socket pattern over every transport.
func TestPatterns(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			for _, p := range patterns {
				t.Run(p.name, func(t *testing.T) {
					ctx := testCtx(t)
					l, d := p.listener(ctx), p.dialer(ctx)
					connect(t, tr, l, d)
					p.check(t, l, d)
				})
			}
		})
	}
}

func checkPair(t *testing.T, a, b zmq4.Socket) {
	require.NoError(t, b.Send(zmq4.NewMsgString("ping")))
	assert.Equal(t, zmq4.NewMsgString("ping"), mustRecv(t, a))
	require.NoError(t, a.SendMulti(zmq4.NewMsgFromString([]string{"po", "ng"})))
	assert.Equal(t, [][]byte{[]byte("po"), []byte("ng")}, mustRecv(t, b).Frames)
}

func checkReqRep(t *testing.T, rep, req zmq4.Socket) {
	for i := 0; i < 3; i++ {
		require.NoError(t, req.Send(zmq4.NewMsgFrom([]byte("a"), []byte("b"))))
		assert.Equal(t, zmq4.NewMsgFrom([]byte("a"), []byte("b")), mustRecv(t, rep))
		require.NoError(t, rep.Send(zmq4.NewMsgString("ok")))
		assert.Equal(t, zmq4.NewMsgString("ok"), mustRecv(t, req))
	}
}

// newDealer1 is a DEALER with identity "dealer-1".
func newDealer1(ctx context.Context, opts ...zmq4.Option) zmq4.Socket {
	return zmq4.NewDealer(ctx, append(opts, zmq4.WithID(zmq4.SocketIdentity("dealer-1")))...)
}

func checkDealerRouter(t *testing.T, router, dealer zmq4.Socket) {
	require.NoError(t, dealer.Send(zmq4.NewMsgString("hi")))
	m := mustRecv(t, router)
	require.Len(t, m.Frames, 2)
	assert.Equal(t, "dealer-1", string(m.Frames[0]), "WithID is the identity the ROUTER sees")
	require.NoError(t, router.Send(zmq4.NewMsgFrom(m.Frames[0], []byte("back"))))
	assert.Equal(t, "back", string(mustRecv(t, dealer).Frames[0]))
}

func checkPushPull(t *testing.T, pull, push zmq4.Socket) {
	for i := 0; i < 100; i++ {
		require.NoError(t, push.Send(zmq4.NewMsg([]byte{byte(i)})))
	}
	for i := 0; i < 100; i++ {
		assert.Equal(t, []byte{byte(i)}, mustRecv(t, pull).Frames[0])
	}
	_, err := push.Recv()
	assert.Error(t, err, "PUSH cannot receive")
	assert.Error(t, pull.Send(zmq4.NewMsgString("x")), "PULL cannot send")
}

func checkPubSub(t *testing.T, pub, sub zmq4.Socket) {
	require.NoError(t, sub.SetOption(zmq4.OptionSubscribe, "a"))
	assert.Equal(t, []string{"a"}, sub.(zmq4.Topics).Topics())
	if !atLeast(3, 0) {
		pubSubPre3(t, pub, sub)
		return
	}
	// Subscriptions travel asynchronously: publish until one arrives.
	deadline := time.Now().Add(testTimeout)
	for len(pub.(zmq4.Topics).Topics()) == 0 {
		require.True(t, time.Now().Before(deadline), "the subscription never reached the PUB")
		time.Sleep(5 * time.Millisecond)
	}
	assert.Equal(t, []string{"a"}, pub.(zmq4.Topics).Topics())
	require.NoError(t, pub.Send(zmq4.NewMsgString("b-skipped")))
	require.NoError(t, pub.Send(zmq4.NewMsgString("a-kept")))
	assert.Equal(t, "a-kept", string(mustRecv(t, sub).Frames[0]))
	_, err := pub.Recv()
	assert.Error(t, err, "PUB cannot receive")
	assert.Error(t, sub.Send(zmq4.NewMsgString("x")), "SUB cannot send")
	require.NoError(t, sub.SetOption(zmq4.OptionUnsubscribe, "a"))
	assert.Empty(t, sub.(zmq4.Topics).Topics())
}

func checkXPubXSub(t *testing.T, xpub, xsub zmq4.Socket) {
	if !atLeast(3, 0) {
		_, err := xpub.Recv()
		var ve *zmq.VersionError
		require.ErrorAs(t, err, &ve)
		t.Skipf("skipped-by-version: %v", err)
	}
	require.NoError(t, xsub.Send(zmq4.NewMsg([]byte("\x01top"))))
	assert.Equal(t, "\x01top", string(mustRecv(t, xpub).Frames[0]))
	assert.Equal(t, []string{"top"}, xpub.(zmq4.Topics).Topics())
	exchange(t, xpub, xsub, "topic 1")
}

// TestMsg covers the message helpers.
func TestMsg(t *testing.T) {
	m := zmq4.NewMsgFrom([]byte("ab"), []byte("c"))
	assert.Equal(t, `Msg{Frames:{"ab", "c"}}`, m.String())
	assert.Equal(t, []byte("abc"), m.Bytes())
	c := m.Clone()
	c.Frames[0][0] = 'X'
	assert.Equal(t, byte('a'), m.Frames[0][0], "Clone copies the frames")
	assert.NoError(t, m.Err())
	assert.Equal(t, zmq4.UsrMsg, m.Type)
	assert.Equal(t, [][]byte{nil, []byte("x")}, zmq4.NewMsgFromString([]string{"", "x"}).Frames)
	assert.Equal(t, "id", zmq4.SocketIdentity("id").String())
	assert.Len(t, zmq4.SocketIdentity(strings.Repeat("x", 300)).String(), 255)
	assert.True(t, zmq4.Req.IsCompatible(zmq4.Router))
	assert.False(t, zmq4.Req.IsCompatible(zmq4.Pull))

	md := zmq4.Metadata{"Socket-Type": "REQ", "Identity": "me"}
	raw, err := md.MarshalZMTP()
	require.NoError(t, err)
	var back zmq4.Metadata
	require.NoError(t, back.UnmarshalZMTP(raw))
	assert.Equal(t, md, back)

	q := zmq4.NewQueue()
	for i := 0; i < 10; i++ {
		q.Push(zmq4.NewMsg([]byte{byte(i)}))
	}
	for i := 0; i < 10; i++ {
		m, ok := q.Peek()
		require.True(t, ok)
		assert.Equal(t, []byte{byte(i)}, m.Frames[0])
		q.Pop()
	}
	assert.Equal(t, 0, q.Len())
}

// TestOptions checks that the options reach libzmq.
func TestOptions(t *testing.T) {
	ctx := testCtx(t)
	s := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("me")), zmq4.WithTimeout(1500*time.Millisecond),
		zmq4.WithDialerRetry(70*time.Millisecond), zmq4.WithSendBufferSize(65536), zmq4.WithRecvBufferSize(32768),
		zmq4.WithLogger(nil), zmq4.WithAutomaticReconnect(true), zmq4.WithSecurity(nil))
	closeAll(t, s)
	z := zmq4.LibzmqSocket(s)
	require.NotNil(t, z)
	id, err := z.Identity()
	require.NoError(t, err)
	assert.Equal(t, "me", id)
	if to, err := z.SndTimeout(); atLeast(2, 2) {
		require.NoError(t, err)
		assert.Equal(t, 1500*time.Millisecond, to)
	} else {
		var ve *zmq.VersionError
		require.ErrorAs(t, err, &ve, "2.1 has no SNDTIMEO: the face keeps WithTimeout itself (TestSendTimeout)")
	}
	ivl, err := z.ReconnectIvl()
	require.NoError(t, err)
	assert.Equal(t, 70*time.Millisecond, ivl)
	buf, err := z.SndBuf()
	require.NoError(t, err)
	assert.EqualValues(t, 65536, buf)

	require.NoError(t, s.SetOption(zmq4.OptionHWM, 7))
	hwm, err := z.SndHWM()
	require.NoError(t, err)
	assert.Equal(t, 7, hwm)
	assert.ErrorIs(t, s.SetOption(zmq4.OptionHWM, "7"), zmq4.ErrBadProperty)
	v, err := s.GetOption(zmq4.OptionHWM)
	require.NoError(t, err)
	assert.Equal(t, "7", v, "GetOption returns what was last set")
	_, err = s.GetOption("NOPE")
	assert.ErrorIs(t, err, zmq4.ErrBadProperty)
	assert.Nil(t, s.Addr(), "a socket that never listened has no Addr")

	pub := zmq4.NewPub(ctx)
	closeAll(t, pub)
	assert.ErrorIs(t, pub.SetOption("OTHER", 1), zmq4.ErrBadProperty)
}

// TestSendTimeout: a Send that cannot queue returns
// context.DeadlineExceeded after WithTimeout.
func TestSendTimeout(t *testing.T) {
	push := zmq4.NewPush(testCtx(t), zmq4.WithTimeout(100*time.Millisecond))
	closeAll(t, push)
	err := within(t, testTimeout, "Send", func() error { return push.Send(zmq4.NewMsgString("nobody")) })
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

// TestAddr: Addr is a real net.Addr of the bound endpoint.
func TestAddr(t *testing.T) {
	ctx := testCtx(t)
	a, b, c := zmq4.NewPair(ctx), zmq4.NewPair(ctx), zmq4.NewPair(ctx)
	closeAll(t, a, b, c)
	require.NoError(t, a.Listen("tcp://127.0.0.1:*"))
	ta, ok := a.Addr().(*net.TCPAddr)
	require.True(t, ok, "tcp gives a *net.TCPAddr, not %T", a.Addr())
	assert.NotZero(t, ta.Port)
	assert.Equal(t, "127.0.0.1", ta.IP.String())
	ipc := endpoint(t, "ipc")
	require.NoError(t, b.Listen(ipc))
	ua, ok := b.Addr().(*net.UnixAddr)
	require.True(t, ok, "ipc gives a *net.UnixAddr, not %T", b.Addr())
	assert.Equal(t, strings.TrimPrefix(ipc, "ipc://"), ua.Name)
	require.NoError(t, c.Listen("inproc://face-addr"))
	assert.Equal(t, "inproc", c.Addr().Network())
	assert.Equal(t, "face-addr", c.Addr().String())
}

// TestDialRefused: with retries exhausted, Dial to a closed port fails,
// as go-zeromq's does, instead of connecting in the background.
func TestDialRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ep := "tcp://" + l.Addr().String()
	l.Close()
	s := zmq4.NewReq(testCtx(t), zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithDialerMaxRetries(2))
	closeAll(t, s)
	err = within(t, testTimeout, "Dial", func() error { return s.Dial(ep) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "could not dial")
}

// TestDialIncompatible: on 4.3, a handshake refused for the socket types
// fails Dial with go-zeromq's message.
func TestDialIncompatible(t *testing.T) {
	if !atLeast(4, 3) {
		t.Skip("skipped-by-version: libzmq before 4.3 does not report handshakes; Dial returns once connected")
	}
	ctx := testCtx(t)
	srv, wrong := zmq4.NewPair(ctx), zmq4.NewSub(ctx)
	closeAll(t, srv, wrong)
	ep := listen(t, srv, endpoint(t, "tcp"))
	err := within(t, testTimeout, "Dial", func() error { return wrong.Dial(ep) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), `peer="PAIR" not compatible with "SUB"`)
}

// TestCancelWakesRecv: cancelling the constructor's context closes the
// socket and wakes a blocked Recv and Send.
func TestCancelWakesRecv(t *testing.T) {
	for _, tr := range transports {
		t.Run(tr, func(t *testing.T) {
			ctx, cancel := context.WithCancel(testCtx(t))
			pull := zmq4.NewPull(ctx)
			push := zmq4.NewPush(ctx)
			closeAll(t, pull, push)
			listen(t, pull, endpoint(t, tr))
			time.AfterFunc(50*time.Millisecond, cancel)
			_, err := recvWithin(t, pull, testTimeout)
			assert.ErrorIs(t, err, context.Canceled)
			err = within(t, testTimeout, "Send", func() error { return push.Send(zmq4.NewMsgString("x")) })
			assert.ErrorIs(t, err, context.Canceled)
			_, err = pull.Recv()
			assert.ErrorIs(t, err, context.Canceled, "Recv after the context ended")
		})
	}
}

// TestCloseWakesRecv: Close from another goroutine wakes a blocked Recv
// and a blocked Send.
func TestCloseWakesRecv(t *testing.T) {
	ctx := testCtx(t)
	rep := zmq4.NewRep(ctx)
	push := zmq4.NewPush(ctx, zmq4.WithTimeout(time.Hour))
	listen(t, rep, endpoint(t, "tcp"))
	time.AfterFunc(50*time.Millisecond, func() { rep.Close(); push.Close() })
	_, err := recvWithin(t, rep, testTimeout)
	assert.Error(t, err)
	err = within(t, testTimeout, "Send", func() error { return push.Send(zmq4.NewMsgString("x")) })
	assert.Error(t, err)
	assert.NoError(t, rep.Close(), "Close twice")
}

// TestLostPeerEOF: losing a connection makes one Recv return io.EOF, as in
// go-zeromq; libzmq reconnects, and messages flow again.
func TestLostPeerEOF(t *testing.T) {
	skipWithoutMonitor(t)
	ctx := testCtx(t)
	pub, sub := zmq4.NewPub(ctx), zmq4.NewSub(ctx, zmq4.WithDialerRetry(20*time.Millisecond))
	ep := connect(t, "tcp", pub, sub)
	require.NoError(t, sub.SetOption(zmq4.OptionSubscribe, ""))
	pub.Close()
	_, err := recvWithin(t, sub, testTimeout)
	assert.ErrorIs(t, err, io.EOF)

	pub2 := zmq4.NewPub(ctx)
	closeAll(t, pub2)
	require.NoError(t, pub2.Listen(ep))
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				pub2.Send(zmq4.NewMsgString("again"))
			}
		}
	}()
	m := mustRecv(t, sub)
	assert.Equal(t, "again", string(m.Frames[0]))
}

// TestSecurityNullPlain: NULL and PLAIN between sockets of the face.
func TestSecurityNullPlain(t *testing.T) {
	if !atLeast(4, 0) {
		t.Skip("skipped-by-version: PLAIN needs libzmq 4.0")
	}
	for _, tc := range []struct {
		name     string
		srv, cli zmq4.Security
	}{
		{"null", null.Security(), null.Security()},
		{"plain", plain.Security("", ""), plain.Security("user", "secret")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			rep := zmq4.NewRep(ctx, zmq4.WithSecurity(tc.srv))
			req := zmq4.NewReq(ctx, zmq4.WithSecurity(tc.cli))
			connect(t, "tcp", rep, req)
			exchange(t, req, rep, "hello")
			exchange(t, rep, req, "world")
			mech, err := zmq4.LibzmqSocket(req).Mechanism()
			require.NoError(t, err)
			assert.Equal(t, map[string]int{"null": 0, "plain": 1}[tc.name], mech)
		})
	}
	var buf strings.Builder
	n, err := plain.Security("u", "p").Encrypt(&buf, []byte("abc"))
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	assert.Error(t, null.Security().Handshake(&zmq4.Conn{}, true))
}

// TestSecurityCurve: CURVE, which go-zeromq never had, encrypts; a
// client with the wrong server key never gets in.
func TestSecurityCurve(t *testing.T) {
	if !zmq.Has("curve") {
		t.Skip("skipped: this libzmq was built without CURVE")
	}
	srvPub, srvSec, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	cliPub, cliSec, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	ctx := testCtx(t)
	rep := zmq4.NewRep(ctx, zmq4.WithSecurity(curve.Security(srvPub, srvSec, "")))
	req := zmq4.NewReq(ctx, zmq4.WithSecurity(curve.Security(cliPub, cliSec, srvPub)))
	ep := connect(t, "tcp", rep, req)
	exchange(t, req, rep, "secret")
	assert.Equal(t, zmq4.CurveSecurity, curve.Security(cliPub, cliSec, srvPub).Type())

	otherPub, _, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	bad := zmq4.NewReq(ctx, zmq4.WithSecurity(curve.Security(cliPub, cliSec, otherPub)),
		zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithDialerMaxRetries(3))
	closeAll(t, bad)
	err = within(t, testTimeout, "Dial", func() error { return bad.Dial(ep) })
	if atLeast(4, 3) {
		assert.Error(t, err, "a client with the wrong server key must not get in")
	}
	noKey := zmq4.NewReq(ctx, zmq4.WithSecurity(curve.Security(cliPub, cliSec, "")))
	closeAll(t, noKey)
	assert.Error(t, noKey.Dial(ep), "a CURVE client needs the server key")
}

// userSecurity is a Security written outside the module.
type userSecurity struct{}

func (userSecurity) Type() zmq4.SecurityType                    { return "MINE" }
func (userSecurity) Handshake(*zmq4.Conn, bool) error           { return nil }
func (userSecurity) Encrypt(w io.Writer, d []byte) (int, error) { return w.Write(d) }
func (userSecurity) Decrypt(w io.Writer, d []byte) (int, error) { return w.Write(d) }

// TestUserSecurityRefused: libzmq cannot run a Security written in Go.
func TestUserSecurityRefused(t *testing.T) {
	s := zmq4.NewPair(testCtx(t), zmq4.WithSecurity(userSecurity{}))
	closeAll(t, s)
	err := s.Listen("tcp://127.0.0.1:*")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot run inside libzmq")
	assert.Error(t, s.Dial("tcp://127.0.0.1:1"))
}

// goTransport counts its dials and always fails.
type goTransport struct{ dials int }

func (g *goTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	g.dials++
	return nil, errors.New("no")
}
func (g *goTransport) Listen(context.Context, string) (net.Listener, error) { return nil, nil }
func (g *goTransport) Addr(ep string) (string, error)                       { return ep, nil }

// TestTransports: libzmq's transports are listed; a Go transport is
// dialed as go-zeromq would, then refused; unknown ones are named.
func TestTransports(t *testing.T) {
	names := zmq4.Transports()
	for _, n := range []string{"inproc", "ipc", "tcp"} {
		assert.Contains(t, names, n)
	}
	assert.Error(t, zmq4.RegisterTransport("tcp", transport.New("tcp")), "duplicate")
	g := &goTransport{}
	name := fmt.Sprintf("face-test-go-%d", epSeq.Add(1)) // -count=N registers anew
	require.NoError(t, zmq4.RegisterTransport(name, g))
	s := zmq4.NewPair(testCtx(t), zmq4.WithDialerRetry(time.Millisecond), zmq4.WithDialerMaxRetries(4))
	closeAll(t, s)
	assert.Error(t, s.Dial(name+"://x"))
	assert.Equal(t, 5, g.dials)
	assert.Error(t, s.Listen(name+"://x"))
	var ute zmq4.UnknownTransportError
	assert.ErrorAs(t, s.Dial("nope://x"), &ute)
	assert.Equal(t, "nope", ute.Name)
}

// TestProxy: NewProxy moves messages front to back and copies them to
// capture (without the control commands); Kill ends Run with nil and a
// cancelled context with its error.
func TestProxy(t *testing.T) {
	ctx := testCtx(t)
	var stats bytes.Buffer
	in, front := zmq4.NewPush(ctx), zmq4.NewPull(ctx, zmq4.WithLogger(log.New(&stats, "", 0)))
	back, out := zmq4.NewPush(ctx), zmq4.NewPull(ctx)
	capt, captOut := zmq4.NewPush(ctx), zmq4.NewPull(ctx)
	closeAll(t, in, front, back, out, capt, captOut)
	require.NoError(t, in.Dial(listen(t, front, endpoint(t, "inproc"))))
	require.NoError(t, out.Dial(listen(t, back, endpoint(t, "tcp"))))
	require.NoError(t, capt.Dial(listen(t, captOut, endpoint(t, "ipc"))))

	p := zmq4.NewProxy(ctx, front, back, capt)
	p.Pause()
	p.Resume()
	p.Stats()
	require.NoError(t, in.Send(zmq4.NewMsgFrom([]byte("a"), []byte("b"))))
	want := zmq4.NewMsgFrom([]byte("a"), []byte("b"))
	assert.Equal(t, want, mustRecv(t, out))
	assert.Equal(t, want, mustRecv(t, captOut), "capture sees the message, not the commands")
	p.Kill()
	assert.NoError(t, within(t, testTimeout, "Run", p.Run))
	assert.Contains(t, stats.String(), "proxy statistics", "Stats writes to the frontend's logger")

	cctx, cancel := context.WithCancel(ctx)
	p2 := zmq4.NewProxy(cctx, front, back, nil)
	cancel()
	assert.ErrorIs(t, within(t, testTimeout, "Run", p2.Run), context.Canceled)
}

// TestZAPChecksPlain runs in a child process, since ZAP changes what
// every PLAIN server of the process accepts.
func TestZAPChecksPlain(t *testing.T) {
	if !atLeast(4, 0) {
		t.Skip("skipped-by-version: ZAP needs libzmq 4.0")
	}
	if !testutil.InChild(t) {
		testutil.RunChild(t, 3*testTimeout)
		return
	}
	auth, err := zmq4.ZAP()
	require.NoError(t, err)
	auth.SetPlainUsers(zmq.AnyDomain, map[string]string{"user": "secret"})
	ctx := testCtx(t)
	rep := zmq4.NewRep(ctx, zmq4.WithSecurity(plain.Security("", "")))
	good := zmq4.NewReq(ctx, zmq4.WithSecurity(plain.Security("user", "secret")))
	ep := connect(t, "tcp", rep, good)
	exchange(t, good, rep, "in")

	if atLeast(4, 3) {
		bad := zmq4.NewReq(ctx, zmq4.WithSecurity(plain.Security("user", "wrong")),
			zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithDialerMaxRetries(2))
		closeAll(t, bad)
		err = within(t, testTimeout, "Dial", func() error { return bad.Dial(ep) })
		require.Error(t, err)
	}
}

// TestMessagesEqualGoZeromq: received messages compare equal, with
// reflect.DeepEqual, to the ones built with the constructors, as
// go-zeromq's tests and programs expect.
func TestMessagesEqualGoZeromq(t *testing.T) {
	ctx := testCtx(t)
	a, b := zmq4.NewPair(ctx), zmq4.NewPair(ctx)
	connect(t, "inproc", a, b)
	for _, m := range []zmq4.Msg{
		zmq4.NewMsgString("one"),
		zmq4.NewMsgFrom([]byte("x"), []byte("y"), []byte("z")),
		zmq4.NewMsgFrom([]byte{}, []byte("after empty")),
	} {
		require.NoError(t, b.Send(m))
		got := mustRecv(t, a)
		assert.True(t, reflect.DeepEqual(got, m), "got %#v, want %#v", got, m)
	}
}

// TestServerIgnoresLostClient: a ROUTER or REP server is not told when a
// client leaves, as in go-zeromq; it serves the next client.
func TestServerIgnoresLostClient(t *testing.T) {
	ctx := testCtx(t)
	rep, c1 := zmq4.NewRep(ctx), zmq4.NewReq(ctx)
	ep := connect(t, "tcp", rep, c1)
	exchange(t, c1, rep, "one")
	exchange(t, rep, c1, "ok")
	c1.Close()
	time.Sleep(50 * time.Millisecond) // let the server see the loss
	c2 := zmq4.NewReq(ctx)
	closeAll(t, c2)
	require.NoError(t, within(t, testTimeout, "Dial", func() error { return c2.Dial(ep) }))
	exchange(t, c2, rep, "two", "no io.EOF for the lost client")
}

// TestGoStyleAddresses: addresses Go's net package takes and libzmq does
// not ("localhost", an empty host, IPv6 literals) work as in go-zeromq.
func TestGoStyleAddresses(t *testing.T) {
	for _, ep := range []string{"tcp://localhost:0", "tcp://:0", "tcp://[::1]:0"} {
		t.Run(ep, func(t *testing.T) {
			ctx := testCtx(t)
			a, b := zmq4.NewPair(ctx), zmq4.NewPair(ctx)
			closeAll(t, a, b)
			err := a.Listen(ep)
			if err != nil && strings.Contains(ep, "::1") {
				t.Skipf("no IPv6 loopback here: %v", err)
			}
			require.NoError(t, err)
			ta, ok := a.Addr().(*net.TCPAddr)
			require.True(t, ok)
			require.NotZero(t, ta.Port)
			dial := "tcp://" + a.Addr().String()
			if ta.IP.IsUnspecified() {
				dial = "tcp://localhost:" + strconv.Itoa(ta.Port)
			}
			require.NoError(t, within(t, testTimeout, "Dial", func() error { return b.Dial(dial) }))
			exchange(t, b, a, "hi")
		})
	}
}

// TestPre43DialPath runs Dial's path for libzmq before 4.3 (no handshake
// events: Dial returns once connected) on whatever release is loaded.
func TestPre43DialPath(t *testing.T) {
	defer zmq4.SetPre43Events(true)()
	ctx := testCtx(t)
	rep, req := zmq4.NewRep(ctx), zmq4.NewReq(ctx)
	connect(t, "tcp", rep, req)
	exchange(t, req, rep, "q")

	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := "tcp://" + l.Addr().String()
	l.Close()
	s := zmq4.NewReq(ctx, zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithDialerMaxRetries(2))
	closeAll(t, s)
	assert.Error(t, within(t, testTimeout, "Dial", func() error { return s.Dial(closed) }))

	skipWithoutMonitor(t)

	pub, sub := zmq4.NewPub(ctx), zmq4.NewSub(ctx)
	connect(t, "tcp", pub, sub)
	pub.Close()
	_, err = recvWithin(t, sub, testTimeout)
	assert.ErrorIs(t, err, io.EOF, "a lost connection is still reported")
}

// skipWithoutMonitor skips what needs the face to see connections come
// and go: libzmq has no zmq_socket_monitor before 3.2, so there a lost
// peer is not reported (Dial probes the connection itself).
func skipWithoutMonitor(t *testing.T) {
	t.Helper()
	if !atLeast(3, 2) {
		t.Skip("skipped-by-version: zmq_socket_monitor needs libzmq 3.2; without it the face cannot see lost connections")
	}
}

// pubSubPre3 is the pub-sub case on libzmq 2.x, where a SUB filters on
// its own side: the PUB learns no topics, and messages published before
// the connection is up are lost, so it publishes until one arrives.
func pubSubPre3(t *testing.T, pub, sub zmq4.Socket) {
	t.Helper()
	got := make(chan zmq4.Msg, 1)
	go func() {
		m, err := sub.Recv()
		if err == nil {
			got <- m
		}
	}()
	deadline := time.After(testTimeout)
	for {
		require.NoError(t, pub.Send(zmq4.NewMsgString("b-skipped")))
		require.NoError(t, pub.Send(zmq4.NewMsgString("a-kept")))
		select {
		case m := <-got:
			assert.Equal(t, "a-kept", string(m.Frames[0]))
			assert.Empty(t, pub.(zmq4.Topics).Topics(), "a 2.x SUB sends no subscriptions")
			return
		case <-deadline:
			t.Fatal("the SUB received nothing")
		case <-time.After(10 * time.Millisecond):
		}
	}
}
