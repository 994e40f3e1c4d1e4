//go:build !linux

package zmq

// Where no hub is implemented, blocking calls wait in libzmq on a thread
// of their own (see wait.go). Windows' runtime poller works on completion
// ports, which cannot watch the readiness of a socket libzmq owns; the
// BSDs and darwin could use kqueue, but no such machine has run the
// tests, so they keep the path that has.

type hub struct{}

func getHub() *hub { return nil }

func (h *hub) add(ws *waitSlot, fd int, edge bool, ev PollEvents) error { return EINVAL }

func (h *hub) remove(ws *waitSlot) {}

func (h *hub) rearm(ws *waitSlot) {}

func (h *hub) arm(ws *waitSlot) {}
