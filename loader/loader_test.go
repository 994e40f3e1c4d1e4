package loader

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/versions"
)

// Load caches its result per process, so the cases where no library
// loads run in a child process of the test binary, marked by this
// variable.
const childEnv = "GOZMQ_LOADER_TEST_CHILD"

func runChild(t *testing.T, name string, env ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+name+"$", "-test.count=1", "-test.v")
	cmd.Env = append(append(os.Environ(), childEnv+"="+name), env...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "child test failed:\n%s", out)
	require.Contains(t, string(out), "--- PASS: "+name, "child did not run the test:\n%s", out)
}

func TestCandidatesHonourEnv(t *testing.T) {
	t.Setenv(EnvLibrary, "/some/where/libzmq.so.3")
	assert.Equal(t, []string{"/some/where/libzmq.so.3"}, Candidates())

	t.Setenv(EnvLibrary, "")
	c := Candidates()
	require.NotEmpty(t, c)
	if runtime.GOOS == "linux" {
		assert.Equal(t, "libzmq.so.5", c[0], "newest ABI first")
		assert.Contains(t, c, "libzmq.so.1", "2.x soname")
		assert.Contains(t, c, "libzmq.so.3", "3.x soname")
	}
	if runtime.GOOS == "windows" {
		assert.Equal(t, "libzmq.dll", c[0], "the plain name first, through Windows' own search")
		assert.Contains(t, c, "libzmq-5.dll", "MSYS2's name")
	}
	c[0] = "changed"
	assert.NotEqual(t, "changed", Candidates()[0], "Candidates returns a copy")
}

func TestLoadReal(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	l2, err := Load()
	require.NoError(t, err)
	assert.Same(t, l, l2, "Load opens the library once")

	assert.NotEmpty(t, l.Name)
	if want := os.Getenv(EnvLibrary); want != "" {
		assert.Equal(t, want, l.Name)
	}
	if runtime.GOOS == "linux" {
		require.True(t, filepath.IsAbs(l.Path), "Path %q should be the mapped file", l.Path)
		fi, err := os.Stat(l.Path)
		require.NoError(t, err)
		assert.True(t, fi.Mode().IsRegular())
		assert.Contains(t, filepath.Base(l.Path), "libzmq")
	}

	if runtime.GOOS == "windows" {
		// GetModuleFileName names the DLL that was mapped.
		assert.True(t, strings.EqualFold(filepath.Ext(l.Path), ".dll"), "Path %q", l.Path)
		fi, err := os.Stat(l.Path)
		require.NoError(t, err)
		assert.True(t, fi.Mode().IsRegular())
	}

	v := l.Version
	assert.False(t, v.Less(versions.V(2, 1, 0)), "version %s", v)
	assert.True(t, v.Less(versions.V(5, 0, 0)), "version %s", v)
	require.NotNil(t, l.Table)
	assert.Same(t, versions.For(v), l.Table)

	// Functions every release has, and ones that track the release.
	f := l.Fn
	for name, p := range map[string]uintptr{"zmq_version": f.Version, "zmq_errno": f.Errno, "zmq_strerror": f.Strerror,
		"zmq_socket": f.Socket, "zmq_close": f.Close, "zmq_bind": f.Bind, "zmq_connect": f.Connect,
		"zmq_poll": f.Poll, "zmq_msg_init": f.MsgInit, "zmq_msg_close": f.MsgClose, "zmq_msg_data": f.MsgData,
		"zmq_msg_size": f.MsgSize, "zmq_setsockopt": f.Setsockopt, "zmq_getsockopt": f.Getsockopt} {
		assert.NotZero(t, p, "%s missing from %s", name, v)
	}
	has32 := !v.Less(versions.V(3, 2, 0))
	assert.Equal(t, has32, f.Unbind != 0, "zmq_unbind iff 3.2+ (%s)", v)
	assert.Equal(t, has32, f.Disconnect != 0, "zmq_disconnect iff 3.2+ (%s)", v)
	assert.Equal(t, has32, f.CtxNew != 0, "zmq_ctx_new iff 3.2+ (%s)", v)
	assert.Equal(t, has32, f.MsgSend != 0, "zmq_msg_send iff 3.2+ (%s)", v)
	assert.Equal(t, has32, f.Proxy != 0, "zmq_proxy iff 3.2+ (%s)", v)
	assert.Equal(t, !v.Less(versions.V(4, 1, 0)), f.Has != 0, "zmq_has iff 4.1+ (%s)", v)
	if v.Less(versions.V(3, 0, 0)) {
		assert.NotZero(t, f.Init, "2.x has zmq_init")
		assert.NotZero(t, f.Term, "2.x has zmq_term")
	}
}

func TestNotFoundErrorText(t *testing.T) {
	e := &NotFoundError{Tried: []string{"libzmq.so.5", "/x/libzmq.so"}, Reasons: []string{"no such file", ""}}
	s := e.Error()
	assert.True(t, strings.HasPrefix(s, "gozmq: libzmq not found; tried libzmq.so.5 (no such file), /x/libzmq.so. "), s)
	assert.Contains(t, s, "ZMQ_LIBRARY")
	assert.True(t, errors.Is(e, ErrNotFound))
	assert.False(t, errors.Is(errors.New("other"), ErrNotFound))
}

func TestLoadMissingCandidates(t *testing.T) {
	// load tries every name in order and reports each with the dynamic
	// linker's reason.
	names := []string{"/nonexistent/a/libzmq.so.5", "/nonexistent/b/libzmq.so.1"}
	l, err := load(names)
	require.Nil(t, l)
	var nf *NotFoundError
	require.True(t, errors.As(err, &nf), "%T: %v", err, err)
	assert.Equal(t, names, nf.Tried)
	require.Len(t, nf.Reasons, 2)
	for _, r := range nf.Reasons {
		assert.NotEmpty(t, r)
	}
	for _, n := range names {
		assert.Contains(t, err.Error(), n)
	}
}

func TestLoadNotALibzmq(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses glibc's soname")
	}
	// A library that opens but is not libzmq is refused with the reason,
	// not used.
	_, err := load([]string{"libc.so.6"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "libc.so.6")
	assert.Contains(t, err.Error(), "zmq_version")
}

func TestLoadNotFoundChild(t *testing.T) {
	const missing = "/nonexistent/libzmq.so.5"
	if os.Getenv(childEnv) != t.Name() {
		runChild(t, t.Name(), EnvLibrary+"="+missing)
		return
	}
	l, err := Load()
	require.Nil(t, l)
	require.Error(t, err)
	var nf *NotFoundError
	require.True(t, errors.As(err, &nf), "%T: %v", err, err)
	assert.True(t, errors.Is(err, ErrNotFound))
	assert.Equal(t, []string{missing}, nf.Tried, "only ZMQ_LIBRARY is tried when set")
	assert.Contains(t, err.Error(), missing)
	assert.Contains(t, err.Error(), installHint)
	_, err2 := Load()
	assert.Same(t, err, err2, "the failure is cached too")
}

// TestInstallHintNamesTestedCommands: the hint gives the command for
// each system the suite runs on (glibc: make test; musl: make
// test-musl) and the variable that overrides the search.
func TestInstallHintNamesTestedCommands(t *testing.T) {
	if runtime.GOOS == "linux" {
		assert.Contains(t, installHint, "apt-get install libzmq5")
		assert.Contains(t, installHint, "apk add zeromq")
	}
	assert.Contains(t, installHint, EnvLibrary)
}
