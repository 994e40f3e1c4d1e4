package zmq4

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// TestNotImplementedFollowsTheTables: the pebbe error for a feature a
// 4.x release lacks is chosen by the release the core's VersionError
// names, which the versions tables supply.
func TestNotImplementedFollowsTheTables(t *testing.T) {
	if x, _, _ := Version(); x != 4 {
		t.Skipf("skipped-by-version: the pebbe errors apply to 4.x, loaded %d", x)
	}
	ve := func(r versions.Version) error { return &zmq.VersionError{Feature: "f", Need: "n", First: r} }
	assert.Equal(t, ErrorNotImplemented41, notImplemented(ve(versions.V(4, 1, 0))))
	assert.Equal(t, ErrorNotImplemented42, notImplemented(ve(versions.V(4, 2, 0))))
	assert.Equal(t, ErrorNotImplemented42, notImplemented(ve(versions.V(4, 2, 3))))
	assert.Equal(t, ErrorNotImplemented405, notImplemented(ve(versions.V(4, 0, 5))))

	// Features of 2.x, 3.x and 4.3, removed ones and other errors keep
	// their own error.
	for _, err := range []error{
		ve(versions.V(3, 2, 0)), ve(versions.V(4, 3, 0)),
		&zmq.VersionError{Feature: "socket option SWAP", Need: "3.x", Removed: true},
		errors.New("other"), nil,
	} {
		assert.Equal(t, err, notImplemented(err))
	}

	// The tables, not this package, say which option needs what.
	for name, want := range map[string]error{"TOS": ErrorNotImplemented41, "HEARTBEAT_IVL": ErrorNotImplemented42} {
		in, ok := versions.Introduced(versions.SocketOption, name)
		if assert.True(t, ok, name) {
			assert.Equal(t, want, notImplemented(ve(in.Release)), name)
		}
	}
}
