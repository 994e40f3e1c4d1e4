package zmq4_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	zmq4 "github.com/gozmq/gozmq/zmq4"
)

// optCase sets an option and reads it back; need is the release that
// has it.
type optCase struct {
	name          string
	need          [3]int
	set           func(*zmq4.Socket) error
	get           func(*zmq4.Socket) (interface{}, error)
	want          interface{}
	typ           zmq4.Type
	skipOnVersion bool
}

func dur(v time.Duration, err error) (interface{}, error) { return v, err }
func intv(v int, err error) (interface{}, error)          { return v, err }
func boolv(v bool, err error) (interface{}, error)        { return v, err }
func strv(v string, err error) (interface{}, error)       { return v, err }
func u64(v uint64, err error) (interface{}, error)        { return v, err }
func i64(v int64, err error) (interface{}, error)         { return v, err }

func TestSocketOptionsRoundTrip(t *testing.T) {
	cases := []optCase{
		{name: "Sndhwm", set: func(s *zmq4.Socket) error { return s.SetSndhwm(77) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetSndhwm()) }, want: 77},
		{name: "Rcvhwm", set: func(s *zmq4.Socket) error { return s.SetRcvhwm(78) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetRcvhwm()) }, want: 78},
		{name: "Affinity", set: func(s *zmq4.Socket) error { return s.SetAffinity(3) }, get: func(s *zmq4.Socket) (interface{}, error) { return u64(s.GetAffinity()) }, want: uint64(3)},
		{name: "Identity", set: func(s *zmq4.Socket) error { return s.SetIdentity("id-1") }, get: func(s *zmq4.Socket) (interface{}, error) { return strv(s.GetIdentity()) }, want: "id-1", typ: zmq4.DEALER},
		{name: "Rate", set: func(s *zmq4.Socket) error { return s.SetRate(200) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetRate()) }, want: 200},
		{name: "RecoveryIvl", set: func(s *zmq4.Socket) error { return s.SetRecoveryIvl(3 * time.Second) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetRecoveryIvl()) }, want: 3 * time.Second},
		{name: "Sndbuf", set: func(s *zmq4.Socket) error { return s.SetSndbuf(65536) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetSndbuf()) }, want: 65536},
		{name: "Rcvbuf", set: func(s *zmq4.Socket) error { return s.SetRcvbuf(65536) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetRcvbuf()) }, want: 65536},
		{name: "Linger", set: func(s *zmq4.Socket) error { return s.SetLinger(-1) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetLinger()) }, want: time.Duration(-1)},
		{name: "Linger-ms", set: func(s *zmq4.Socket) error { return s.SetLinger(250 * time.Millisecond) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetLinger()) }, want: 250 * time.Millisecond},
		{name: "ReconnectIvl", set: func(s *zmq4.Socket) error { return s.SetReconnectIvl(300 * time.Millisecond) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetReconnectIvl()) }, want: 300 * time.Millisecond},
		{name: "ReconnectIvlMax", set: func(s *zmq4.Socket) error { return s.SetReconnectIvlMax(time.Second) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetReconnectIvlMax()) }, want: time.Second},
		{name: "Backlog", set: func(s *zmq4.Socket) error { return s.SetBacklog(50) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetBacklog()) }, want: 50},
		{name: "Maxmsgsize", need: [3]int{3, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetMaxmsgsize(1 << 20) }, get: func(s *zmq4.Socket) (interface{}, error) { return i64(s.GetMaxmsgsize()) }, want: int64(1 << 20)},
		{name: "MulticastHops", need: [3]int{3, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetMulticastHops(4) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetMulticastHops()) }, want: 4},
		{name: "Rcvtimeo", need: [3]int{2, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetRcvtimeo(-1) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetRcvtimeo()) }, want: time.Duration(-1)},
		{name: "Sndtimeo", need: [3]int{2, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetSndtimeo(1500 * time.Millisecond) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetSndtimeo()) }, want: 1500 * time.Millisecond},
		{name: "Ipv6", need: [3]int{4, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetIpv6(true) }, get: func(s *zmq4.Socket) (interface{}, error) { return boolv(s.GetIpv6()) }, want: true},
		{name: "Immediate", need: [3]int{3, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetImmediate(true) }, get: func(s *zmq4.Socket) (interface{}, error) { return boolv(s.GetImmediate()) }, want: true},
		{name: "TcpKeepalive", need: [3]int{3, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetTcpKeepalive(1) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetTcpKeepalive()) }, want: 1},
		{name: "TcpKeepaliveIdle", need: [3]int{3, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetTcpKeepaliveIdle(30) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetTcpKeepaliveIdle()) }, want: 30},
		{name: "TcpKeepaliveCnt", need: [3]int{3, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetTcpKeepaliveCnt(3) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetTcpKeepaliveCnt()) }, want: 3},
		{name: "TcpKeepaliveIntvl", need: [3]int{3, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetTcpKeepaliveIntvl(5) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetTcpKeepaliveIntvl()) }, want: 5},
		{name: "PlainServer", need: [3]int{4, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetPlainServer(1) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetPlainServer()) }, want: 1},
		{name: "PlainUsername", need: [3]int{4, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetPlainUsername("admin") }, get: func(s *zmq4.Socket) (interface{}, error) { return strv(s.GetPlainUsername()) }, want: "admin"},
		{name: "PlainPassword", need: [3]int{4, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetPlainPassword("secret") }, get: func(s *zmq4.Socket) (interface{}, error) { return strv(s.GetPlainPassword()) }, want: "secret"},
		{name: "ZapDomain", need: [3]int{4, 0, 0}, set: func(s *zmq4.Socket) error { return s.SetZapDomain("global") }, get: func(s *zmq4.Socket) (interface{}, error) { return strv(s.GetZapDomain()) }, want: "global"},
		{name: "Tos", need: [3]int{4, 1, 0}, set: func(s *zmq4.Socket) error { return s.SetTos(8) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetTos()) }, want: 8},
		{name: "HandshakeIvl", need: [3]int{4, 1, 0}, set: func(s *zmq4.Socket) error { return s.SetHandshakeIvl(2 * time.Second) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetHandshakeIvl()) }, want: 2 * time.Second},
		{name: "SocksProxy", need: [3]int{4, 1, 0}, set: func(s *zmq4.Socket) error { return s.SetSocksProxy("127.0.0.1:1080") }, get: func(s *zmq4.Socket) (interface{}, error) { return strv(s.GetSocksProxy()) }, want: "127.0.0.1:1080"},
		{name: "InvertMatching", need: [3]int{4, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetInvertMatching(1) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetInvertMatching()) }, want: 1, typ: zmq4.SUB},
		{name: "ConnectTimeout", need: [3]int{4, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetConnectTimeout(700 * time.Millisecond) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetConnectTimeout()) }, want: 700 * time.Millisecond},
		{name: "TcpMaxrt", need: [3]int{4, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetTcpMaxrt(900 * time.Millisecond) }, get: func(s *zmq4.Socket) (interface{}, error) { return dur(s.GetTcpMaxrt()) }, want: 900 * time.Millisecond},
		{name: "MulticastMaxtpdu", need: [3]int{4, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetMulticastMaxtpdu(1000) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.GetMulticastMaxtpdu()) }, want: 1000},
		{name: "UseFd", need: [3]int{4, 2, 0}, set: func(s *zmq4.Socket) error { return s.SetUseFd(-1) }, get: func(s *zmq4.Socket) (interface{}, error) { return intv(s.Getusefd()) }, want: -1},
	}
	ctx := newCtx(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			typ := c.typ
			if typ == 0 {
				typ = zmq4.PUSH
			}
			s, err := ctx.NewSocket(typ)
			require.NoError(t, err)
			defer s.Close()
			if c.need != [3]int{} {
				needVersion(t, c.need[0], c.need[1], c.need[2], func() error { return c.set(s) })
			}
			require.NoError(t, c.set(s))
			got, err := c.get(s)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestReadOnlyOptions(t *testing.T) {
	ctx := newCtx(t)
	s := newSock(t, ctx, zmq4.REP)
	typ, err := s.GetType()
	require.NoError(t, err)
	assert.Equal(t, zmq4.REP, typ)
	more, err := s.GetRcvmore()
	require.NoError(t, err)
	assert.False(t, more)
	fd, err := s.GetFd()
	require.NoError(t, err)
	assert.Greater(t, int(fd), 0)
	ev, err := s.GetEvents()
	require.NoError(t, err)
	assert.Equal(t, zmq4.State(0), ev)
	needVersion(t, 4, 0, 0, func() error { _, err := s.GetMechanism(); return err })
	m, err := s.GetMechanism()
	require.NoError(t, err)
	assert.Equal(t, zmq4.NULL, m)
	needVersion(t, 4, 2, 0, func() error { _, err := s.GetThreadSafe(); return err })
	ts, err := s.GetThreadSafe()
	require.NoError(t, err)
	assert.False(t, ts)
}

func TestSetOnlyOptions(t *testing.T) {
	ctx := newCtx(t)
	sub := newSock(t, ctx, zmq4.SUB)
	require.NoError(t, sub.SetSubscribe("a"))
	require.NoError(t, sub.SetUnsubscribe("a"))
	needVersion(t, 3, 2, 0, func() error { return sub.SetTcpAcceptFilter("127.0.0.1") })
	require.NoError(t, sub.SetTcpAcceptFilter("127.0.0.1"))
	require.NoError(t, sub.SetTcpAcceptFilter(""))
	r := newSock(t, ctx, zmq4.ROUTER)
	require.NoError(t, r.SetRouterMandatory(1))
	needVersion(t, 4, 0, 0, func() error { return r.SetProbeRouter(1) })
	require.NoError(t, r.SetRouterRaw(0))
	require.NoError(t, r.SetProbeRouter(1))
	req := newSock(t, ctx, zmq4.REQ)
	require.NoError(t, req.SetReqCorrelate(1))
	require.NoError(t, req.SetReqRelaxed(1))
	xpub := newSock(t, ctx, zmq4.XPUB)
	require.NoError(t, xpub.SetXpubVerbose(1))
	require.NoError(t, sub.SetConflate(true))
	needVersion(t, 4, 1, 0, func() error { return r.SetRouterHandover(true) })
	require.NoError(t, r.SetRouterHandover(true))
	require.NoError(t, r.SetConnectRid("peer"))
	require.NoError(t, xpub.SetXpubNodrop(true))
	needVersion(t, 4, 2, 0, func() error { return xpub.SetXpubManual(1) })
	require.NoError(t, xpub.SetXpubManual(1))
	require.NoError(t, xpub.SetXpubWelcomeMsg("hi"))
	require.NoError(t, xpub.SetXpubVerboser(1))
	st := newSock(t, ctx, zmq4.STREAM)
	require.NoError(t, st.SetStreamNotify(1))
	require.NoError(t, r.SetHeartbeatIvl(time.Second))
	require.NoError(t, r.SetHeartbeatTtl(2*time.Second))
	require.NoError(t, r.SetHeartbeatTimeout(3*time.Second))
}

func TestCurveKeyOptions(t *testing.T) {
	if !zmq4.HasCurve() {
		t.Skip("skipped-by-version: libzmq without CURVE")
	}
	ctx := newCtx(t)
	pub, sec, err := zmq4.NewCurveKeypair()
	require.NoError(t, err)
	s := newSock(t, ctx, zmq4.DEALER)
	require.NoError(t, s.SetCurveServer(1))
	require.NoError(t, s.SetCurvePublickey(pub))
	require.NoError(t, s.SetCurveSecretkey(sec))
	require.NoError(t, s.SetCurveServerkey(pub))
	z, err := s.GetCurvePublickeykeyZ85()
	require.NoError(t, err)
	assert.Equal(t, pub, z)
	raw, err := s.GetCurvePublickeyRaw()
	require.NoError(t, err)
	assert.Equal(t, zmq4.Z85decode(pub), raw)
	z, err = s.GetCurveSecretkeyZ85()
	require.NoError(t, err)
	assert.Equal(t, sec, z)
	raw, err = s.GetCurveSecretkeyRaw()
	require.NoError(t, err)
	assert.Len(t, raw, 32)
	z, err = s.GetCurveServerkeyZ85()
	require.NoError(t, err)
	assert.Equal(t, pub, z)
	raw, err = s.GetCurveServerkeyRaw()
	require.NoError(t, err)
	assert.Len(t, raw, 32)
}

func TestGssapiOptionsNeedGssapi(t *testing.T) {
	ctx := newCtx(t)
	s := newSock(t, ctx, zmq4.DEALER)
	needVersion(t, 4, 1, 0, func() error { _, err := s.GetGssapiServer(); return err })
	if !zmq4.HasGssapi() {
		// libzmq without GSSAPI rejects the options; the call path is
		// what is checked.
		assert.Error(t, s.SetGssapiServer(true))
		t.Skip("libzmq without GSSAPI")
	}
	require.NoError(t, s.SetGssapiServer(true))
	v, err := s.GetGssapiServer()
	require.NoError(t, err)
	assert.True(t, v)
	require.NoError(t, s.SetGssapiPlaintext(true))
	require.NoError(t, s.SetGssapiPrincipal("p"))
	require.NoError(t, s.SetGssapiServicePrincipal("sp"))
	_, err = s.GetGssapiPlaintext()
	require.NoError(t, err)
	_, err = s.GetGssapiPrincipal()
	require.NoError(t, err)
	_, err = s.GetGssapiServicePrincipal()
	require.NoError(t, err)
}
