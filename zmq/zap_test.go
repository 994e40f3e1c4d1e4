package zmq_test

import (
	"fmt"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// zapQuiet is how long a test watches a socket to show that nothing
// arrives. Denials are first awaited in the handler's log, so this only
// has to cover a message that would already be on its way.
const zapQuiet = 300 * time.Millisecond

// zapLog collects an Authenticator's log lines.
type zapLog struct {
	mu    sync.Mutex
	lines []string
	added chan struct{}
}

func (l *zapLog) add(s string) {
	l.mu.Lock()
	l.lines = append(l.lines, s)
	l.mu.Unlock()
	select {
	case l.added <- struct{}{}:
	default:
	}
}

// find returns the first line containing every one of parts.
func (l *zapLog) find(parts ...string) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
next:
	for _, line := range l.lines {
		for _, p := range parts {
			if !strings.Contains(line, p) {
				continue next
			}
		}
		return line, true
	}
	return "", false
}

func (l *zapLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

// wait waits for a line containing every one of parts.
func (l *zapLog) wait(t *testing.T, parts ...string) string {
	t.Helper()
	deadline := time.After(testTimeout)
	for {
		if line, ok := l.find(parts...); ok {
			return line
		}
		select {
		case <-l.added:
		case <-deadline:
			t.Fatalf("no ZAP log line with %q within %v; log:\n%s", parts, testTimeout, l)
		}
	}
}

// zapStart starts an Authenticator in ctx, closed at the end of the
// test, and returns it with its log.
func zapStart(t *testing.T, ctx *zmq.Context) (*zmq.Authenticator, *zapLog) {
	t.Helper()
	needVersion(t, 4, 0, 0, nil)
	auth, err := zmq.NewAuthenticator(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { auth.Close() })
	log := &zapLog{added: make(chan struct{}, 1)}
	auth.SetLogger(log.add)
	return auth, log
}

// zapNothing asserts that nothing arrives on s for zapQuiet.
func zapNothing(t *testing.T, s *zmq.Socket, what string) {
	t.Helper()
	n, err := zmq.Poll([]zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}, zapQuiet)
	require.NoError(t, err)
	require.Equal(t, 0, n, "%s received a message", what)
}

// zapPair returns a bound REP server and a REQ client connected to it
// over tcp, after setup has set their options.
func zapPair(t *testing.T, ctx *zmq.Context, setup func(server, client *zmq.Socket)) (server, client *zmq.Socket) {
	t.Helper()
	server = newSocket(t, ctx, zmq.REP)
	client = newSocket(t, ctx, zmq.REQ)
	for _, s := range []*zmq.Socket{server, client} {
		require.NoError(t, s.SetSockOptInt(zmq.LINGER, 0))
	}
	setup(server, client)
	ep := endpoint(t, "tcp")
	require.NoError(t, server.Bind(ep))
	require.NoError(t, client.Connect(ep))
	return server, client
}

// trySend queues b on a client whose handshake is to be refused, if it
// still can: libzmq ends a session that failed authentication without
// reconnecting, so when the refusal comes first the client's pipe is
// gone and it never becomes ready to send again.
func trySend(client *zmq.Socket, b []byte) {
	_ = client.Send(b, zmq.DONTWAIT)
}

// zapTalk checks that a request and its reply get through.
func zapTalk(t *testing.T, server, client *zmq.Socket) {
	t.Helper()
	sendWithin(t, client, []byte("hello"), 0)
	require.Equal(t, []byte("hello"), recvWithin(t, server))
	sendWithin(t, server, []byte("world"), 0)
	require.Equal(t, []byte("world"), recvWithin(t, client))
}

// zapSilent sends a request that must not get through.
func zapSilent(t *testing.T, server, client *zmq.Socket) {
	t.Helper()
	trySend(client, []byte("hello"))
	zapNothing(t, server, "server")
	zapNothing(t, client, "client")
}

func zapSet(t *testing.T, s *zmq.Socket, opt zmq.StringSocketOption, v string) {
	t.Helper()
	require.NoError(t, s.SetSockOptString(opt, v))
}

func zapSetInt(t *testing.T, s *zmq.Socket, opt zmq.IntSocketOption, v int) {
	t.Helper()
	require.NoError(t, s.SetSockOptInt(opt, v))
}

// zapCurve makes server a CURVE server with the RFC 26 test keys, and
// client a CURVE client that trusts serverKey.
func zapCurve(t *testing.T, serverKey string) func(server, client *zmq.Socket) {
	return func(server, client *zmq.Socket) {
		zapSetInt(t, server, zmq.CURVE_SERVER, 1)
		zapSet(t, server, zmq.CURVE_SECRETKEY, secServerSecret)
		zapSet(t, client, zmq.CURVE_SERVERKEY, serverKey)
		zapSet(t, client, zmq.CURVE_PUBLICKEY, secClientPublic)
		zapSet(t, client, zmq.CURVE_SECRETKEY, secClientSecret)
	}
}

func zapPlain(t *testing.T, user, password string) func(server, client *zmq.Socket) {
	return func(server, client *zmq.Socket) {
		zapSetInt(t, server, zmq.PLAIN_SERVER, 1)
		zapSet(t, client, zmq.PLAIN_USERNAME, user)
		zapSet(t, client, zmq.PLAIN_PASSWORD, password)
	}
}

func zapNull(t *testing.T, domain string) func(server, client *zmq.Socket) {
	return func(server, client *zmq.Socket) {
		if domain != "" {
			zapSet(t, server, zmq.ZAP_DOMAIN, domain)
		}
	}
}

func TestAuthenticatorVersion(t *testing.T) {
	ctx := newContext(t)
	needVersion(t, 4, 0, 0, func() error {
		_, err := zmq.NewAuthenticator(ctx)
		return err
	})
}

func TestZAPCurveAllowedKey(t *testing.T) {
	secNeedCurve(t)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	require.NoError(t, auth.SetCurveKeys("", secClientPublic))
	server, client := zapPair(t, ctx, zapCurve(t, secServerPublic))
	zapTalk(t, server, client)
	log.wait(t, "ZAP allowed", "mechanism=CURVE", secClientPublic, "client key allowed")
}

func TestZAPCurveAny(t *testing.T) {
	secNeedCurve(t)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	auth.SetCurveAny(zmq.AnyDomain)
	server, client := zapPair(t, ctx, zapCurve(t, secServerPublic))
	zapTalk(t, server, client)
	log.wait(t, "ZAP allowed", "mechanism=CURVE", "any CURVE key")
}

func TestZAPCurveKeyNotAllowed(t *testing.T) {
	secNeedCurve(t)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	other, _, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	require.NoError(t, auth.SetCurveKeys("", other))
	server, client := zapPair(t, ctx, zapCurve(t, secServerPublic))
	trySend(client, []byte("hello"))
	log.wait(t, "ZAP denied", "mechanism=CURVE", secClientPublic, "client key not allowed")
	zapNothing(t, server, "server")
	zapNothing(t, client, "client")
	_, allowed := log.find("ZAP allowed")
	assert.False(t, allowed, "log:\n%s", log)
}

func TestZAPCurveNoKeys(t *testing.T) {
	secNeedCurve(t)
	ctx := newContext(t)
	_, log := zapStart(t, ctx)
	server, client := zapPair(t, ctx, zapCurve(t, secServerPublic))
	trySend(client, []byte("hello"))
	log.wait(t, "ZAP denied", "mechanism=CURVE", "no CURVE keys configured")
	zapNothing(t, server, "server")
}

func TestZAPCurveWrongServerKey(t *testing.T) {
	secNeedCurve(t)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	auth.SetCurveAny("")
	// The client trusts another server: the server cannot open its
	// HELLO, so the handshake fails before any ZAP request.
	server, client := zapPair(t, ctx, zapCurve(t, secClientPublic))
	zapSilent(t, server, client)
	_, allowed := log.find("ZAP allowed")
	assert.False(t, allowed, "log:\n%s", log)
}

func TestZAPSetCurveKeysInvalid(t *testing.T) {
	ctx := newContext(t)
	auth, _ := zapStart(t, ctx)
	for _, k := range []string{"", "short", secClientPublic + "x", secClientPublic[:39] + " "} {
		assert.ErrorIs(t, auth.SetCurveKeys("", k), zmq.EINVAL, "%q", k)
	}
}

func TestZAPPlain(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	users := map[string]string{"admin": "secret", "guest": "guest"}
	for _, tc := range []struct {
		name, user, password, reason string
		ok                           bool
	}{
		{"right", "admin", "secret", "password correct", true},
		{"wrong password", "admin", "Secret", "wrong password", false},
		{"unknown user", "root", "secret", "unknown user", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newContext(t)
			auth, log := zapStart(t, ctx)
			auth.SetPlainUsers("", users)
			server, client := zapPair(t, ctx, zapPlain(t, tc.user, tc.password))
			if tc.ok {
				zapTalk(t, server, client)
				line := log.wait(t, "ZAP allowed", "mechanism=PLAIN", fmt.Sprintf("user=%q", tc.user), tc.reason)
				assert.NotContains(t, line, tc.password, "the log must not show passwords")
				return
			}
			// The handshake runs on connect; the denial may drop the pipe
			// before this send, or before it is ever ready.
			if err := client.Send([]byte("hello"), zmq.DONTWAIT); err != nil {
				require.ErrorIs(t, err, zmq.EAGAIN)
			}
			line := log.wait(t, "ZAP denied", "mechanism=PLAIN", fmt.Sprintf("user=%q", tc.user), tc.reason)
			assert.NotContains(t, line, tc.password, "the log must not show passwords")
			zapNothing(t, server, "server")
			zapNothing(t, client, "client")
		})
	}
}

func TestZAPPlainDomains(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	// Users of another domain do not count; those of AnyDomain do.
	auth.SetPlainUsers("other", map[string]string{"admin": "secret"})
	auth.SetPlainUsers(zmq.AnyDomain, map[string]string{"ops": "pw"})
	setup := func(user, pw string) func(server, client *zmq.Socket) {
		return func(server, client *zmq.Socket) {
			zapPlain(t, user, pw)(server, client)
			zapSet(t, server, zmq.ZAP_DOMAIN, "mine")
		}
	}
	server, client := zapPair(t, ctx, setup("ops", "pw"))
	zapTalk(t, server, client)
	log.wait(t, "ZAP allowed", `domain="mine"`, `user="ops"`)

	server, client = zapPair(t, ctx, setup("admin", "secret"))
	trySend(client, []byte("hello"))
	log.wait(t, "ZAP denied", `domain="mine"`, `user="admin"`, "unknown user")
	zapNothing(t, server, "server")
}

func TestZAPNullWithDomain(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	for _, transport := range []string{"tcp", "ipc"} {
		t.Run(transport, func(t *testing.T) {
			ctx := newContext(t)
			_, log := zapStart(t, ctx)
			server := newSocket(t, ctx, zmq.REP)
			client := newSocket(t, ctx, zmq.REQ)
			zapSet(t, server, zmq.ZAP_DOMAIN, "test")
			ep := endpoint(t, transport)
			require.NoError(t, server.Bind(ep))
			require.NoError(t, client.Connect(ep))
			zapTalk(t, server, client)
			// An ipc peer's address is whatever text libzmq gives
			// (4.3: "localhost:<uid>:<gid>:<pid>"), so only tcp's is
			// checked.
			addr := `address="127.0.0.1"`
			if transport == "ipc" {
				addr = `address="`
			}
			line := log.wait(t, "ZAP allowed", `domain="test"`, addr, "mechanism=NULL")
			t.Log(line)
		})
	}
}

func TestZAPNullWithoutDomain(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	// Deny everything: a NULL socket without a ZAP domain must not ask
	// the handler at all (4.0, 4.1 and 4.3 agree).
	auth.Deny(zmq.AnyDomain, "127.0.0.1")
	server, client := zapPair(t, ctx, zapNull(t, ""))
	zapTalk(t, server, client)
	assert.Empty(t, log.String())
}

func TestZAPAddressRules(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	for _, tc := range []struct {
		name   string
		config func(*zmq.Authenticator)
		ok     bool
		reason string
	}{
		{"no rules", func(*zmq.Authenticator) {}, true, "address not denied"},
		{"allowed", func(a *zmq.Authenticator) { a.Allow("test", "127.0.0.1") }, true, "address allowed"},
		{"allowed for any domain", func(a *zmq.Authenticator) { a.Allow(zmq.AnyDomain, "127.0.0.1") }, true, "address allowed"},
		{"allow list wins over deny list", func(a *zmq.Authenticator) {
			a.Allow("test", "127.0.0.1")
			a.Deny("test", "127.0.0.1")
		}, true, "address allowed"},
		{"denied", func(a *zmq.Authenticator) { a.Deny("test", "127.0.0.1") }, false, "address in the deny list"},
		{"denied for any domain", func(a *zmq.Authenticator) { a.Deny(zmq.AnyDomain, "127.0.0.1") }, false, "address in the deny list"},
		{"other address denied", func(a *zmq.Authenticator) { a.Deny("test", "10.1.2.3") }, true, "address not denied"},
		{"not in allow list", func(a *zmq.Authenticator) { a.Allow("test", "10.1.2.3") }, false, "address not in the allow list"},
		{"rules of another domain", func(a *zmq.Authenticator) { a.Deny("other", "127.0.0.1") }, true, "address not denied"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newContext(t)
			auth, log := zapStart(t, ctx)
			tc.config(auth)
			server, client := zapPair(t, ctx, zapNull(t, "test"))
			if tc.ok {
				zapTalk(t, server, client)
				log.wait(t, "ZAP allowed", `address="127.0.0.1"`, "mechanism=NULL", tc.reason)
				return
			}
			trySend(client, []byte("hello"))
			log.wait(t, "ZAP denied", `address="127.0.0.1"`, "mechanism=NULL", tc.reason)
			zapNothing(t, server, "server")
		})
	}
}

// TestZAPAddressRulesPlain checks that an allowed address still needs a
// password, as in czmq's zauth.
func TestZAPAddressRulesPlain(t *testing.T) {
	needVersion(t, 4, 0, 0, nil)
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	auth.Allow("", "127.0.0.1")
	auth.SetPlainUsers("", map[string]string{"admin": "secret"})
	server, client := zapPair(t, ctx, zapPlain(t, "admin", "nope"))
	trySend(client, []byte("hello"))
	log.wait(t, "ZAP denied", "wrong password")
	zapNothing(t, server, "server")
}

// zapRequest sends a raw ZAP request to the handler and returns the
// reply, testing the protocol without a libzmq handshake.
func zapRequest(t *testing.T, ctx *zmq.Context, frames ...string) []string {
	t.Helper()
	req := newSocket(t, ctx, zmq.REQ)
	require.NoError(t, req.SetSockOptInt(zmq.LINGER, 0))
	require.NoError(t, req.Connect(zmq.ZAPEndpoint))
	parts := make([][]byte, len(frames))
	for i, f := range frames {
		parts[i] = []byte(f)
	}
	waitReady(t, req, zmq.POLLOUT)
	require.NoError(t, req.SendMultipart(parts, zmq.DONTWAIT))
	got := recvMultiWithin(t, req)
	out := make([]string, len(got))
	for i, g := range got {
		out[i] = string(g)
	}
	require.NoError(t, req.Close())
	return out
}

func TestZAPProtocol(t *testing.T) {
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	auth.SetPlainUsers("d", map[string]string{"admin": "secret"})
	auth.Deny("d", "10.0.0.9")

	assert.Equal(t, []string{"1.0", "42", "200", "OK", "admin", ""},
		zapRequest(t, ctx, "1.0", "42", "d", "10.0.0.1", "id", "PLAIN", "admin", "secret"))
	assert.Equal(t, []string{"1.0", "43", "400", "wrong password", "", ""},
		zapRequest(t, ctx, "1.0", "43", "d", "10.0.0.1", "id", "PLAIN", "admin", "x"))
	assert.Equal(t, []string{"1.0", "44", "400", "address in the deny list", "", ""},
		zapRequest(t, ctx, "1.0", "44", "d", "10.0.0.9", "", "NULL"))
	assert.Equal(t, []string{"1.0", "45", "200", "OK", "", ""},
		zapRequest(t, ctx, "1.0", "45", "d", "10.0.0.1", "", "NULL"))
	assert.Equal(t, []string{"1.0", "46", "400", "mechanism not supported by this handler", "", ""},
		zapRequest(t, ctx, "1.0", "46", "d", "10.0.0.1", "", "GSSAPI", "someone@REALM"))
	assert.Equal(t, []string{"1.0", "47", "400", "malformed PLAIN credentials", "", ""},
		zapRequest(t, ctx, "1.0", "47", "d", "10.0.0.1", "", "PLAIN", "admin"))
	assert.Equal(t, []string{"1.0", "48", "400", "malformed CURVE credentials", "", ""},
		zapRequest(t, ctx, "1.0", "48", "d", "10.0.0.1", "", "CURVE", "short"))
	assert.Equal(t, []string{"1.0", "49", "500", "unsupported ZAP version", "", ""},
		zapRequest(t, ctx, "2.0", "49", "d", "10.0.0.1", "", "NULL"))
	assert.Equal(t, []string{"1.0", "50", "500", "malformed ZAP request", "", ""},
		zapRequest(t, ctx, "1.0", "50", "d"))
	// IPv4 addresses in IPv6 form match their IPv4 rules.
	assert.Equal(t, "400",
		zapRequest(t, ctx, "1.0", "51", "d", "::ffff:10.0.0.9", "", "NULL")[2])

	log.wait(t, "ZAP error", "unsupported version")
	log.wait(t, "ZAP error", "malformed request of 3 frames")
	_, leaked := log.find("secret")
	assert.False(t, leaked, "the log must not show passwords:\n%s", log)
}

func TestZAPCurveProtocol(t *testing.T) {
	secNeedCurve(t)
	ctx := newContext(t)
	auth, _ := zapStart(t, ctx)
	require.NoError(t, auth.SetCurveKeys("", secClientPublic))
	key, err := zmq.Z85Decode(secClientPublic)
	require.NoError(t, err)
	assert.Equal(t, []string{"1.0", "1", "200", "OK", secClientPublic, ""},
		zapRequest(t, ctx, "1.0", "1", "", "127.0.0.1", "", "CURVE", string(key)))
	other, err := zmq.Z85Decode(secServerPublic)
	require.NoError(t, err)
	assert.Equal(t, "400",
		zapRequest(t, ctx, "1.0", "2", "", "127.0.0.1", "", "CURVE", string(other))[2])
}

func TestZAPAlreadyBound(t *testing.T) {
	ctx := newContext(t)
	zapStart(t, ctx)
	_, err := zmq.NewAuthenticator(ctx)
	require.Error(t, err)
	assert.ErrorIs(t, err, syscall.EADDRINUSE)
}

func TestZAPClose(t *testing.T) {
	ctx := newContext(t)
	auth, log := zapStart(t, ctx)
	within(t, testTimeout, "Authenticator.Close", func() { require.NoError(t, auth.Close()) })
	select {
	case <-auth.Done():
	default:
		t.Fatal("Done not closed after Close")
	}
	log.wait(t, "ZAP handler stopped: closed")
	within(t, testTimeout, "second Close", func() { auth.Close() })
	within(t, testTimeout, "Context.Close", ctx.Close)
}

func TestZAPContextClose(t *testing.T) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	defer ctx.Close()
	auth, log := zapStart(t, ctx)
	// Serve one request first, so the handler is surely blocked in its
	// next receive when the context closes.
	zapRequest(t, ctx, "1.0", "1", "", "", "", "NULL")
	within(t, testTimeout, "Context.Close with a running Authenticator", ctx.Close)
	select {
	case <-auth.Done():
	case <-time.After(testTimeout):
		t.Fatal("handler did not stop when its context closed")
	}
	log.wait(t, "ZAP handler stopped: context closed")
	within(t, testTimeout, "Close after Context.Close", func() { auth.Close() })
}

// TestZAPConfigureWhileServing changes settings from several goroutines
// while the handler answers requests.
func TestZAPConfigureWhileServing(t *testing.T) {
	ctx := newContext(t)
	auth, _ := zapStart(t, ctx)
	auth.Deny("d1", "10.9.9.9")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				d := fmt.Sprintf("d%d", n%3)
				auth.Allow(d, fmt.Sprintf("10.0.%d.%d", i, n%250))
				auth.Deny(d, "10.9.9.9")
				auth.SetPlainUsers(d, map[string]string{"u": "p"})
				auth.SetCurveAny(d)
				auth.SetLogger(func(string) {})
			}
		}(i)
	}
	for n := 0; n < 50; n++ {
		got := zapRequest(t, ctx, "1.0", "1", "d1", "10.9.9.9", "", "NULL")
		require.Equal(t, "400", got[2])
	}
	close(stop)
	wg.Wait()
}
