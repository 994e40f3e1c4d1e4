package zmq_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

// Nil and zero values: a failed constructor returns a nil pointer, and a
// program that ignores the error (or declares a zero Socket{}) must get
// the error a closed value gives, never a nil pointer panic. Methods are
// found by reflection so that methods added later are covered.

// nilSafeCheck checks every method of v (see testutil.CheckNilSafe)
// with the arguments the misuse tests use.
func nilSafeCheck(t *testing.T, v reflect.Value, want error, other map[string]error) int {
	t.Helper()
	return testutil.CheckNilSafe(t, v, testutil.NilSafe{Want: want, Other: other, Args: misuseZeroArgs})
}

func TestNilSafeSocket(t *testing.T) {
	for _, s := range []*zmq.Socket{nil, {}} {
		n := nilSafeCheck(t, reflect.ValueOf(s), zmq.ENOTSOCK, map[string]error{"Close": nil})
		require.Greater(t, n, 200)
	}
}

func TestNilSafeContext(t *testing.T) {
	for _, c := range []*zmq.Context{nil, {}} {
		n := nilSafeCheck(t, reflect.ValueOf(c), zmq.ETERM, nil)
		require.Greater(t, n, 20)
	}
}

func TestNilSafeMsg(t *testing.T) {
	var m *zmq.Msg
	nilSafeCheck(t, reflect.ValueOf(m), zmq.EINVAL, map[string]error{"Close": nil})
	assert.Nil(t, m.Data())
	assert.Zero(t, m.Size())
	assert.False(t, m.More())
}

func TestNilSafePoller(t *testing.T) {
	var p *zmq.Poller
	nilSafeCheck(t, reflect.ValueOf(p), zmq.EINVAL, nil)
	assert.Equal(t, -1, p.Add(nil, zmq.POLLIN))
	assert.Equal(t, -1, p.AddFd(0, zmq.POLLIN))
	assert.Zero(t, p.Len())
}

func TestNilSafeMonitor(t *testing.T) {
	for _, m := range []*zmq.Monitor{nil, {}} {
		nilSafeCheck(t, reflect.ValueOf(m), nil, nil)
	}
}

func TestNilSafeAuthenticator(t *testing.T) {
	for _, au := range []*zmq.Authenticator{nil, {}} {
		nilSafeCheck(t, reflect.ValueOf(au), nil, nil)
		select {
		case <-au.Done():
		default:
			t.Errorf("Done of %s is not closed: it never ran", testutil.Describe(reflect.ValueOf(au)))
		}
	}
}

func TestNilSafeChannels(t *testing.T) {
	for _, c := range []*zmq.Channels{nil, {}} {
		nilSafeCheck(t, reflect.ValueOf(c), nil, nil)
	}
}

func TestNilSafeVersionError(t *testing.T) {
	var e *zmq.VersionError
	_, p := testutil.CallMethod(t, reflect.ValueOf(e), "Error", nil)
	assert.Nil(t, p)
	assert.True(t, errors.Is(error(e), errors.ErrUnsupported))
}

// TestNilSafeConstructors passes nil and zero values to the functions
// that take them, and nil messages to a live socket.
func TestNilSafeConstructors(t *testing.T) {
	_, err := zmq.NewAuthenticator(nil)
	assert.ErrorIs(t, err, zmq.ETERM)
	_, err = zmq.NewAuthenticator(&zmq.Context{})
	assert.ErrorIs(t, err, zmq.ETERM)
	_, err = zmq.NewChannels(&zmq.Socket{})
	assert.ErrorIs(t, err, zmq.ENOTSOCK)
	var c *zmq.Context
	_, err = c.NewMonitor(nil, zmq.EVENT_ALL)
	assert.ErrorIs(t, err, zmq.ETERM)

	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	defer ctx.Close()
	_, err = ctx.NewMonitor(nil, zmq.EVENT_ALL)
	var ve *zmq.VersionError
	if !errors.As(err, &ve) {
		assert.ErrorIs(t, err, zmq.ENOTSOCK)
	}
	_, err = zmq.NewChannels(nil)
	assert.ErrorIs(t, err, zmq.EINVAL)
	s := newSocket(t, ctx, zmq.PAIR)
	assert.ErrorIs(t, s.RecvMsg(nil, zmq.DONTWAIT), zmq.EINVAL)
	assert.ErrorIs(t, s.SendMsg(nil, zmq.DONTWAIT), zmq.EINVAL)
	_, err = zmq.Poll([]zmq.PollItem{{Socket: &zmq.Socket{}, Events: zmq.POLLIN}}, 0)
	assert.ErrorIs(t, err, zmq.ENOTSOCK)
	p := zmq.NewPoller()
	p.Add(&zmq.Socket{}, zmq.POLLIN)
	_, err = p.Poll(0)
	assert.ErrorIs(t, err, zmq.ENOTSOCK)
}
