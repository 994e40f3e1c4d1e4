package draft_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
	"github.com/gozmq/gozmq/zmq4"
	"github.com/gozmq/gozmq/zmq4/draft"
)

// Nil and zero values of the draft face's types behave as closed ones,
// as zmq4's do: every method, the forwarded zmq4 ones included (a
// method Go promotes from the embedded *zmq4.Socket would panic on a
// nil *draft.Socket; promoted.go forwards them instead).

// notImplemented reports the errors a feature the loaded release lacks
// returns before looking at the value.
func notImplemented(err error) bool {
	var ve *zmq.VersionError
	return errors.As(err, &ve) || (err != nil && strings.HasPrefix(err.Error(), "Not implemented"))
}

// nilSafeCheck checks every method of v, each on a fresh zero value
// (see testutil.CheckNilSafe), excusing version errors; the methods
// in nilOK return nil.
func nilSafeCheck(t *testing.T, v reflect.Value, want error, nilOK ...string) int {
	t.Helper()
	other := map[string]error{}
	for _, name := range nilOK {
		other[name] = nil
	}
	return testutil.CheckNilSafe(t, v, testutil.NilSafe{Want: want, Other: other, Excused: notImplemented, Fresh: true})
}

func TestNilSafeSocket(t *testing.T) {
	var nilSock *draft.Socket
	for _, v := range []reflect.Value{reflect.ValueOf(nilSock), reflect.ValueOf(&draft.Socket{})} {
		// Closing a closed socket is harmless; Fail(nil) is nil.
		n := nilSafeCheck(t, v, zmq4.ErrorSocketClosed, "Close", "Fail")
		require.Greater(t, n, 100)
	}
	assert.Equal(t, "Socket(CLOSED)", nilSock.String())
	assert.NoError(t, nilSock.Close())
}

func TestNilSafeContext(t *testing.T) {
	var nilCtx *draft.Context
	for _, v := range []reflect.Value{reflect.ValueOf(nilCtx), reflect.ValueOf(&draft.Context{})} {
		n := nilSafeCheck(t, v, zmq4.ErrorContextClosed, "Term")
		require.Greater(t, n, 10)
	}
	s, err := nilCtx.NewSocket(draft.PAIR)
	assert.Equal(t, zmq4.ErrorContextClosed, err)
	require.NotNil(t, s)
	assert.Equal(t, zmq4.ErrorSocketClosed, s.Bind("inproc://x"))
	assert.NoError(t, nilCtx.Term())
}

func TestNilSafePollerReactor(t *testing.T) {
	var p *draft.Poller
	nilSafeCheck(t, reflect.ValueOf(p), zmq4.ErrorNoSocket)
	assert.Equal(t, -1, p.Add(nil, draft.POLLIN))
	var r *draft.Reactor
	nilSafeCheck(t, reflect.ValueOf(r), zmq4.ErrNilReactor)

	// Zero values work.
	ctx := newCtx(t)
	a := newSock(t, ctx, draft.PAIR)
	b := newSock(t, ctx, draft.PAIR)
	require.NoError(t, a.Bind("inproc://draft-nilsafe"))
	require.NoError(t, b.Connect("inproc://draft-nilsafe"))
	var zp draft.Poller
	assert.Equal(t, 0, zp.Add(b, draft.POLLIN))
	_, err := a.Send("x", 0)
	require.NoError(t, err)
	ready, err := zp.Poll(testTimeout)
	require.NoError(t, err)
	require.Len(t, ready, 1)
	assert.Same(t, b, ready[0].Socket)
	var zr draft.Reactor
	stop := errors.New("stop")
	zr.AddSocket(b, draft.POLLIN, func(draft.State) error { return stop })
	assert.Equal(t, stop, zr.Run(time.Millisecond))
}
