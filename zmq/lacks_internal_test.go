package zmq

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/loader"
	"github.com/gozmq/gozmq/versions"
)

// fakeAPI is enough of an api for lacks and has: a release and its
// table, no library.
func fakeAPI(v versions.Version) *api {
	return &api{Lib: &loader.Lib{Table: versions.For(v)}, v: v}
}

func TestLacksNamesTheTablesRelease(t *testing.T) {
	a := fakeAPI(versions.V(2, 1, 11))
	err := a.lacks("zmq_unbind", versions.Function, "zmq_unbind")
	var ve *VersionError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "gozmq: zmq_unbind needs libzmq >= 3.2, loaded 2.1.11", err.Error())
	assert.Equal(t, versions.V(3, 2, 0), ve.First)

	a = fakeAPI(versions.V(4, 1, 8))
	err = a.lacks("socket option HEARTBEAT_IVL", versions.SocketOption, "HEARTBEAT_IVL")
	assert.EqualError(t, err, "gozmq: socket option HEARTBEAT_IVL needs libzmq >= 4.2.0, loaded 4.1.8")
	err = a.lacks("socket type PEER", versions.SocketType, "PEER")
	assert.EqualError(t, err, "gozmq: socket type PEER needs libzmq >= 4.3.3 built with draft APIs (ENABLE_DRAFTS), loaded 4.1.8")
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, versions.V(4, 3, 3), ve.First)

	assert.False(t, fakeAPI(versions.V(3, 2, 5)).has(versions.SocketType, "STREAM"))
	assert.True(t, fakeAPI(versions.V(4, 0, 0)).has(versions.SocketType, "STREAM"))
}

// TestReleasesComeFromTheTables reads this package's source: every
// lacks call and every zmq_* function name handed to an error path must
// name something the versions tables know, and no VersionError is built
// with a release number typed by hand.
func TestReleasesComeFromTheTables(t *testing.T) {
	kinds := map[string]versions.Kind{}
	for k := versions.SocketType; k <= versions.Function; k++ {
		kinds[kindConst(k)] = k
	}
	fnName := regexp.MustCompile(`^zmq_[a-z0-9_]+$`)
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	calls := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if s, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING && fnName.MatchString(s) {
					_, ok := versions.Introduced(versions.Function, s)
					assert.True(t, ok, "%v: no table has function %s", fset.Position(n.Pos()), s)
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "lacks" || len(n.Args) != 3 {
					return true
				}
				calls++
				ksel, ok := n.Args[1].(*ast.SelectorExpr)
				if !ok {
					return true
				}
				k, known := kinds[ksel.Sel.Name]
				assert.True(t, known, "%v: lacks with kind %s", fset.Position(n.Pos()), ksel.Sel.Name)
				if lit, ok := n.Args[2].(*ast.BasicLit); ok {
					name, _ := strconv.Unquote(lit.Value)
					_, ok := versions.Introduced(k, name)
					assert.True(t, ok, "%v: no table has %v %s", fset.Position(n.Pos()), k, name)
				}
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "VersionError" {
					for _, e := range n.Elts {
						kv, ok := e.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						if key, _ := kv.Key.(*ast.Ident); key != nil && key.Name == "Need" {
							if lit, ok := kv.Value.(*ast.BasicLit); ok {
								assert.NotRegexp(t, `[0-9]`, lit.Value, "%v: a release typed by hand", fset.Position(n.Pos()))
							}
						}
					}
				}
			}
			return true
		})
	}
	assert.NotZero(t, calls, "no lacks calls found")
}

// kindConst is the name of k's constant in package versions.
func kindConst(k versions.Kind) string {
	return [...]string{"SocketType", "SocketOption", "ContextOption", "Flag", "PollEvent", "Device", "MonitorEvent", "Error", "Function"}[k]
}
