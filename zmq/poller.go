package zmq

import "time"

// Poller waits on a set of sockets and file descriptors that changes
// rarely, as an event loop does. Unlike Poll, it keeps libzmq's item
// array between calls, so polling again costs no allocation for the
// items or the results.
//
// A Poller is not safe for concurrent use; its sockets may not be used
// by another goroutine while Poll runs (they return ErrSocketBusy).
// A nil *Poller holds nothing: Add returns -1, Poll and the other
// methods EINVAL.
type Poller struct {
	items  []pollerItem
	citems []pollitemC
	socks  []*Socket // distinct sockets of items, entered by Poll
	ready  []Polled
	nextID int
}

type pollerItem struct {
	id     int
	socket *Socket
	fd     ZmqOsSocketType
}

// Polled is one ready item returned by Poller.Poll.
type Polled struct {
	// ID is what Add or AddFd returned for the item.
	ID int
	// Socket is the item's socket, or nil for a file descriptor.
	Socket *Socket
	// Fd is the item's file descriptor when Socket is nil.
	Fd ZmqOsSocketType
	// Events is what the item is ready for (a subset of the events it
	// watches, plus POLLERR for a descriptor in error).
	Events PollEvents
}

// NewPoller returns an empty Poller.
func NewPoller() *Poller { return &Poller{} }

// Add watches s for events and returns the item's ID. A socket may be
// added more than once (with different events); a nil socket is not
// added and Add returns -1.
func (p *Poller) Add(s *Socket, events PollEvents) int {
	if s == nil || p == nil {
		return -1
	}
	id := p.add(pollerItem{socket: s}, pollitemC{socket: s.ptr, events: int16(events)})
	if !contains(p.socks, s) {
		p.socks = append(p.socks, s)
	}
	return id
}

// AddFd watches the file descriptor fd (a socket on Windows) for events
// and returns the item's ID. A bad fd is answered as in PollItem: a
// negative one is never reported, one that is not open is reported
// with POLLERR by every Poll.
func (p *Poller) AddFd(fd ZmqOsSocketType, events PollEvents) int {
	if p == nil {
		return -1
	}
	return p.add(pollerItem{fd: fd}, pollitemC{fd: fd, events: int16(events)})
}

func (p *Poller) add(it pollerItem, c pollitemC) int {
	it.id = p.nextID
	p.nextID++
	p.items = append(p.items, it)
	p.citems = append(p.citems, c)
	return it.id
}

func (p *Poller) index(id int) int {
	if p == nil {
		return -1
	}
	for i := range p.items {
		if p.items[i].id == id {
			return i
		}
	}
	return -1
}

// Update changes the events item id waits for. Zero events keep the
// item but never report it. An unknown id is EINVAL.
func (p *Poller) Update(id int, events PollEvents) error {
	i := p.index(id)
	if i < 0 {
		return EINVAL
	}
	p.citems[i].events = int16(events)
	return nil
}

// UpdateSocket changes the events of every item of s. It returns
// EINVAL when s is not in the Poller.
func (p *Poller) UpdateSocket(s *Socket, events PollEvents) error {
	if p == nil {
		return EINVAL
	}
	found := false
	for i := range p.items {
		if s != nil && p.items[i].socket == s {
			p.citems[i].events = int16(events)
			found = true
		}
	}
	if !found {
		return EINVAL
	}
	return nil
}

// Remove stops watching item id. An unknown id is EINVAL.
func (p *Poller) Remove(id int) error {
	i := p.index(id)
	if i < 0 {
		return EINVAL
	}
	p.removeAt(i)
	return nil
}

// RemoveSocket stops watching every item of s. It returns EINVAL when s
// is not in the Poller. Remove a socket before closing it, or Poll
// reports the closed socket's error.
func (p *Poller) RemoveSocket(s *Socket) error {
	if p == nil {
		return EINVAL
	}
	found := false
	for i := len(p.items) - 1; i >= 0; i-- {
		if s != nil && p.items[i].socket == s {
			p.removeAt(i)
			found = true
		}
	}
	if !found {
		return EINVAL
	}
	return nil
}

func (p *Poller) removeAt(i int) {
	s := p.items[i].socket
	p.items = append(p.items[:i], p.items[i+1:]...)
	p.citems = append(p.citems[:i], p.citems[i+1:]...)
	if s == nil {
		return
	}
	for _, it := range p.items {
		if it.socket == s {
			return
		}
	}
	for j, x := range p.socks {
		if x == s {
			p.socks = append(p.socks[:j], p.socks[j+1:]...)
			break
		}
	}
}

// Len returns the number of items.
func (p *Poller) Len() int {
	if p == nil {
		return 0
	}
	return len(p.items)
}

// Poll waits until at least one item is ready or timeout passes, and
// returns the ready items in the order they were added: none when the
// timeout passed. A negative timeout waits forever; zero does not wait.
// The returned slice is reused by the next Poll. As with Poll, signals
// do not end the wait early and closing one of the sockets from
// another goroutine ends it with that socket's error.
func (p *Poller) Poll(timeout time.Duration) ([]Polled, error) {
	if p == nil {
		return nil, EINVAL
	}
	a, err := lib()
	if err != nil {
		return nil, err
	}
	entered := 0
	defer func() {
		for _, s := range p.socks[:entered] {
			s.leave()
		}
	}()
	noRetry := false
	for _, s := range p.socks {
		if err := s.enterLong(); err != nil {
			return nil, err
		}
		entered++
		noRetry = noRetry || s.noRetry
	}
	for i := range p.citems {
		p.citems[i].revents = 0
	}
	n, err := pollChecked(a, p.citems, timeout, p.socks, noRetry)
	if err != nil {
		return nil, err
	}
	p.ready = p.ready[:0]
	if n == 0 {
		return p.ready, nil
	}
	for i := range p.citems {
		if ev := p.citems[i].revents; ev != 0 {
			it := &p.items[i]
			p.ready = append(p.ready, Polled{ID: it.id, Socket: it.socket, Fd: it.fd, Events: PollEvents(ev)})
		}
	}
	return p.ready, nil
}
