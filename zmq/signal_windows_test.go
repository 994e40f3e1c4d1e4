package zmq_test

// interruptSelf does nothing on Windows: it has no signals that
// interrupt a blocked call, so the storm is only on Unix.
func interruptSelf() {}
