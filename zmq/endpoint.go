package zmq

import (
	"fmt"
	"strconv"
	"strings"
)

// checkEndpoint rejects endpoints that libzmq would silently take to
// mean something else. A NUL byte cuts the C string short (so
// "inproc://a\x00b" would bind "inproc://a"). And every release reads
// the port of the IP transports with C's atoi, truncated to 16 bits:
// "tcp://127.0.0.1: 65617" (a leading space) binds port 81, "99999"
// binds 34463, "-1" binds 65535, "80x" binds 80. So the port is parsed
// here the way a person reads it: decimal digits only, 0 to 65535, or
// "*" (any free port) where libzmq allows a wildcard. Everything else
// about the address (host names, interface names, IPv6 brackets) is
// left to libzmq, which rejects what it cannot resolve.
//
// bind says whether the endpoint is a local one (Bind, Unbind), where a
// wildcard port is allowed; a remote port (Connect, Disconnect) must be
// a number, though the source address of "tcp://src:port;host:port"
// may use "*".
//
// The error wraps EINVAL and says what is wrong.
func checkEndpoint(endpoint string, bind bool) error {
	if strings.IndexByte(endpoint, 0) >= 0 {
		return badEndpoint(endpoint, "contains a NUL byte")
	}
	transport, addr, ok := strings.Cut(endpoint, "://")
	if !ok {
		return nil // libzmq rejects it before doing anything
	}
	switch transport {
	case "tcp":
		// "tcp://src:port;host:port" binds the connecting end to src
		// first (libzmq 4.1+); libzmq splits at the last ';'.
		if i := strings.LastIndexByte(addr, ';'); i >= 0 {
			if !strings.Contains(addr[:i], ":") {
				return badEndpoint(endpoint, "source address "+strconv.Quote(addr[:i])+" has no :port")
			}
			if why := checkPort(addr[:i], true, 65535); why != "" {
				return badEndpoint(endpoint, "source address: "+why)
			}
			addr = addr[i+1:]
		}
		return portErr(endpoint, checkPort(addr, bind, 65535))
	case "udp", "pgm", "epgm", "norm":
		// "udp://iface;group:port", "epgm://iface;group:port": the part
		// before ';' names an interface and has no port.
		if i := strings.LastIndexByte(addr, ';'); i >= 0 {
			addr = addr[i+1:]
		}
		return portErr(endpoint, checkPort(addr, bind && transport == "udp", 65535))
	case "ws", "wss":
		// "ws://host:port/path": the port ends where the path starts.
		if i := strings.IndexByte(addr, '/'); i >= 0 {
			addr = addr[:i]
		}
		return portErr(endpoint, checkPort(addr, bind, 65535))
	case "vmci":
		// "vmci://cid:port": a 32-bit port, "*" or "-1" for any.
		if strings.HasSuffix(addr, ":-1") {
			return nil
		}
		return portErr(endpoint, checkPort(addr, true, 1<<32-1))
	}
	return nil
}

// checkPort checks the port after the last ':' of addr and says what is
// wrong with it, or "" when it is a decimal number no larger than max,
// or "*" and wildcard is true. An address without a port is left to
// libzmq, which refuses it with a bare EINVAL on every release (programs
// compare that with ==).
func checkPort(addr string, wildcard bool, max uint64) string {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return ""
	}
	port := addr[i+1:]
	switch {
	case port == "":
		return ""
	case port == "*":
		if wildcard {
			return ""
		}
		return "wildcard port \"*\" where a port number is needed"
	case strings.Trim(port, "0123456789") != "":
		return fmt.Sprintf("port %q is not a decimal number (digits only, 0 to %d, or \"*\" to bind any)", port, max)
	}
	n, err := strconv.ParseUint(port, 10, 64)
	if err != nil || n > max {
		return fmt.Sprintf("port %s is out of range (0 to %d)", port, max)
	}
	return ""
}

func portErr(endpoint, why string) error {
	if why == "" {
		return nil
	}
	return badEndpoint(endpoint, why)
}

// badEndpoint is the error for an endpoint refused before libzmq sees
// it: EINVAL, with what is wrong.
func badEndpoint(endpoint, why string) error {
	return fmt.Errorf("gozmq: endpoint %q: %s: %w", endpoint, why, EINVAL)
}
