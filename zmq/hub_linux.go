package zmq

import (
	"os"
	"sync"
	"syscall"
)

// The hub lets goroutines wait for libzmq sockets in Go's runtime poller
// instead of in a blocked OS thread. Every socket's ZMQ_FD is added,
// edge-triggered, to one epoll instance of the process; that epoll
// descriptor is itself pollable, so it is handed to the runtime as an
// os.File and a single goroutine reads its events from inside
// RawConn.Read, parked in the poller while nothing happens. Each event
// names a slot, and the slot's current notify channel gets a token.
//
// The whole process spends one descriptor on this, whatever the number
// of sockets: libzmq's own descriptors are watched, never duplicated.

type hub struct {
	epfd int
	mu   sync.RWMutex
	// slots is indexed by the key stored in each epoll event. A key is
	// reused after its slot is removed; a stale event then wakes the new
	// slot's waiter once, which only makes it check ZMQ_EVENTS again.
	slots []*waitSlot
	free  []uint32
}

var (
	hubOnce sync.Once
	theHub  *hub
)

// getHub starts the hub on first use; nil if the poller cannot be used.
func getHub() *hub {
	hubOnce.Do(func() {
		epfd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			return
		}
		if err := syscall.SetNonblock(epfd, true); err != nil {
			syscall.Close(epfd)
			return
		}
		f := os.NewFile(uintptr(epfd), "gozmq-epoll")
		rc, err := f.SyscallConn()
		if err != nil {
			f.Close()
			return
		}
		h := &hub{epfd: epfd}
		// f is kept alive by the goroutine for the life of the process.
		go h.run(f, rc)
		theHub = h
	})
	return theHub
}

// run waits for the epoll descriptor to become readable in the runtime
// poller and hands out the events, forever.
func (h *hub) run(f *os.File, rc syscall.RawConn) {
	var evs [256]syscall.EpollEvent
	for {
		err := rc.Read(func(uintptr) bool {
			for {
				n, err := syscall.EpollWait(h.epfd, evs[:], 0)
				if err == syscall.EINTR {
					continue
				}
				if n <= 0 {
					// Drained: park until the next event. The runtime resets
					// readiness before the first call, so nothing is lost.
					return false
				}
				h.dispatch(evs[:n])
				if n < len(evs) {
					// Everything ready has been taken. An event that
					// comes later wakes the outer poller again (the
					// inner epoll signals its own waiters on every new
					// event), so asking once more would only cost a
					// call; worse, while this goroutine asks, the
					// runtime's spinning thread steals the waiter just
					// woken and runs it on the other CPU.
					return false
				}
			}
		})
		if err != nil {
			// Not expected for a file the hub alone owns; keep f referenced
			// so that its finalizer cannot close the descriptor.
			_ = f
			return
		}
	}
}

func (h *hub) dispatch(evs []syscall.EpollEvent) {
	h.mu.RLock()
	for i := range evs {
		key := uint32(evs[i].Fd)
		if int(key) < len(h.slots) {
			if ws := h.slots[key]; ws != nil {
				// The kernel has disarmed the one-shot watch; say so
				// before the token, so that a waiter that sees the
				// token's effects also sees the watch needs arming.
				ws.armed.Store(false)
				ws.wake()
			}
		}
	}
	h.mu.RUnlock()
}

// add watches fd for ws. Every watch is one-shot: after an event the
// kernel reports nothing more for fd until the watch is armed again.
// A ZMQ_FD is also edge-triggered (libzmq signals changes, ZMQ_EVENTS
// says what is ready); it is armed only when a goroutine is about to
// park on it (see arm), so that the events of a socket whose calls
// succeed, or whose waits end in waitBriefly, never wake the hub. A
// plain descriptor in Poll is watched for the events asked for: a
// level-triggered watch would report a ready descriptor over and over
// until Poll removes it; Poll re-arms it before each wait instead.
func (h *hub) add(ws *waitSlot, fd int, edge bool, ev PollEvents) error {
	h.mu.Lock()
	var key uint32
	if n := len(h.free); n > 0 {
		key = h.free[n-1]
		h.free = h.free[:n-1]
		h.slots[key] = ws
	} else {
		key = uint32(len(h.slots))
		h.slots = append(h.slots, ws)
	}
	h.mu.Unlock()
	ws.fd, ws.key = fd, key
	ws.events = syscall.EPOLLIN | epollET | syscall.EPOLLONESHOT
	ws.armed.Store(true)
	if !edge {
		ws.events = syscall.EPOLLONESHOT
		if ev&POLLIN != 0 {
			ws.events |= syscall.EPOLLIN
		}
		if ev&POLLOUT != 0 {
			ws.events |= syscall.EPOLLOUT
		}
	}
	e := syscall.EpollEvent{Events: ws.events, Fd: int32(key)}
	if err := syscall.EpollCtl(h.epfd, syscall.EPOLL_CTL_ADD, fd, &e); err != nil {
		h.release(key)
		return err
	}
	return nil
}

// rearm makes a one-shot watch report its descriptor again.
func (h *hub) rearm(ws *waitSlot) {
	e := syscall.EpollEvent{Events: ws.events, Fd: int32(ws.key)}
	syscall.EpollCtl(h.epfd, syscall.EPOLL_CTL_MOD, ws.fd, &e)
}

// arm makes sure the one-shot watch of ws is armed, so that the next
// change of its descriptor wakes whoever waits on ws. Arming a watch
// whose descriptor is readable reports it at once; a change that came
// before is therefore not lost.
func (h *hub) arm(ws *waitSlot) {
	if ws.armed.CompareAndSwap(false, true) {
		h.rearm(ws)
	}
}

// remove stops watching ws's descriptor. It must run before the
// descriptor is closed, so that a new descriptor with the same number is
// not confused with it.
func (h *hub) remove(ws *waitSlot) {
	syscall.EpollCtl(h.epfd, syscall.EPOLL_CTL_DEL, ws.fd, nil)
	h.release(ws.key)
}

func (h *hub) release(key uint32) {
	h.mu.Lock()
	h.slots[key] = nil
	h.free = append(h.free, key)
	h.mu.Unlock()
}

// epollET is EPOLLET as the uint32 the event field holds (syscall
// declares it as a negative int).
const epollET = 1 << 31
