package zmq4

import (
	"fmt"
	"sort"
	"sync"

	"github.com/gozmq/gozmq/gozeromq/zmq4/transport"
)

// UnknownTransportError reports an endpoint whose transport is neither
// libzmq's nor registered.
type UnknownTransportError struct {
	Name string
}

func (ute UnknownTransportError) Error() string {
	return fmt.Sprintf("zmq4: unknown transport %q", ute.Name)
}

// libzmqTransports are handed to libzmq as they are. The loaded libzmq
// may still lack one (ipc on Windows before 4.3, pgm, ...): bind and
// connect then say so.
var libzmqTransports = []string{"inproc", "ipc", "tcp", "udp", "pgm", "epgm", "tipc", "vmci", "ws", "wss"}

// registry holds the transports: nil for libzmq's, the Go value for the
// registered ones.
var registry = struct {
	sync.RWMutex
	db map[string]transport.Transport
}{db: make(map[string]transport.Transport)}

func init() {
	for _, n := range libzmqTransports {
		registry.db[n] = nil
	}
}

// Transports returns the sorted names of the transports: libzmq's and
// the registered ones.
func Transports() []string {
	registry.RLock()
	defer registry.RUnlock()
	names := make([]string, 0, len(registry.db))
	for n := range registry.db {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// RegisterTransport registers a Go transport under name. libzmq cannot
// carry a socket over it: see package transport.
func RegisterTransport(name string, trans transport.Transport) error {
	registry.Lock()
	defer registry.Unlock()
	if old, dup := registry.db[name]; dup {
		if old == nil {
			return fmt.Errorf("zmq4: duplicate transport %q (libzmq's)", name)
		}
		return fmt.Errorf("zmq4: duplicate transport %q (%T)", name, old)
	}
	registry.db[name] = trans
	return nil
}

// lookupTransport returns the registered Go transport for name (nil for
// libzmq's) and whether name is known at all.
func lookupTransport(name string) (transport.Transport, bool) {
	registry.RLock()
	defer registry.RUnlock()
	t, ok := registry.db[name]
	return t, ok
}
