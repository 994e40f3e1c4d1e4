package zmq_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Fuzz targets. Their seed corpora run in every `go test`; `go test
// -fuzz FuzzX ./zmq/` explores further. No input may crash the process
// or hang; every call returns nil or an error.

// fuzzCtx is one context per fuzz target, shared by its iterations.
func fuzzCtx(f *testing.F) *zmq.Context {
	ctx, err := zmq.NewContext()
	require.NoError(f, err)
	f.Cleanup(ctx.Close)
	return ctx
}

// fuzzSocket makes a socket with LINGER 0. libzmq closes sockets
// asynchronously, so at fuzzing speed a context can briefly hold its
// maximum number of sockets: EMFILE then means "wait for the reaper".
func fuzzSocket(t *testing.T, ctx *zmq.Context, typ zmq.SocketType) *zmq.Socket {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for {
		s, err := ctx.NewSocket(typ)
		if errors.Is(err, syscall.EMFILE) && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
			continue
		}
		require.NoError(t, err)
		t.Cleanup(func() { s.Close() })
		require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
		return s
	}
}

// fuzzSafeEndpoint turns an arbitrary string into one that is safe to
// hand to libzmq on a shared machine, keeping what makes it interesting
// to the parser. It returns the endpoint and whether Connect may be
// tried on it:
//   - no "://": unchanged (libzmq rejects it before doing anything);
//   - inproc: unchanged;
//   - ipc: the path is moved under dir (a bind would otherwise create
//     or, in some releases, unlink files anywhere); "@" abstract names
//     stay as they are;
//   - tcp: the host is forced to 127.0.0.1, nothing else is ever
//     addressed; Connect only where the port is not a real one, so that
//     no other test's listener gets a stray peer;
//   - anything else (pgm, epgm, udp, tipc, norm, ws, unknown names): the
//     transport name is kept but the address replaced by a loopback one,
//     so that no multicast or name lookup leaves the machine.
func fuzzSafeEndpoint(raw, dir string) (string, bool) {
	transport, addr, ok := strings.Cut(raw, "://")
	if !ok {
		return raw, true
	}
	switch transport {
	case "inproc":
		return raw, true
	case "ipc":
		if strings.HasPrefix(addr, "@") {
			return raw, true
		}
		return "ipc://" + dir + "/" + strings.ReplaceAll(addr, "/", "_"), true
	case "tcp":
		port := addr
		if i := strings.LastIndexByte(addr, ':'); i >= 0 {
			port = addr[i+1:]
		}
		n, err := strconv.Atoi(port)
		realPort := err == nil && n > 0 && n < 65536
		return "tcp://127.0.0.1:" + port, !realPort
	}
	return transport + "://127.0.0.1:1", true
}

func FuzzEndpoint(f *testing.F) {
	for _, s := range []string{
		"", "tcp://127.0.0.1:*", "tcp://127.0.0.1:0", "tcp://127.0.0.1:", "tcp://127.0.0.1:99999",
		"tcp://127.0.0.1:-5", "tcp://*:abc", "tcp://[::1]:*", "tcp://a;b:1", "inproc://x",
		"inproc://", "ipc://", "ipc://sock", "ipc://@gozmq-fuzz", "ipc://" + strings.Repeat("p", 200),
		"pgm://eth0;239.1.1.1:5555", "epgm://x", "udp://x", "tipc://{1,2}", "ws://x", "bogus://",
		"://", ":////", "tcp:/", "inproc://a\x00b", "\xff\xfe://\x00", strings.Repeat(":", 1000),
	} {
		f.Add(s)
	}
	ctx := fuzzCtx(f)
	dir, err := os.MkdirTemp("", "gozmq-fuzz")
	require.NoError(f, err)
	f.Cleanup(func() { os.RemoveAll(dir) })
	f.Fuzz(func(t *testing.T, raw string) {
		ep, mayConnect := fuzzSafeEndpoint(raw, dir)
		s := fuzzSocket(t, ctx, zmq.PAIR)
		if err := s.Bind(ep); err == nil && atLeast(3, 2, 0) {
			// Unbind with what libzmq says it bound (wildcards resolved).
			if last, err := s.GetSockOptString(zmq.LAST_ENDPOINT); err == nil && last != "" {
				_ = s.Unbind(last)
			}
		}
		if mayConnect {
			// Another socket: libzmq 2.x aborts when a PAIR socket that
			// is connected to itself is closed.
			c := fuzzSocket(t, ctx, zmq.PAIR)
			if err := c.Connect(ep); err == nil && atLeast(3, 2, 0) {
				_ = c.Disconnect(ep)
			}
		}
		if strings.IndexByte(raw, 0) >= 0 {
			require.ErrorIs(t, s.Bind(raw), zmq.EINVAL, "endpoint with a NUL byte")
		}
	})
}

// fuzzSocketTypes are the socket types every release has.
var fuzzSocketTypes = []zmq.SocketType{zmq.PAIR, zmq.PUB, zmq.SUB, zmq.REQ, zmq.REP, zmq.DEALER,
	zmq.ROUTER, zmq.PULL, zmq.PUSH, zmq.XPUB, zmq.XSUB}

// fuzzSkipOption lists options whose arbitrary values act on things
// outside the socket: USE_FD makes a later bind adopt any descriptor of
// the process.
func fuzzSkipOption(opt int) bool { return opt == int(zmq.USE_FD) }

func FuzzSetSockOpt(f *testing.F) {
	f.Add(uint8(0), int64(zmq.LINGER), int64(0), []byte(nil))
	f.Add(uint8(1), int64(zmq.IDENTITY), int64(-1), []byte("id"))
	f.Add(uint8(2), int64(zmq.SUBSCRIBE), int64(1<<40), []byte(""))
	f.Add(uint8(3), int64(zmq.HWM), int64(-1), []byte{0xff, 0xff, 0xff, 0xff})
	f.Add(uint8(4), int64(zmq.RCVTIMEO), int64(1<<31), []byte(strings.Repeat("k", 300)))
	f.Add(uint8(5), int64(zmq.CURVE_SERVERKEY), int64(40), []byte(strings.Repeat("z", 40)))
	f.Add(uint8(6), int64(9999), int64(7), []byte{1})
	f.Add(uint8(7), int64(-3), int64(-7), []byte{})
	f.Add(uint8(8), int64(1<<32+17), int64(5), []byte("x"))
	f.Add(uint8(9), int64(zmq.TCP_ACCEPT_FILTER), int64(0), []byte("127.0.0.1"))
	f.Add(uint8(10), int64(zmq.AFFINITY), int64(-1), []byte(nil))
	f.Add(uint8(2), int64(zmq.PLAIN_USERNAME), int64(255), []byte("\x00\x01"))
	ctx := fuzzCtx(f)
	f.Fuzz(func(t *testing.T, typ uint8, opt int64, v int64, b []byte) {
		if fuzzSkipOption(int(opt)) {
			return
		}
		s := fuzzSocket(t, ctx, fuzzSocketTypes[int(typ)%len(fuzzSocketTypes)])
		o := int(opt)
		// Every setter and getter with the same arbitrary option: each
		// returns nil or an error.
		_ = s.SetSockOptInt(zmq.IntSocketOption(o), int(v))
		_ = s.SetSockOptInt64(zmq.Int64SocketOption(o), v)
		_ = s.SetSockOptUInt64(zmq.UInt64SocketOption(o), uint64(v))
		_ = s.SetSockOptBool(zmq.BoolSocketOption(o), v&1 == 1)
		_ = s.SetSockOptString(zmq.StringSocketOption(o), string(b))
		_ = s.SetSockOptStringNil(zmq.StringSocketOption(o))
		_, _ = s.GetSockOptInt(zmq.IntSocketOption(o))
		_, _ = s.GetSockOptInt64(zmq.Int64SocketOption(o))
		_, _ = s.GetSockOptUInt64(zmq.UInt64SocketOption(o))
		_, _ = s.GetSockOptBool(zmq.BoolSocketOption(o))
		_, _ = s.GetSockOptString(zmq.StringSocketOption(o))
		// The socket is still usable.
		require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
		_, err := s.GetSockOptUInt64(zmq.TYPE)
		require.NoError(t, err)
	})
}

func FuzzMultipart(f *testing.F) {
	f.Add([]byte("hello world"), []byte{3, 0, 5})
	f.Add([]byte{}, []byte{})
	f.Add([]byte{}, []byte{0, 0, 0, 0})
	f.Add([]byte("x"), []byte{255})
	f.Add(bytes.Repeat([]byte{0xAB}, 70000), []byte{200, 1, 0, 255, 7})
	f.Add([]byte("\x00\x00more\x00"), []byte{1, 1, 1, 1, 1, 1, 1, 1, 1})
	ctx := fuzzCtx(f)
	// One connected pair serves every input: each iteration must leave
	// it empty.
	a, err := ctx.NewSocket(zmq.PAIR)
	require.NoError(f, err)
	b, err := ctx.NewSocket(zmq.PAIR)
	require.NoError(f, err)
	ep := fmt.Sprintf("inproc://fuzz-multipart-%d", os.Getpid())
	require.NoError(f, a.Bind(ep))
	require.NoError(f, b.Connect(ep))
	f.Fuzz(func(t *testing.T, data, splits []byte) {
		if len(splits) > 64 {
			splits = splits[:64]
		}
		// Each split byte is the length of the next part (scaled up for
		// big inputs); what is left is the last part.
		parts := [][]byte{}
		rest := data
		for _, sp := range splits {
			n := int(sp) * (1 + len(data)/256)
			if n > len(rest) {
				n = len(rest)
			}
			parts = append(parts, rest[:n])
			rest = rest[n:]
		}
		parts = append(parts, rest)
		waitReady(t, a, zmq.POLLOUT)
		require.NoError(t, a.SendMultipart(parts, zmq.DONTWAIT))
		got := recvMultiWithin(t, b)
		require.Len(t, got, len(parts))
		for i := range parts {
			if !bytes.Equal(parts[i], got[i]) {
				t.Fatalf("part %d of %d: sent %d bytes, got %d different ones", i, len(parts), len(parts[i]), len(got[i]))
			}
		}
		more, err := b.RcvMore()
		require.NoError(t, err)
		require.False(t, more)
		_, err = b.Recv(zmq.DONTWAIT)
		require.True(t, errors.Is(err, zmq.EAGAIN), "extra data after the message: %v", err)
	})
}
