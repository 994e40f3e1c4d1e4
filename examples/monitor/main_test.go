package main

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	err := run(&out, "tcp://127.0.0.1:*", 2, 10*time.Second)
	if maj, min, _ := zmq.Version(); maj < 3 || maj == 3 && min < 2 {
		var ve *zmq.VersionError
		require.True(t, errors.As(err, &ve), "want a VersionError, got %v", err)
		t.Skipf("skipped-by-version: %v", err)
	}
	require.NoError(t, err)
	text := out.String()
	t.Log("\n" + text)
	assert.Contains(t, text, "EVENT_LISTENING")
	assert.Equal(t, 2, strings.Count(text, "EVENT_ACCEPTED "))
	assert.Equal(t, 2, strings.Count(text, "EVENT_DISCONNECTED "))
}
