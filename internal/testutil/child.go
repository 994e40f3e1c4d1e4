package testutil

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// ChildEnv names, in the environment of a test binary that RunChild
// started, the test that binary is to run as the child.
const ChildEnv = "GOZMQ_TEST_CHILD"

// InChild reports whether this process is the child RunChild started
// to run t.
func InChild(t testing.TB) bool { return os.Getenv(ChildEnv) == t.Name() }

// RunChild runs the top-level test t again, alone, in a child process
// of the test binary with env added to its environment: for what
// changes the whole process (the library is loaded once per process,
// ZAP serves every socket) or may abort it. It fails t if the child
// fails, aborts, does not run the test, or has not finished within d
// (the child is then killed). The test tells the two apart with
// InChild.
func RunChild(t testing.TB, d time.Duration, env ...string) {
	t.Helper()
	name := t.Name()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+name+"$", "-test.count=1", "-test.v")
	cmd.Env = append(append(os.Environ(), ChildEnv+"="+name), env...)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("child running %s hung (killed after %v):\n%s", name, d, out)
	}
	require.NoError(t, err, "child running %s failed:\n%s", name, out)
	require.Contains(t, string(out), "--- PASS: "+name, "child did not run %s:\n%s", name, out)
}
