package zmq4

import (
	"sync"

	"github.com/gozmq/gozmq/zmq"
)

var (
	verOnce             sync.Once
	major, minor, patch int
)

func loadedVersion() (int, int, int) {
	verOnce.Do(func() { major, minor, patch = zmq.Version() })
	return major, minor, patch
}

// Version returns the version of the loaded libzmq, or 0, 0, 0 when
// none can be loaded. Unlike pebbe/zmq4, which only runs on 4.x, any
// release from 2.1 on is reported and used.
func Version() (major, minor, patch int) { return loadedVersion() }

// atLeast reports whether the loaded libzmq is at least a.b.c.
func atLeast(a, b, c int) bool {
	x, y, z := loadedVersion()
	if x != a {
		return x > a
	}
	if y != b {
		return y > b
	}
	return z >= c
}

// need4 returns the error pebbe/zmq4 gives on a 4.x release older than
// 4.m for a feature of 4.m. On 2.x and 3.x it returns nil and lets the
// core package answer with its *zmq.VersionError.
func need4(m int) error {
	x, y, _ := loadedVersion()
	if x != 4 || y >= m {
		return nil
	}
	switch m {
	case 1:
		return ErrorNotImplemented41
	default:
		return ErrorNotImplemented42
	}
}
