package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out, "inproc://front", "inproc://back", 2, 10*time.Second))
	assert.Equal(t, `worker got: first 1
worker got: first 2
paused
nothing forwarded while paused
resumed
worker got: second 1
worker got: second 2
statistics: frontend received 4 messages (30 bytes), backend sent 4 messages (30 bytes)
proxy terminated: <nil>
`, out.String())
}
