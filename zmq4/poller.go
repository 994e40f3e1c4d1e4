package zmq4

import (
	"fmt"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// Polled is one item of the result of Poller.Poll or Poller.PollAll.
type Polled struct {
	Socket *Socket // socket with matched event(s)
	Events State   // actual matched event(s)
}

// Poller waits for events on a set of sockets. It is a face of a
// zmq.Poller. As in pebbe/zmq4 an item's id is its position: removing
// an item moves those after it down by one.
//
// A zero Poller{} is an empty poller, ready for use. A nil *Poller has
// no items and takes none: Add returns -1, the methods that return an
// error return ErrorNoSocket.
type Poller struct {
	core  *zmq.Poller
	items []pollItem
}

type pollItem struct {
	soc    *Socket
	id     int // the core poller's id
	events State
}

// NewPoller returns an empty Poller.
func NewPoller() *Poller { return &Poller{core: zmq.NewPoller()} }

// Add watches soc for events and returns the item's id.
func (p *Poller) Add(soc *Socket, events State) int {
	if p == nil {
		return -1
	}
	if p.core == nil {
		p.core = zmq.NewPoller()
	}
	id := -1
	if soc != nil && soc.core != nil {
		id = p.core.Add(soc.core, zmq.PollEvents(events))
	}
	p.items = append(p.items, pollItem{soc: soc, id: id, events: events})
	return len(p.items) - 1
}

// Update changes the events of item id and returns the previous ones.
func (p *Poller) Update(id int, events State) (previous State, err error) {
	if p == nil || id < 0 || id >= len(p.items) {
		return 0, ErrorNoSocket
	}
	it := &p.items[id]
	previous, it.events = it.events, events
	if it.id >= 0 {
		err = errget(p.core.Update(it.id, zmq.PollEvents(events)))
	}
	return previous, err
}

// UpdateBySocket changes the events of soc's first item and returns the
// previous ones.
func (p *Poller) UpdateBySocket(soc *Socket, events State) (previous State, err error) {
	if i := p.find(soc); i >= 0 {
		return p.Update(i, events)
	}
	return 0, ErrorNoSocket
}

// Remove removes item id; later items move down by one.
func (p *Poller) Remove(id int) error {
	if p == nil || id < 0 || id >= len(p.items) {
		return ErrorNoSocket
	}
	if cid := p.items[id].id; cid >= 0 {
		p.core.Remove(cid)
	}
	p.items = append(p.items[:id], p.items[id+1:]...)
	return nil
}

// RemoveBySocket removes soc's first item.
func (p *Poller) RemoveBySocket(soc *Socket) error {
	if i := p.find(soc); i >= 0 {
		return p.Remove(i)
	}
	return ErrorNoSocket
}

func (p *Poller) find(soc *Socket) int {
	if p == nil {
		return -1
	}
	for i, it := range p.items {
		if it.soc == soc {
			return i
		}
	}
	return -1
}

// Poll waits until an item is ready or timeout passes (forever when
// negative) and returns the ready items.
func (p *Poller) Poll(timeout time.Duration) ([]Polled, error) { return p.poll(timeout, false) }

// PollAll is Poll returning every item, in the order they were added;
// check Events to see which are ready.
func (p *Poller) PollAll(timeout time.Duration) ([]Polled, error) { return p.poll(timeout, true) }

func (p *Poller) poll(timeout time.Duration, all bool) ([]Polled, error) {
	if p == nil {
		return []Polled{}, ErrorNoSocket
	}
	lst := make([]Polled, 0, len(p.items))
	if len(p.items) == 0 {
		return lst, nil
	}
	for _, it := range p.items {
		if _, err := it.soc.live(); err != nil {
			return lst, err
		}
	}
	if timeout < 0 {
		timeout = -1
	}
	ready, err := p.core.Poll(timeout)
	if err != nil {
		return lst, errget(err)
	}
	got := make(map[int]State, len(ready))
	for _, r := range ready {
		got[r.ID] = State(r.Events)
	}
	for _, it := range p.items {
		ev := got[it.id]
		if all || ev&it.events != 0 {
			lst = append(lst, Polled{Socket: it.soc, Events: ev})
		}
	}
	return lst, nil
}

// String lists the items and the events they wait for.
func (p *Poller) String() string {
	if p == nil {
		return "Poller[]"
	}
	str := make([]string, 0, len(p.items))
	for _, it := range p.items {
		str = append(str, fmt.Sprintf("%v%v", it.soc, it.events))
	}
	return fmt.Sprint("Poller", str)
}
