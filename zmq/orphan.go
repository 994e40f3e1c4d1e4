package zmq

import (
	"reflect"
	"sync"
)

// The Out channels of stopped Channels that the program has not closed.
// A send on one must not block forever, and no goroutine per stopped
// Channels may stay behind, so one goroutine, running only while such
// channels exist, receives from all of them at once and drops what it
// gets; a channel the program closes is forgotten.
var orphans struct {
	mu      sync.Mutex
	outs    []chan [][]byte
	running bool
	added   chan struct{} // wakes the drainer's select to add a channel
}

// orphanOut hands out to the drainer.
func orphanOut(out chan [][]byte) {
	orphans.mu.Lock()
	defer orphans.mu.Unlock()
	orphans.outs = append(orphans.outs, out)
	if orphans.added == nil {
		orphans.added = make(chan struct{}, 1)
	}
	if !orphans.running {
		orphans.running = true
		go drainOrphans()
		return
	}
	select {
	case orphans.added <- struct{}{}:
	default:
	}
}

// drainOrphans receives from every orphaned Out until all are closed.
func drainOrphans() {
	for {
		orphans.mu.Lock()
		if len(orphans.outs) == 0 {
			orphans.running = false
			orphans.mu.Unlock()
			return
		}
		cases := make([]reflect.SelectCase, 1, len(orphans.outs)+1)
		cases[0] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(orphans.added)}
		for _, out := range orphans.outs {
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(out)})
		}
		orphans.mu.Unlock()
		i, _, ok := reflect.Select(cases)
		if i == 0 || ok {
			continue // a channel added, or a message dropped
		}
		orphans.mu.Lock()
		gone := cases[i].Chan.Interface().(chan [][]byte)
		for k, out := range orphans.outs {
			if out == gone {
				orphans.outs = append(orphans.outs[:k], orphans.outs[k+1:]...)
				break
			}
		}
		orphans.mu.Unlock()
	}
}
