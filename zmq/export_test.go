package zmq

// Parks reports whether s waits in the runtime poller (rather than in a
// thread blocked in libzmq), for tests whose expectations differ.
func Parks(s *Socket) bool { return s.parkable() }
