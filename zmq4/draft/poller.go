package draft

import (
	"time"

	"github.com/gozmq/gozmq/zmq4"
)

// Polled is one item of a Poll result.
type Polled struct {
	Socket *Socket // socket with matched event(s)
	Events State   // actual matched event(s)
}

// Poller is zmq4's Poller for draft sockets. A zero Poller{} is an
// empty poller ready for use; a nil *Poller behaves as a nil
// *zmq4.Poller (no items, ErrorNoSocket).
type Poller struct {
	p     *zmq4.Poller
	socks map[*zmq4.Socket]*Socket
}

// NewPoller returns an empty Poller.
func NewPoller() *Poller {
	return &Poller{p: zmq4.NewPoller(), socks: map[*zmq4.Socket]*Socket{}}
}

// inner returns the zmq4 poller, made on first use for a zero Poller,
// nil for a nil one.
func (p *Poller) inner() *zmq4.Poller {
	if p == nil {
		return nil
	}
	if p.p == nil {
		p.p = zmq4.NewPoller()
	}
	if p.socks == nil {
		p.socks = map[*zmq4.Socket]*Socket{}
	}
	return p.p
}

// Add watches soc for events and returns the item's id.
func (p *Poller) Add(soc *Socket, events State) int {
	in := p.inner()
	if in == nil {
		return -1
	}
	p.socks[soc.inner()] = soc
	return in.Add(soc.inner(), events)
}

// Update changes the events of item id.
func (p *Poller) Update(id int, events State) (previous State, err error) {
	return p.inner().Update(id, events)
}

// UpdateBySocket changes the events of soc's item.
func (p *Poller) UpdateBySocket(soc *Socket, events State) (previous State, err error) {
	return p.inner().UpdateBySocket(soc.inner(), events)
}

// Remove removes item id.
func (p *Poller) Remove(id int) error { return p.inner().Remove(id) }

// RemoveBySocket removes soc's item.
func (p *Poller) RemoveBySocket(soc *Socket) error { return p.inner().RemoveBySocket(soc.inner()) }

// Poll returns the ready items.
func (p *Poller) Poll(timeout time.Duration) ([]Polled, error) {
	return p.wrap(p.inner().Poll(timeout))
}

// PollAll returns every item.
func (p *Poller) PollAll(timeout time.Duration) ([]Polled, error) {
	return p.wrap(p.inner().PollAll(timeout))
}

func (p *Poller) wrap(in []zmq4.Polled, err error) ([]Polled, error) {
	out := make([]Polled, len(in))
	if p == nil {
		return out, err
	}
	for i, x := range in {
		out[i] = Polled{Socket: p.socks[x.Socket], Events: x.Events}
	}
	return out, err
}

// String lists the items.
func (p *Poller) String() string { return p.inner().String() }

// Reactor is zmq4's Reactor for draft sockets. A zero Reactor{} is an
// empty reactor ready for use; a nil *Reactor behaves as a nil
// *zmq4.Reactor (takes nothing, Run returns zmq4.ErrNilReactor).
type Reactor struct {
	r *zmq4.Reactor
}

// inner returns the zmq4 reactor, made on first use for a zero Reactor,
// nil for a nil one.
func (r *Reactor) inner() *zmq4.Reactor {
	if r == nil {
		return nil
	}
	if r.r == nil {
		r.r = zmq4.NewReactor()
	}
	return r.r
}

// NewReactor returns an empty Reactor.
func NewReactor() *Reactor { return &Reactor{r: zmq4.NewReactor()} }

// AddSocket calls handler when soc is ready for events.
func (r *Reactor) AddSocket(soc *Socket, events State, handler func(State) error) {
	r.inner().AddSocket(soc.inner(), events, handler)
}

// RemoveSocket stops watching soc.
func (r *Reactor) RemoveSocket(soc *Socket) { r.inner().RemoveSocket(soc.inner()) }

// AddChannel calls handler with the values of ch.
func (r *Reactor) AddChannel(ch <-chan interface{}, limit int, handler func(interface{}) error) (id uint64) {
	return r.inner().AddChannel(ch, limit, handler)
}

// AddChannelTime calls handler with the times of ch.
func (r *Reactor) AddChannelTime(ch <-chan time.Time, limit int, handler func(interface{}) error) (id uint64) {
	return r.inner().AddChannelTime(ch, limit, handler)
}

// RemoveChannel stops reading channel id.
func (r *Reactor) RemoveChannel(id uint64) { r.inner().RemoveChannel(id) }

// SetVerbose makes Run print what it does.
func (r *Reactor) SetVerbose(verbose bool) { r.inner().SetVerbose(verbose) }

// Run runs the loop until a handler returns an error.
func (r *Reactor) Run(interval time.Duration) (err error) { return r.inner().Run(interval) }
