package zmq

import (
	"strconv"
	"strings"
)

// checkEndpoint rejects endpoints that libzmq would silently take to
// mean something else: a NUL byte cuts the C string short (so
// "inproc://a\x00b" would bind "inproc://a"), and some releases read a
// tcp port such as 99999 or -1 modulo 65536 and bind or connect to a
// port nobody asked for. Everything else is left to libzmq.
func checkEndpoint(endpoint string) error {
	if strings.IndexByte(endpoint, 0) >= 0 {
		return EINVAL
	}
	rest, ok := strings.CutPrefix(endpoint, "tcp://")
	if !ok {
		return nil
	}
	// "tcp://src:port;dst:port" names two addresses.
	for _, addr := range strings.Split(rest, ";") {
		i := strings.LastIndexByte(addr, ':')
		if i < 0 {
			continue
		}
		port := addr[i+1:]
		if port == "" || port == "*" {
			continue
		}
		digits := strings.TrimLeft(port, "+-")
		if digits == "" || strings.Trim(digits, "0123456789") != "" {
			continue // not a number: libzmq reports it (or it is a service name)
		}
		n, err := strconv.ParseUint(digits, 10, 64)
		if len(digits) != len(port) || err != nil || n > 65535 {
			return EINVAL
		}
	}
	return nil
}
