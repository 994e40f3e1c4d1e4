//go:build !windows

package zmq

// renewWakes has nothing to renew where signals wake a poll.
func renewWakes([]pollitemC, []*Socket, uintptr, int) bool { return false }
