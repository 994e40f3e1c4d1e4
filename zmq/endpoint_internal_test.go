package zmq

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkEndpoint is tested here for every transport that has a port,
// including those the loaded libzmq may not be built with (pgm, norm,
// ws, vmci): the check runs before libzmq sees the endpoint.
func TestCheckEndpointPorts(t *testing.T) {
	good := []struct {
		ep   string
		bind bool
	}{
		{"tcp://127.0.0.1:5555", true}, {"tcp://127.0.0.1:5555", false},
		{"tcp://127.0.0.1:*", true}, {"tcp://*:0", true}, {"tcp://127.0.0.1:0", false},
		{"tcp://127.0.0.1:65535", true}, {"tcp://127.0.0.1:00080", true},
		{"tcp://[::1]:1", true}, {"tcp://eth0:5555", true}, {"tcp://localhost:5555", false},
		{"tcp://127.0.0.1:*;127.0.0.1:5555", false}, {"tcp://eth0:0;host:1", false},
		{"udp://*:5555", true}, {"udp://eth0;239.0.0.1:5555", false}, {"udp://127.0.0.1:5555", false},
		{"pgm://eth0;239.192.1.1:5555", true}, {"epgm://eth0;239.192.1.1:5555", false},
		{"norm://eth0;239.192.1.1:5555", false},
		{"ws://127.0.0.1:8080/path", false}, {"ws://*:*", true}, {"ws://h:80", false}, {"wss://h:443/a/b", false},
		{"vmci://1:4294967295", false}, {"vmci://*:*", true}, {"vmci://@:-1", true},
		{"inproc://x: 1", true}, {"ipc:///tmp/a: 1", true}, {"tipc://{5560,0,0}", true}, {"bogus://x: 1", true},
		{"no transport: 1", true},
		// No port at all: libzmq's own bare EINVAL, which programs compare with ==.
		{"tcp://127.0.0.1", true}, {"tcp://127.0.0.1:", true}, {"tcp://", false}, {"epgm://eth0;239.1.1.1", true},
	}
	for _, g := range good {
		assert.NoError(t, checkEndpoint(g.ep, g.bind), "%q bind=%v", g.ep, g.bind)
	}
	bad := []struct {
		ep   string
		bind bool
		why  string
	}{
		{"tcp://127.0.0.1: 65617", true, "not a decimal number"},
		{"tcp://127.0.0.1:  70000", true, "not a decimal number"},
		{"tcp://127.0.0.1: -1", false, "not a decimal number"},
		{"tcp://127.0.0.1:-1", true, "not a decimal number"},
		{"tcp://127.0.0.1:+80", true, "not a decimal number"},
		{"tcp://127.0.0.1:80 ", true, "not a decimal number"},
		{"tcp://127.0.0.1:80x", false, "not a decimal number"},
		{"tcp://127.0.0.1:0x50", false, "not a decimal number"},
		{"tcp://127.0.0.1:\t80", false, "not a decimal number"},
		{"tcp://127.0.0.1:65536", true, "out of range"},
		{"tcp://127.0.0.1:99999999999999999999999", true, "out of range"},
		{"tcp://127.0.0.1:*", false, "wildcard"},
		{"tcp://127.0.0.1: 1;127.0.0.1:5555", false, "source address"},
		{"tcp://127.0.0.1;127.0.0.1:5555", false, "has no :port"},
		{"tcp://127.0.0.1:1;127.0.0.1: 5555", false, "not a decimal number"},
		{"udp://*: 5555", true, "not a decimal number"},
		{"udp://eth0;239.0.0.1:70000", false, "out of range"},
		{"udp://127.0.0.1:*", false, "wildcard"},
		{"pgm://eth0;239.192.1.1: 5555", true, "not a decimal number"},
		{"epgm://eth0;239.192.1.1:*", true, "wildcard"},
		{"norm://eth0;239.192.1.1:-5", false, "not a decimal number"},
		{"ws://127.0.0.1: 8080/path", false, "not a decimal number"},
		{"ws://127.0.0.1:8080x/path", true, "not a decimal number"},
		{"wss://h:*", false, "wildcard"},
		{"vmci://1: 5", false, "not a decimal number"},
		{"vmci://1:4294967296", false, "out of range"},
		{"inproc://a\x00b", true, "NUL"},
		{"tcp://127.0.0.1:5555\x00", false, "NUL"},
	}
	for _, b := range bad {
		err := checkEndpoint(b.ep, b.bind)
		if !assert.Error(t, err, "%q bind=%v", b.ep, b.bind) {
			continue
		}
		assert.True(t, errors.Is(err, EINVAL), "%q: %v wraps EINVAL", b.ep, err)
		assert.True(t, strings.Contains(err.Error(), b.why), "%q: %q says %q", b.ep, err, b.why)
	}
}
