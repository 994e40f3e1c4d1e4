package zmq4_test

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"

	"github.com/gozmq/gozmq/gozeromq/zmq4"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/curve"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/null"
	"github.com/gozmq/gozmq/gozeromq/zmq4/security/plain"
	"github.com/gozmq/gozmq/gozeromq/zmq4/transport"
)

// Nil and zero values of every exported type of this face, and of its
// subpackages, behave as closed ones: no method panics or hangs, and each
// that returns an error returns what a closed value returns. Methods are
// found by reflection so that methods added later are covered, and
// TestNilSafeCoversEveryType fails when an exported type is added without
// a case here.

// nilSafeCheck calls every exported method of v (testutil.CheckNilSafe)
// and checks that none panics and that each error-returning one returns
// want (errors.Is), except those named in other. It returns how many
// methods returned an error.
//
// For a nil pointer, the methods with a value receiver are skipped: Go
// itself panics when one is called through a nil pointer, before any
// code of the method runs, so no preamble can prevent it (go-zeromq's
// Msg, Metadata and Property have value methods, which a pointer
// receiver would take from Msg values, so they stay). The pointer
// methods of the same types are checked. Arguments are plain zero
// values, as go-zeromq's methods take no timeouts.
func nilSafeCheck(t *testing.T, v reflect.Value, want error, other map[string]error) int {
	t.Helper()
	return testutil.CheckNilSafe(t, v, testutil.NilSafe{Want: want, Other: other, Args: plainZeroArgs, ValueMethods: true})
}

// plainZeroArgs is a method's zero arguments, the variadic ones left out.
func plainZeroArgs(m reflect.Value) []reflect.Value {
	mt := m.Type()
	args := make([]reflect.Value, mt.NumIn())
	for i := range args {
		args[i] = reflect.Zero(mt.In(i))
	}
	if mt.IsVariadic() {
		return args[:len(args)-1]
	}
	return args
}

// covered lists, per package directory, the exported types the tests
// below check.
var covered = map[string][]string{
	".": {"Cmd", "Conn", "Metadata", "Msg", "MsgType", "Option", "Property", "Proxy", "Queue",
		"Security", "SecurityType", "Socket", "SocketIdentity", "SocketType", "Topics", "UnknownTransportError"},
	"transport":      {"Dialer", "Transport"},
	"security/null":  nil,
	"security/plain": nil,
	"security/curve": nil,
}

// TestNilSafeCoversEveryType reads the face's sources and fails when an
// exported type has no case in this file.
func TestNilSafeCoversEveryType(t *testing.T) {
	for dir, want := range covered {
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		var got []string
		for name, pkg := range pkgs {
			if name == "zmq4_test" || name == "main" {
				continue
			}
			for fname, f := range pkg.Files {
				if len(fname) > 8 && fname[len(fname)-8:] == "_test.go" {
					continue
				}
				for _, d := range f.Decls {
					gd, ok := d.(*ast.GenDecl)
					if !ok || gd.Tok != token.TYPE {
						continue
					}
					for _, s := range gd.Specs {
						if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
							got = append(got, ts.Name.Name)
						}
					}
				}
			}
		}
		sort.Strings(got)
		assert.ElementsMatch(t, want, got, "exported types of %s: add a nil/zero case for each new one", dir)
	}
}

// closedErr is what a closed socket of this face returns, as go-zeromq's
// do: the error of its (cancelled) context.
var closedErr = context.Canceled

func TestNilSafeProxy(t *testing.T) {
	for _, p := range []*zmq4.Proxy{nil, {}} {
		n := nilSafeCheck(t, reflect.ValueOf(p), closedErr, nil)
		require.Equal(t, 1, n, "Run is the one method that returns an error")
		err := p.Run()
		require.Error(t, err)
		assert.ErrorIs(t, err, context.Canceled)
		assert.Contains(t, err.Error(), "NewProxy")
	}
}

func TestNilSafeQueue(t *testing.T) {
	var nq *zmq4.Queue
	nilSafeCheck(t, reflect.ValueOf(nq), nil, nil)
	nq.Push(zmq4.NewMsgString("dropped"))
	assert.Zero(t, nq.Len(), "a nil queue holds nothing")
	_, ok := nq.Peek()
	assert.False(t, ok)

	nilSafeCheck(t, reflect.ValueOf(&zmq4.Queue{}), nil, nil)
	var q zmq4.Queue // the zero value is ready to use
	assert.Zero(t, q.Len())
	q.Push(zmq4.NewMsgString("a"))
	m, ok := q.Peek()
	require.True(t, ok)
	assert.Equal(t, "Msg{Frames:{\"a\"}}", m.String())
	q.Pop()
	assert.Zero(t, q.Len())
}

func TestNilSafeMsg(t *testing.T) {
	// Only value methods: a nil *Msg has nothing this package can check
	// (see nilSafeCheck), but a pointer method added later would be.
	nilSafeCheck(t, reflect.ValueOf((*zmq4.Msg)(nil)), nil, nil)
	nilSafeCheck(t, reflect.ValueOf(&zmq4.Msg{}), nil, nil)
	var m zmq4.Msg // behaves as an empty message
	assert.NoError(t, m.Err())
	assert.Empty(t, m.Bytes())
	assert.Equal(t, "Msg{Frames:{}}", m.String())
	assert.Empty(t, m.Clone().Frames)
	assert.Equal(t, zmq4.UsrMsg, m.Type)
}

func TestNilSafeConn(t *testing.T) {
	for _, c := range []*zmq4.Conn{nil, {}} {
		n := nilSafeCheck(t, reflect.ValueOf(c), zmq4.ErrClosedConn, map[string]error{"Close": nil})
		require.Greater(t, n, 5)
		assert.True(t, c.Closed())
	}
	var cmd zmq4.Cmd // no methods: a plain value
	assert.Zero(t, reflect.TypeOf(cmd).NumMethod())
}

func TestNilSafeMetadata(t *testing.T) {
	nilSafeCheck(t, reflect.ValueOf((*zmq4.Metadata)(nil)), zmq4.ErrBadProperty, nil)
	assert.ErrorIs(t, (*zmq4.Metadata)(nil).UnmarshalZMTP([]byte{1, 'k', 0, 0, 0, 0}), zmq4.ErrBadProperty)

	var md zmq4.Metadata // a nil map: empty, and UnmarshalZMTP makes it
	nilSafeCheck(t, reflect.ValueOf(md), nil, nil)
	nilSafeCheck(t, reflect.ValueOf(&md), nil, nil)
	b, err := md.MarshalZMTP()
	require.NoError(t, err)
	assert.Empty(t, b)
	require.NoError(t, md.UnmarshalZMTP([]byte{1, 'k', 0, 0, 0, 1, 'v'}))
	assert.Equal(t, zmq4.Metadata{"k": "v"}, md)
}

func TestNilSafeProperty(t *testing.T) {
	nilSafeCheck(t, reflect.ValueOf((*zmq4.Property)(nil)), zmq4.ErrBadProperty, nil)
	// A zero Property has an empty name, which ZMTP forbids.
	nilSafeCheck(t, reflect.ValueOf(zmq4.Property{}), zmq4.ErrBadProperty, nil)
	nilSafeCheck(t, reflect.ValueOf(&zmq4.Property{}), zmq4.ErrBadProperty, map[string]error{"Write": io.ErrUnexpectedEOF})
}

// TestNilSafeValueTypes calls the methods of the zero values of the
// types that are plain values: none panics.
func TestNilSafeValueTypes(t *testing.T) {
	nilSafeCheck(t, reflect.ValueOf(zmq4.MsgType(0)), nil, nil)
	nilSafeCheck(t, reflect.ValueOf(zmq4.SecurityType("")), nil, nil)
	nilSafeCheck(t, reflect.ValueOf(zmq4.SocketType("")), nil, nil)
	assert.False(t, zmq4.SocketType("").IsCompatible(""))
	nilSafeCheck(t, reflect.ValueOf(zmq4.SocketIdentity(nil)), nil, nil)
	assert.Equal(t, "", zmq4.SocketIdentity(nil).String())
	nilSafeCheck(t, reflect.ValueOf(zmq4.UnknownTransportError{}), nil, nil)
	assert.NotEmpty(t, zmq4.UnknownTransportError{}.Error())

	// A nil Option, as a zero value, is skipped by the constructors.
	s := zmq4.NewPair(testCtx(t), nil, zmq4.Option(nil))
	defer s.Close()
	assert.Equal(t, zmq4.Pair, s.Type())
}

// constructors are the face's socket constructors: Socket is an
// interface, so what they return is what must not panic.
var constructors = map[zmq4.SocketType]newSocket{
	zmq4.Pair: zmq4.NewPair, zmq4.Pub: zmq4.NewPub, zmq4.Sub: zmq4.NewSub,
	zmq4.XPub: zmq4.NewXPub, zmq4.XSub: zmq4.NewXSub, zmq4.Req: zmq4.NewReq,
	zmq4.Rep: zmq4.NewRep, zmq4.Dealer: zmq4.NewDealer, zmq4.Router: zmq4.NewRouter,
	zmq4.Pull: zmq4.NewPull, zmq4.Push: zmq4.NewPush,
}

// TestNilSafeClosedSocket calls every method of a socket of each type,
// closed by Close and by its context, and checks that each returns the
// closed error (Close nil; GetOption answers from what SetOption
// remembered, ErrBadProperty for a name never set) and none panics. The
// Topics interface, which PUB, SUB and XPUB add, is covered: the
// methods are those of the value, not of the interface.
func TestNilSafeClosedSocket(t *testing.T) {
	other := map[string]error{"Close": nil, "GetOption": zmq4.ErrBadProperty}
	for typ, newSocket := range constructors {
		closed := newSocket(testCtx(t))
		require.NoError(t, closed.Close())
		n := nilSafeCheck(t, reflect.ValueOf(closed), closedErr, other)
		require.GreaterOrEqual(t, n, 7, "%s", typ)
		assert.Equal(t, typ, closed.Type())
		if tp, ok := closed.(zmq4.Topics); ok {
			assert.Empty(t, tp.Topics())
		}

		ctx, cancel := context.WithCancel(testCtx(t))
		cancel()
		ended := newSocket(ctx)
		nilSafeCheck(t, reflect.ValueOf(ended), closedErr, other)
		require.NoError(t, ended.Close(), "closing twice is harmless")
	}
}

// TestNilSafeSecurity calls the methods of the values of the security
// packages with zero arguments: a nil io.Writer or *Conn is an error.
func TestNilSafeSecurity(t *testing.T) {
	for _, sec := range []zmq4.Security{null.Security(), plain.Security("", ""), curve.Security("", "", "")} {
		n := nilSafeCheck(t, reflect.ValueOf(sec), testutil.AnyError, nil)
		require.Equal(t, 3, n, "%s: Handshake, Encrypt, Decrypt", sec.Type())
		assert.NotEmpty(t, sec.Type())
	}
}

// TestNilSafeTransport calls the methods of transport.New's value, of
// the zero network and of "tcp", with zero arguments: a nil context or
// Dialer is the default one, and the empty address an error.
func TestNilSafeTransport(t *testing.T) {
	nilSafeCheck(t, reflect.ValueOf(transport.New("")), testutil.AnyError, nil)
	tr := transport.New("tcp")
	_, err := tr.Dial(nil, nil, "")
	assert.Error(t, err, "dialing nowhere")
	_, err = tr.Addr("")
	assert.Error(t, err)
}

// TestNilSafeUnmadeSocket covers the sockets a constructor could not
// make (here: no libzmq to load), in a child process whose ZMQ_LIBRARY
// names a missing file: every method returns why (Close nil), none
// panics, and a proxy over them ends with an error.
func TestNilSafeUnmadeSocket(t *testing.T) {
	if !testutil.InChild(t) {
		testutil.RunChild(t, 3*testTimeout, "ZMQ_LIBRARY="+filepath.Join(t.TempDir(), "no-libzmq.so"))
		return
	}
	for typ, newSocket := range constructors {
		s := newSocket(testCtx(t))
		n := nilSafeCheck(t, reflect.ValueOf(s), testutil.AnyError, map[string]error{"Close": nil})
		require.GreaterOrEqual(t, n, 7, "%s", typ)
		err := s.Listen("inproc://nolib")
		require.Error(t, err)
		assert.Contains(t, err.Error(), "could not make")
		assert.Equal(t, typ, s.Type())
	}
	p := zmq4.NewProxy(testCtx(t), zmq4.NewPull(testCtx(t)), zmq4.NewPush(testCtx(t)), nil)
	assert.Error(t, within(t, testTimeout, "Run", p.Run))
	nilSafeCheck(t, reflect.ValueOf(p), testutil.AnyError, nil)
}
