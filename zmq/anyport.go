package zmq

import (
	"errors"
	"net"
	"strconv"
	"strings"
	"syscall"

	"github.com/gozmq/gozmq/versions"
)

// anyPortTries bounds how often Bind picks another free port when the
// one it picked was taken between the pick and the bind.
const anyPortTries = 32

// BindEndpoint binds like Bind and returns the endpoint bound, with a
// wildcard port ("tcp://127.0.0.1:*") or port 0 resolved to the port the
// socket listens on. It works on every release: libzmq 3.2 and later
// resolve the port themselves (see LastEndpoint); before 3.2, where
// libzmq has neither wildcard ports nor ZMQ_LAST_ENDPOINT, the binding
// asks the system for a free port and binds that, picking again if
// another process took it in between.
func (s *Socket) BindEndpoint(endpoint string) (string, error) {
	if s != nil && s.a != nil && s.a.has(versions.SocketOption, "LAST_ENDPOINT") {
		if err := s.Bind(endpoint); err != nil {
			return "", err
		}
		return s.LastEndpoint()
	}
	host, ok := anyPortHost(endpoint)
	if !ok {
		return endpoint, s.bind(endpoint)
	}
	var err error
	for i := 0; i < anyPortTries; i++ {
		var port int
		if port, err = freeTCPPort(host); err != nil {
			return "", err
		}
		ep := endpoint[:strings.LastIndexByte(endpoint, ':')+1] + strconv.Itoa(port)
		if err = s.bind(ep); !errors.Is(err, syscall.EADDRINUSE) {
			if err != nil {
				return "", err
			}
			if strings.HasPrefix(endpoint, "tcp://*:") {
				// As libzmq 3.2's LAST_ENDPOINT names every interface.
				ep = "tcp://0.0.0.0:" + strconv.Itoa(port)
			}
			return ep, nil
		}
	}
	return "", err
}

// anyPortHost reports whether endpoint is a tcp endpoint to bind with a
// wildcard port or port 0, and the host to ask the system for a free
// port on ("" for every interface, or an interface name).
func anyPortHost(endpoint string) (string, bool) {
	addr, ok := strings.CutPrefix(endpoint, "tcp://")
	if !ok || strings.Contains(addr, ";") {
		return "", false
	}
	i := strings.LastIndexByte(addr, ':')
	if i < 0 || (addr[i+1:] != "*" && addr[i+1:] != "0") {
		return "", false
	}
	host := strings.TrimSuffix(strings.TrimPrefix(addr[:i], "["), "]")
	if host == "*" || net.ParseIP(host) == nil {
		host = "" // a port free on every interface is free on the one named
	}
	return host, true
}

// freeTCPPort returns a tcp port on host that was free a moment ago.
func freeTCPPort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
