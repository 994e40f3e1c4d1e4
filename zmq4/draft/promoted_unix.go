//go:build !windows

package draft

// GetFd is zmq4's, forwarded so that a nil *Socket does not panic (see
// gen_promoted.go; its result type differs by platform).
func (soc *Socket) GetFd() (int, error) { return soc.inner().GetFd() }
