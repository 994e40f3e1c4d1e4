package testutil

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// AnyError, as a NilSafe.Other entry, accepts any non-nil error.
var AnyError = errors.New("any error")

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// NilSafe says what CheckNilSafe expects of the methods of a nil or
// zero value: that it behaves as a closed one.
type NilSafe struct {
	// Want is the error each error-returning method returns.
	Want error
	// Other lists the methods that return another error instead: nil
	// for a Close that, like closing twice, is harmless, AnyError where
	// any error will do.
	Other map[string]error
	// Excused reports errors accepted in place of a non-nil expected
	// one: a feature the loaded release lacks fails before it looks at
	// the value. Nil excuses nothing.
	Excused func(error) bool
	// Fresh calls each method of a non-nil value on a fresh zero value,
	// so that what one call adds does not change what the next sees.
	Fresh bool
	// Args builds a method's arguments; nil means ZeroArgs.
	Args func(m reflect.Value) []reflect.Value
	// ValueMethods skips, on a nil pointer, the methods with a value
	// receiver: Go panics when one is called through a nil pointer
	// before any code of the method runs, so no preamble can prevent
	// it. Only for types whose API fixes value receivers.
	ValueMethods bool
}

// ZeroArgs builds zero arguments for method m, with a millisecond where
// a zero time.Duration would mean "wait forever", and leaves out the
// variadic ones.
func ZeroArgs(m reflect.Value) []reflect.Value {
	mt := m.Type()
	args := make([]reflect.Value, mt.NumIn())
	for i := range args {
		args[i] = reflect.Zero(mt.In(i))
		if mt.In(i) == reflect.TypeOf(time.Duration(0)) {
			args[i] = reflect.ValueOf(time.Millisecond)
		}
	}
	if mt.IsVariadic() {
		return args[:len(args)-1]
	}
	return args
}

// CallMethod calls method name of v with args under Timeout, in a
// goroutine that recovers, and returns the results or the panic value.
// A call that does not return fails t.
func CallMethod(t testing.TB, v reflect.Value, name string, args func(reflect.Value) []reflect.Value) (out []reflect.Value, panicked any) {
	t.Helper()
	if args == nil {
		args = ZeroArgs
	}
	m := v.MethodByName(name)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		out = m.Call(args(m))
	}()
	select {
	case <-done:
	case <-time.After(Timeout):
		t.Fatalf("%s on %s did not return within %v", name, Describe(v), Timeout)
	}
	return out, panicked
}

// CheckNilSafe calls every exported method of v, a nil or zero pointer
// or a value,
// and checks that none panics and that each error-returning one returns
// what c says. Methods are found by reflection so that methods added
// later are covered. It returns how many methods returned an error.
func CheckNilSafe(t testing.TB, v reflect.Value, c NilSafe) int {
	t.Helper()
	checked := 0
	for i := 0; i < v.NumMethod(); i++ {
		name := v.Type().Method(i).Name
		if c.ValueMethods && isNilPointer(v) {
			if _, byValue := v.Type().Elem().MethodByName(name); byValue {
				continue
			}
		}
		if c.Fresh && v.Kind() == reflect.Pointer && !v.IsNil() {
			v = reflect.New(v.Type().Elem())
		}
		out, p := CallMethod(t, v, name, c.Args)
		if p != nil {
			t.Errorf("%s on %s panicked: %v", name, Describe(v), p)
			continue
		}
		mt := v.Method(i).Type()
		if mt.NumOut() == 0 || mt.Out(mt.NumOut()-1) != errorType {
			continue
		}
		checked++
		err, _ := out[len(out)-1].Interface().(error)
		exp, ok := c.Other[name]
		if !ok {
			exp = c.Want
		}
		switch {
		case exp == AnyError:
			assert.Error(t, err, "%s on %s", name, Describe(v))
		case exp == nil:
			assert.NoError(t, err, "%s on %s", name, Describe(v))
		case c.Excused != nil && c.Excused(err):
		default:
			assert.ErrorIs(t, err, exp, "%s on %s", name, Describe(v))
		}
	}
	return checked
}

// Describe names v, a nil or zero pointer or a value, in a failure
// message.
func Describe(v reflect.Value) string {
	switch {
	case isNilPointer(v):
		return "a nil " + v.Type().String()
	case v.Kind() == reflect.Pointer:
		return "a zero " + v.Type().Elem().String()
	}
	return "a " + v.Type().String() + " " + v.String()
}

func isNilPointer(v reflect.Value) bool {
	return v.Kind() == reflect.Pointer && v.IsNil()
}
