package zmq_test

import (
	"context"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestFaceIsGenerated fails when api.go no longer re-exports exactly
// internal/core's names, so that a name added to the core cannot be
// forgotten by the gozmq face.
func TestFaceIsGenerated(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command here to run mkface.go (cross-compiled test binary)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, gobin, "run", "mkface.go", "-check").CombinedOutput()
	require.NoError(t, err, "%s", out)
}
