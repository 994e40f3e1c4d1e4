package zmq4

// SetPre43Events makes the sockets watched from now on behave as on a
// libzmq without handshake events (before 4.3); it returns the undo.
func SetPre43Events(on bool) (undo func()) {
	old := pre43Events.Swap(on)
	return func() { pre43Events.Store(old) }
}
