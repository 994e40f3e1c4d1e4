package zmq4_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	zmq4 "github.com/gozmq/gozmq/zmq4"
)

// The Auth functions work on the default context, so these tests use
// it and reset the settings they make.

// authTrial connects client to a server configured by setup and reports
// whether a message gets through before a short deadline.
func authTrial(t *testing.T, setup func(server, client *zmq4.Socket)) (bool, map[string]string) {
	t.Helper()
	server, err := zmq4.NewSocket(zmq4.PULL)
	require.NoError(t, err)
	defer server.Close()
	client, err := zmq4.NewSocket(zmq4.PUSH)
	require.NoError(t, err)
	defer client.Close()
	require.NoError(t, server.SetLinger(0))
	require.NoError(t, client.SetLinger(0))
	setup(server, client)
	require.NoError(t, server.Bind("tcp://127.0.0.1:*"))
	ep, err := server.GetLastEndpoint()
	require.NoError(t, err)
	require.NoError(t, client.Connect(ep))
	require.NoError(t, client.SetSndtimeo(time.Second))
	require.NoError(t, server.SetRcvtimeo(time.Second))
	if _, err := client.Send("hello", 0); err != nil {
		return false, nil
	}
	msg, md, err := server.RecvWithMetadata(0, "User-Id", "Hello", "Socket-Type")
	if err != nil {
		return false, nil
	}
	assert.Equal(t, "hello", msg)
	return true, md
}

func startAuth(t *testing.T) {
	t.Helper()
	needVersion(t, 4, 0, 0, zmq4.AuthStart)
	require.NoError(t, zmq4.AuthStart())
	assert.Error(t, zmq4.AuthStart(), "already running")
	t.Cleanup(func() {
		zmq4.AuthStop()
		zmq4.AuthSetMetadataHandler(nil)
	})
}

func TestAuthNullAllowDeny(t *testing.T) {
	startAuth(t)
	ok, _ := authTrial(t, func(s, c *zmq4.Socket) { require.NoError(t, s.ServerAuthNull("dom")) })
	assert.True(t, ok, "NULL passes without lists")

	zmq4.AuthDeny("dom", "127.0.0.1")
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) { require.NoError(t, s.ServerAuthNull("dom")) })
	assert.False(t, ok, "denied address")
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) { require.NoError(t, s.ServerAuthNull("other")) })
	assert.True(t, ok, "the deny list is per domain")

	zmq4.AuthAllow("dom", "127.0.0.0/8")
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) { require.NoError(t, s.ServerAuthNull("dom")) })
	assert.True(t, ok, "an allow list wins over the deny list")

	zmq4.AuthAllow("strict", "10.1.2.3")
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) { require.NoError(t, s.ServerAuthNull("strict")) })
	assert.False(t, ok, "not in the allow list")
}

func TestAuthPlain(t *testing.T) {
	startAuth(t)
	zmq4.AuthPlainAdd("plain", "admin", "secret")
	defer zmq4.AuthPlainRemoveAll("plain")
	zmq4.AuthSetMetadataHandler(func(version, request_id, domain, address, identity, mechanism string, credentials ...string) map[string]string {
		return map[string]string{"User-Id": credentials[0], "Hello": "World"}
	})
	ok, md := authTrial(t, func(s, c *zmq4.Socket) {
		require.NoError(t, s.ServerAuthPlain("plain"))
		require.NoError(t, c.ClientAuthPlain("admin", "secret"))
	})
	require.True(t, ok)
	if atLeast(4, 1, 0) {
		assert.Equal(t, "admin", md["User-Id"])
		assert.Equal(t, "World", md["Hello"])
		assert.Equal(t, "PUSH", md["Socket-Type"])
	}
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) {
		require.NoError(t, s.ServerAuthPlain("plain"))
		require.NoError(t, c.ClientAuthPlain("admin", "wrong"))
	})
	assert.False(t, ok)
	zmq4.AuthPlainRemove("plain", "admin")
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) {
		require.NoError(t, s.ServerAuthPlain("plain"))
		require.NoError(t, c.ClientAuthPlain("admin", "secret"))
	})
	assert.False(t, ok, "removed user")
	zmq4.AuthPlainAdd("*", "any", "pw")
	defer zmq4.AuthPlainRemoveAll("*")
	ok, _ = authTrial(t, func(s, c *zmq4.Socket) {
		require.NoError(t, s.ServerAuthPlain("plain"))
		require.NoError(t, c.ClientAuthPlain("any", "pw"))
	})
	assert.True(t, ok, "users of domain * apply to every domain")
}

func TestAuthCurve(t *testing.T) {
	startAuth(t)
	if !zmq4.HasCurve() {
		t.Skip("skipped-by-version: libzmq without CURVE")
	}
	spub, ssec, err := zmq4.NewCurveKeypair()
	require.NoError(t, err)
	cpub, csec, err := zmq4.NewCurveKeypair()
	require.NoError(t, err)
	curve := func(s, c *zmq4.Socket) {
		require.NoError(t, s.ServerAuthCurve("curve", ssec))
		require.NoError(t, c.ClientAuthCurve(spub, cpub, csec))
	}
	ok, _ := authTrial(t, curve)
	assert.False(t, ok, "no keys configured")
	zmq4.AuthCurveAdd("curve", cpub)
	ok, _ = authTrial(t, curve)
	assert.True(t, ok, "client key allowed")
	zmq4.AuthCurveRemove("curve", cpub)
	ok, _ = authTrial(t, curve)
	assert.False(t, ok, "client key removed")
	zmq4.AuthCurveAdd("curve", zmq4.CURVE_ALLOW_ANY)
	ok, _ = authTrial(t, curve)
	assert.True(t, ok, "any client")
	zmq4.AuthCurveRemoveAll("curve")
	ok, _ = authTrial(t, curve)
	assert.False(t, ok)
}

func TestAuthMetaBlobAndVerbose(t *testing.T) {
	b, err := zmq4.AuthMetaBlob("Hello", "World")
	require.NoError(t, err)
	assert.Equal(t, append([]byte{5, 'H', 'e', 'l', 'l', 'o', 0, 0, 0, 5}, "World"...), b)
	long := make([]byte, 256)
	_, err = zmq4.AuthMetaBlob(string(long), "x")
	assert.Error(t, err)
	zmq4.AuthSetVerbose(false)
	zmq4.AuthStop() // not running: harmless
}

func TestAuthCurvePublicAndZ85(t *testing.T) {
	needVersion(t, 4, 0, 0, func() error { _, _, err := zmq4.NewCurveKeypair(); return err })
	if !zmq4.HasCurve() {
		t.Skip("skipped-by-version: libzmq without CURVE")
	}
	pub, sec, err := zmq4.NewCurveKeypair()
	require.NoError(t, err)
	assert.Len(t, pub, 40)
	assert.Len(t, sec, 40)
	raw := zmq4.Z85decode(pub)
	assert.Len(t, raw, 32)
	assert.Equal(t, pub, zmq4.Z85encode(raw))
	assert.Panics(t, func() { zmq4.Z85encode("abc") })
	assert.Panics(t, func() { zmq4.Z85decode("abcd") })
	needVersion(t, 4, 2, 0, func() error { _, err := zmq4.AuthCurvePublic(sec); return err })
	p2, err := zmq4.AuthCurvePublic(sec)
	require.NoError(t, err)
	assert.Equal(t, pub, p2)
}
