package zmq

// Typed accessors for context options. Each goes through GetInt/SetInt
// by name, so an option the loaded release lacks returns a
// *VersionError naming the first release that has it.

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SocketLimit returns the largest MAX_SOCKETS the context accepts
// (ZMQ_SOCKET_LIMIT, read-only, 4.1+).
func (c *Context) SocketLimit() (int, error) { return c.GetInt("SOCKET_LIMIT") }

// IPv6 reports whether new sockets of the context use IPv6
// (ZMQ_IPV6 context option, 4.0+).
func (c *Context) IPv6() (bool, error) {
	v, err := c.GetInt("IPV6")
	return v != 0, err
}

// SetIPv6 makes new sockets of the context use IPv6 (ZMQ_IPV6, 4.0+).
func (c *Context) SetIPv6(on bool) error { return c.SetInt("IPV6", boolInt(on)) }

// Blocky reports whether terminating the context waits for pending
// messages of sockets whose LINGER was not set (ZMQ_BLOCKY, 4.2+).
func (c *Context) Blocky() (bool, error) {
	v, err := c.GetInt("BLOCKY")
	return v != 0, err
}

// SetBlocky sets ZMQ_BLOCKY (4.2+). false makes sockets without an
// explicit LINGER drop pending messages at termination.
func (c *Context) SetBlocky(on bool) error { return c.SetInt("BLOCKY", boolInt(on)) }

// MaxMsgSize returns the largest message the context's sockets accept
// (ZMQ_MAX_MSGSZ, 4.2+).
func (c *Context) MaxMsgSize() (int, error) { return c.GetInt("MAX_MSGSZ") }

// SetMaxMsgSize sets ZMQ_MAX_MSGSZ (4.2+).
func (c *Context) SetMaxMsgSize(n int) error { return c.SetInt("MAX_MSGSZ", n) }

// MsgTSize returns sizeof(zmq_msg_t) as the library sees it
// (ZMQ_MSG_T_SIZE, read-only, 4.3+).
func (c *Context) MsgTSize() (int, error) { return c.GetInt("MSG_T_SIZE") }

// SetThreadPriority sets the scheduling priority of the context's I/O
// threads (ZMQ_THREAD_PRIORITY, 4.1+; set before the first socket).
func (c *Context) SetThreadPriority(p int) error { return c.SetInt("THREAD_PRIORITY", p) }

// ThreadSchedPolicy returns the I/O threads' scheduling policy
// (ZMQ_THREAD_SCHED_POLICY; settable from 4.1, readable from 4.3 —
// 4.1 and 4.2 answer EINVAL). -1 is the default.
func (c *Context) ThreadSchedPolicy() (int, error) { return c.GetInt("THREAD_SCHED_POLICY") }

// SetThreadSchedPolicy sets the I/O threads' scheduling policy
// (ZMQ_THREAD_SCHED_POLICY, 4.1+; set before the first socket).
func (c *Context) SetThreadSchedPolicy(p int) error { return c.SetInt("THREAD_SCHED_POLICY", p) }

// AddThreadAffinityCPU adds cpu to the set the I/O threads may run on
// (ZMQ_THREAD_AFFINITY_CPU_ADD, 4.3+).
func (c *Context) AddThreadAffinityCPU(cpu int) error {
	return c.SetInt("THREAD_AFFINITY_CPU_ADD", cpu)
}

// RemoveThreadAffinityCPU removes cpu from that set
// (ZMQ_THREAD_AFFINITY_CPU_REMOVE, 4.3+).
func (c *Context) RemoveThreadAffinityCPU(cpu int) error {
	return c.SetInt("THREAD_AFFINITY_CPU_REMOVE", cpu)
}

// SetThreadNamePrefix sets the numeric prefix of the I/O threads' names
// (ZMQ_THREAD_NAME_PREFIX, 4.3+).
func (c *Context) SetThreadNamePrefix(prefix int) error {
	return c.SetInt("THREAD_NAME_PREFIX", prefix)
}
