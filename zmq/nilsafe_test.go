package zmq_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// Nil and zero values: a failed constructor returns a nil pointer, and a
// program that ignores the error (or declares a zero Socket{}) must get
// the error a closed value gives, never a nil pointer panic. Methods are
// found by reflection so that methods added later are covered.

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// nilSafeCall calls method name of v with zero arguments (see
// misuseZeroArgs) under a deadline, in a goroutine that recovers, and
// returns the results or the panic value.
func nilSafeCall(t *testing.T, v reflect.Value, name string) (out []reflect.Value, panicked any) {
	t.Helper()
	m := v.MethodByName(name)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		out = m.Call(misuseZeroArgs(m))
	}()
	select {
	case <-done:
	case <-time.After(testTimeout):
		t.Fatalf("%s.%s did not return within %v", v.Type(), name, testTimeout)
	}
	return out, panicked
}

// nilSafeCheck calls every exported method of v and checks that none
// panics and that each error-returning one returns want, except the
// methods listed in other, which must return that error instead (nil
// for a Close that, like closing twice, is harmless). It returns how
// many methods returned an error.
func nilSafeCheck(t *testing.T, v reflect.Value, want error, other map[string]error) int {
	t.Helper()
	checked := 0
	for i := 0; i < v.NumMethod(); i++ {
		name := v.Type().Method(i).Name
		out, p := nilSafeCall(t, v, name)
		if p != nil {
			t.Errorf("%s on %s panicked: %v", name, describe(v), p)
			continue
		}
		mt := v.Method(i).Type()
		if mt.NumOut() == 0 || mt.Out(mt.NumOut()-1) != errorType {
			continue
		}
		checked++
		err, _ := out[len(out)-1].Interface().(error)
		exp, ok := other[name]
		if !ok {
			exp = want
		}
		if exp == nil {
			assert.NoError(t, err, "%s on %s", name, describe(v))
			continue
		}
		assert.ErrorIs(t, err, exp, "%s on %s", name, describe(v))
	}
	return checked
}

func describe(v reflect.Value) string {
	if v.IsNil() {
		return "a nil " + v.Type().String()
	}
	return "a zero " + v.Type().Elem().String()
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
			t.Errorf("Done of %s is not closed: it never ran", describe(reflect.ValueOf(au)))
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
	_, p := nilSafeCall(t, reflect.ValueOf(e), "Error")
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
