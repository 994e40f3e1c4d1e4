package zmq4

import (
	"net"
	"strings"
	"sync"
)

// inprocAddr is the net.Addr of an inproc endpoint.
type inprocAddr string

func (a inprocAddr) Network() string { return "inproc" }
func (a inprocAddr) String() string  { return string(a) }

// endpointAddr turns the endpoint libzmq bound ("tcp://0.0.0.0:4321",
// "ipc:///tmp/x", "inproc://x") into a net.Addr.
func endpointAddr(ep string) net.Addr {
	scheme, addr, err := splitEndpoint(ep)
	if err != nil {
		return nil
	}
	switch scheme {
	case "tcp":
		if a, err := net.ResolveTCPAddr("tcp", addr); err == nil {
			return a
		}
	case "ipc":
		return &net.UnixAddr{Name: addr, Net: "unix"}
	case "inproc":
		return inprocAddr(addr)
	}
	return &otherAddr{network: scheme, addr: addr}
}

// otherAddr is the address of the other libzmq transports.
type otherAddr struct{ network, addr string }

func (a *otherAddr) Network() string { return a.network }
func (a *otherAddr) String() string  { return a.addr }

// dialEndpoint rewrites what go-zeromq accepts and libzmq does not: a
// wildcard host in a tcp address to dial ("tcp://*:5555") means this
// host, as Go's net.Dial takes it. ipv6 reports an IPv6 literal, which
// libzmq only takes from a socket with ZMQ_IPV6 set.
func dialEndpoint(ep string) (string, bool) {
	for _, p := range []string{"tcp://*:", "tcp://:"} {
		if strings.HasPrefix(ep, p) {
			return "tcp://127.0.0.1:" + ep[len(p):], false
		}
	}
	if host, _, ok := tcpHostPort(ep); ok {
		ip := net.ParseIP(host)
		return ep, ip != nil && ip.To4() == nil
	}
	return ep, false
}

// listenEndpoint rewrites a tcp address to listen on the way Go's
// net.Listen reads it and libzmq does not: an empty host is every
// interface, and a host name ("localhost") is bound at the address it
// resolves to (an IPv4 one if it has any), where libzmq only takes an
// address or an interface name. A name that does not resolve is left
// for libzmq, as an interface name.
func listenEndpoint(ep string) (string, bool) {
	host, port, ok := tcpHostPort(ep)
	if !ok {
		return ep, false
	}
	switch {
	case host == "" || host == "*":
		return "tcp://*:" + port, false
	case net.ParseIP(host) != nil:
		return ep, net.ParseIP(host).To4() == nil
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		return ep, false
	}
	pick := ips[0]
	for _, ip := range ips {
		if ip.To4() != nil {
			pick = ip
			break
		}
	}
	return "tcp://" + net.JoinHostPort(pick.String(), port), pick.To4() == nil
}

// tcpHostPort splits a tcp endpoint into host (brackets removed) and port.
func tcpHostPort(ep string) (host, port string, ok bool) {
	scheme, addr, err := splitEndpoint(ep)
	if err != nil || scheme != "tcp" || strings.Contains(addr, ";") {
		return "", "", false // not tcp, or with a source address
	}
	host, port, err = net.SplitHostPort(addr)
	return host, port, err == nil
}

// The listeners of this process, by the port or path they bound, so that
// a handshake refused for an incompatible socket type can name the
// peer's type when the peer is in this process (libzmq does not say).
var listeners = struct {
	sync.Mutex
	m map[string]*face
}{m: make(map[string]*face)}

// endpointKey reduces an endpoint to what both ends of a connection see
// alike: the transport and the port, or the path.
func endpointKey(ep string) string {
	scheme, addr, err := splitEndpoint(ep)
	if err != nil {
		return ep
	}
	if scheme == "tcp" {
		if i := strings.LastIndexByte(addr, ':'); i >= 0 {
			return "tcp:" + addr[i+1:]
		}
	}
	return scheme + ":" + addr
}

func rememberListener(s *face, bound string) {
	listeners.Lock()
	listeners.m[endpointKey(bound)] = s
	listeners.Unlock()
}

func forgetListener(s *face) {
	listeners.Lock()
	for k, v := range listeners.m {
		if v == s {
			delete(listeners.m, k)
		}
	}
	listeners.Unlock()
}

// listenerType returns the type of the socket of this process listening
// on ep, if any.
func listenerType(ep string) (SocketType, bool) {
	listeners.Lock()
	defer listeners.Unlock()
	if s, ok := listeners.m[endpointKey(ep)]; ok {
		return s.typ, true
	}
	return "", false
}
