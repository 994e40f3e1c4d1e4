package wait

import (
	"os"
	"sync"
	"sync/atomic"
	"syscall"
)

// The hub lets goroutines wait for descriptors in Go's runtime poller
// although the runtime cannot be handed those descriptors (libzmq owns
// them and keeps reading them). Every registered descriptor is added,
// one-shot, to one epoll instance of the process; that epoll descriptor
// is itself pollable, so it is handed to the runtime as an os.File and
// a single goroutine reads its events from inside RawConn.Read, parked
// in the runtime poller while nothing happens. Each event names a Desc,
// whose current note gets a token.
//
// The whole process spends one descriptor on this, whatever the number
// of registered ones: they are watched, never duplicated.

type hub struct {
	epfd int
	mu   sync.RWMutex
	// descs is indexed by the key stored in each epoll event. A key is
	// reused after its Desc is closed; a stale event then wakes the new
	// Desc's waiter once, which only makes it look again.
	descs []*Desc
	free  []uint32
}

// descSys is the hub's part of a Desc.
type descSys struct {
	key    uint32
	events uint32 // what epoll watches for
	// armed is false once the one-shot watch has reported an event and
	// until Arm makes it report the next one.
	armed atomic.Bool
	brief briefState
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

// CanPark reports whether Register can be used: whether goroutines can
// wait for descriptors without holding a thread here.
func CanPark() bool { return getHub() != nil }

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
		if int(key) < len(h.descs) {
			if d := h.descs[key]; d != nil {
				// The kernel has disarmed the one-shot watch; say so
				// before the token, so that a waiter that sees the
				// token's effects also sees the watch needs arming.
				d.sys.armed.Store(false)
				d.Wake()
			}
		}
	}
	h.mu.RUnlock()
}

// register adds d's descriptor to the hub, its watch armed. An Edge
// watch reports changes to readability; it is armed only when a
// goroutine is about to wait (Wait arms it), so that the changes of a
// descriptor whose callers never wait, or wait only briefly, never wake
// the hub. A level watch would report a ready descriptor over and over
// until it is removed; one-shot, it reports once per Arm.
func (d *Desc) register(ev Events) error {
	h := getHub()
	if h == nil {
		return ErrUnsupported
	}
	h.mu.Lock()
	var key uint32
	if n := len(h.free); n > 0 {
		key = h.free[n-1]
		h.free = h.free[:n-1]
		h.descs[key] = d
	} else {
		key = uint32(len(h.descs))
		h.descs = append(h.descs, d)
	}
	h.mu.Unlock()
	d.sys.key = key
	d.sys.events = syscall.EPOLLONESHOT
	if ev&Edge != 0 {
		d.sys.events |= epollET
	}
	if ev&Read != 0 {
		d.sys.events |= syscall.EPOLLIN
	}
	if ev&Write != 0 {
		d.sys.events |= syscall.EPOLLOUT
	}
	d.sys.armed.Store(true)
	e := syscall.EpollEvent{Events: d.sys.events, Fd: int32(key)}
	if err := syscall.EpollCtl(h.epfd, syscall.EPOLL_CTL_ADD, d.fd, &e); err != nil {
		h.release(key)
		return err
	}
	return nil
}

// Arm makes sure the one-shot watch is armed, so that the next change
// of the descriptor wakes whoever waits on it. Arming the watch of a
// descriptor that is ready reports it at once: a change that came
// before is not lost. Wait arms by itself; Arm is for a goroutine that
// waits for several descriptors on one note (see Redirect).
func (d *Desc) Arm() {
	if d.sys.armed.CompareAndSwap(false, true) {
		e := syscall.EpollEvent{Events: d.sys.events, Fd: int32(d.sys.key)}
		syscall.EpollCtl(theHub.epfd, syscall.EPOLL_CTL_MOD, d.fd, &e)
	}
}

func (d *Desc) unregister() {
	h := theHub
	syscall.EpollCtl(h.epfd, syscall.EPOLL_CTL_DEL, d.fd, nil)
	h.release(d.sys.key)
}

func (h *hub) release(key uint32) {
	h.mu.Lock()
	h.descs[key] = nil
	h.free = append(h.free, key)
	h.mu.Unlock()
}

// epollET is EPOLLET as the uint32 the event field holds (syscall
// declares it as a negative int).
const epollET = 1 << 31
