package draft_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
	"github.com/gozmq/gozmq/zmq4"
	"github.com/gozmq/gozmq/zmq4/draft"
)

// Nil and zero values of the draft face's types behave as closed ones,
// as zmq4's do: every method, the forwarded zmq4 ones included (a
// method Go promotes from the embedded *zmq4.Socket would panic on a
// nil *draft.Socket; promoted.go forwards them instead).

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// nilSafeCheck calls every exported method of v (of a fresh zero value
// each time when v is not nil) with zero arguments under a deadline,
// checks that none panics and that each error-returning one returns
// want or a "not implemented" error, and returns how many returned an
// error.
func nilSafeCheck(t *testing.T, v reflect.Value, want error, nilOK ...string) int {
	t.Helper()
	checked := 0
	for i := 0; i < v.NumMethod(); i++ {
		name := v.Type().Method(i).Name
		if !v.IsNil() {
			v = reflect.New(v.Type().Elem())
		}
		m := v.Method(i)
		mt := m.Type()
		args := make([]reflect.Value, mt.NumIn())
		for j := range args {
			args[j] = reflect.Zero(mt.In(j))
			if mt.In(j) == reflect.TypeOf(time.Duration(0)) {
				args[j] = reflect.ValueOf(time.Millisecond)
			}
		}
		if mt.IsVariadic() {
			args = args[:len(args)-1]
		}
		var out []reflect.Value
		var panicked any
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer func() { panicked = recover() }()
			out = m.Call(args)
		}()
		select {
		case <-done:
		case <-time.After(testTimeout):
			t.Fatalf("%s on %v did not return within %v", name, v.Type(), testTimeout)
		}
		if panicked != nil {
			t.Errorf("%s on %v (nil: %v) panicked: %v", name, v.Type(), v.IsNil(), panicked)
			continue
		}
		if mt.NumOut() == 0 || mt.Out(mt.NumOut()-1) != errorType {
			continue
		}
		checked++
		err, _ := out[len(out)-1].Interface().(error)
		var ve *zmq.VersionError
		if errors.As(err, &ve) || (err != nil && strings.HasPrefix(err.Error(), "Not implemented")) {
			continue
		}
		if want == nil || contains(nilOK, name) {
			assert.NoError(t, err, "%s on %v", name, v.Type())
		} else {
			assert.ErrorIs(t, err, want, "%s on %v (nil: %v)", name, v.Type(), v.IsNil())
		}
	}
	return checked
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
