package zmq4_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
	zmq4 "github.com/gozmq/gozmq/zmq4"
)

// Nil and zero values of every exported type behave as closed ones, as
// in the zmq face: no method panics, each that returns an error returns
// the closed error. Methods are found by reflection so that methods
// added later are covered.

// isVersionError reports the errors a feature the loaded release (or
// the OS) lacks returns before looking at the value.
func isVersionError(err error) bool {
	var ve *zmq.VersionError
	return errors.As(err, &ve) || err == zmq4.ErrorNotImplemented405 || err == zmq4.ErrorNotImplemented41 ||
		err == zmq4.ErrorNotImplemented42 || err == zmq4.ErrorNotImplementedWindows
}

// nilSafeCheck checks every method of v, each on a fresh zero value
// (see testutil.CheckNilSafe), excusing version errors.
func nilSafeCheck(t *testing.T, v reflect.Value, want error, other map[string]error) int {
	t.Helper()
	return testutil.CheckNilSafe(t, v, testutil.NilSafe{Want: want, Other: other, Excused: isVersionError, Fresh: true})
}

func TestNilSafeSocket(t *testing.T) {
	for _, s := range []*zmq4.Socket{nil, {}} {
		n := nilSafeCheck(t, reflect.ValueOf(s), zmq4.ErrorSocketClosed, map[string]error{"Close": nil, "Fail": nil})
		require.Greater(t, n, 100)
		assert.Equal(t, "Socket(CLOSED)", s.String())
		assert.Nil(t, s.Core())
	}
}

func TestNilSafeContext(t *testing.T) {
	for _, c := range []*zmq4.Context{nil, {}} {
		n := nilSafeCheck(t, reflect.ValueOf(c), zmq4.ErrorContextClosed, map[string]error{"Term": nil})
		require.Greater(t, n, 10)
		s, err := c.NewSocket(zmq4.PAIR)
		assert.Equal(t, zmq4.ErrorContextClosed, err)
		require.NotNil(t, s, "as with pebbe/zmq4, NewSocket never returns a nil socket")
		assert.Equal(t, zmq4.ErrorSocketClosed, s.Bind("inproc://x"))
		assert.False(t, c.GetRetryAfterEINTR())
		assert.Nil(t, c.Core())
	}
}

func TestNilSafePoller(t *testing.T) {
	var p *zmq4.Poller
	nilSafeCheck(t, reflect.ValueOf(p), zmq4.ErrorNoSocket, nil)
	assert.Equal(t, -1, p.Add(nil, zmq4.POLLIN))
	assert.Equal(t, "Poller[]", p.String())

	// A zero Poller works like NewPoller's.
	nilSafeCheck(t, reflect.ValueOf(&zmq4.Poller{}), zmq4.ErrorNoSocket, map[string]error{"Poll": nil, "PollAll": nil})
	var zp0 zmq4.Poller
	zp0.Add(nil, zmq4.POLLIN)
	_, err := zp0.Poll(time.Millisecond)
	assert.Equal(t, zmq4.ErrorSocketClosed, err, "a nil socket in a poller is a closed one")
	ctx, err := zmq4.NewContext()
	require.NoError(t, err)
	defer ctx.Term()
	a, b := nilPair(t, ctx)
	var zp zmq4.Poller
	assert.Equal(t, 0, zp.Add(b, zmq4.POLLIN))
	_, err = a.Send("x", 0)
	require.NoError(t, err)
	ready, err := zp.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Equal(t, b, ready[0].Socket)
}

func TestNilSafeReactor(t *testing.T) {
	var r *zmq4.Reactor
	nilSafeCheck(t, reflect.ValueOf(r), zmq4.ErrNilReactor, nil)
	assert.Zero(t, r.AddChannel(make(chan interface{}), 0, func(interface{}) error { return nil }))

	// A zero Reactor works like NewReactor's: sockets, channels, timers.
	z := &zmq4.Reactor{}
	nilSafeCheck(t, reflect.ValueOf(z), nil, map[string]error{"Run": testutil.AnyError})
	ctx, err := zmq4.NewContext()
	require.NoError(t, err)
	defer ctx.Term()
	a, b := nilPair(t, ctx)
	var zr zmq4.Reactor
	stop := errors.New("stop")
	got := ""
	zr.AddSocket(b, zmq4.POLLIN, func(zmq4.State) error {
		got, err = b.Recv(0)
		return stop
	})
	ch := make(chan interface{}, 1)
	ch <- "v"
	seen := make(chan interface{}, 1)
	zr.AddChannel(ch, 1, func(v interface{}) error { seen <- v; return nil })
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	zr.AddChannelTime(tick.C, 1, func(interface{}) error { return nil })
	_, err = a.Send("x", 0)
	require.NoError(t, err)
	require.Equal(t, stop, zr.Run(10*time.Millisecond))
	assert.Equal(t, "x", got)
	assert.Equal(t, "v", <-seen)
}

// nilPair returns two connected PAIR sockets with deadlines.
func nilPair(t *testing.T, ctx *zmq4.Context) (a, b *zmq4.Socket) {
	t.Helper()
	a, err := ctx.NewSocket(zmq4.PAIR)
	require.NoError(t, err)
	b, err = ctx.NewSocket(zmq4.PAIR)
	require.NoError(t, err)
	t.Cleanup(func() { a.Close(); b.Close() })
	for _, s := range []*zmq4.Socket{a, b} {
		if atLeast(2, 2, 0) { // RCVTIMEO and SNDTIMEO came with 2.2
			require.NoError(t, s.SetRcvtimeo(testTimeout))
			require.NoError(t, s.SetSndtimeo(testTimeout))
		}
		require.NoError(t, s.SetLinger(0))
	}
	ep := "inproc://nilsafe-" + t.Name()
	require.NoError(t, a.Bind(ep))
	require.NoError(t, b.Connect(ep))
	return a, b
}
