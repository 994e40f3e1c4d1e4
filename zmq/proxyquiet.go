package zmq

import "sync"

// quietControls holds the control sockets of the proxies started by
// ProxySteerableQuiet.
var quietControls sync.Map // *Socket → struct{}

// ProxySteerableQuiet is ProxySteerable, except that the commands read
// from control are not copied to capture: capture sees only the
// messages that went through the proxy. It is what a proxy whose
// control socket is an API detail wants (the gozeromq face's Pause,
// Resume, Stats and Kill); libzmq's zmq_proxy_steerable copies commands.
func ProxySteerableQuiet(frontend, backend, capture, control *Socket) error {
	if control != nil {
		quietControls.Store(control, struct{}{})
		defer quietControls.Delete(control)
	}
	return ProxySteerable(frontend, backend, capture, control)
}

// commandCapture is where runProxy copies control commands: capture,
// unless the proxy was started by ProxySteerableQuiet.
func commandCapture(control, capture *Socket) *Socket {
	if control == nil {
		return capture
	}
	if _, quiet := quietControls.Load(control); quiet {
		return nil
	}
	return capture
}
