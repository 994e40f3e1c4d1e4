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

// Poller is zmq4's Poller for draft sockets.
type Poller struct {
	p     *zmq4.Poller
	socks map[*zmq4.Socket]*Socket
}

// NewPoller returns an empty Poller.
func NewPoller() *Poller {
	return &Poller{p: zmq4.NewPoller(), socks: map[*zmq4.Socket]*Socket{}}
}

// Add watches soc for events and returns the item's id.
func (p *Poller) Add(soc *Socket, events State) int {
	p.socks[soc.Socket] = soc
	return p.p.Add(soc.Socket, events)
}

// Update changes the events of item id.
func (p *Poller) Update(id int, events State) (previous State, err error) {
	return p.p.Update(id, events)
}

// UpdateBySocket changes the events of soc's item.
func (p *Poller) UpdateBySocket(soc *Socket, events State) (previous State, err error) {
	return p.p.UpdateBySocket(soc.Socket, events)
}

// Remove removes item id.
func (p *Poller) Remove(id int) error { return p.p.Remove(id) }

// RemoveBySocket removes soc's item.
func (p *Poller) RemoveBySocket(soc *Socket) error { return p.p.RemoveBySocket(soc.Socket) }

// Poll returns the ready items.
func (p *Poller) Poll(timeout time.Duration) ([]Polled, error) {
	return p.wrap(p.p.Poll(timeout))
}

// PollAll returns every item.
func (p *Poller) PollAll(timeout time.Duration) ([]Polled, error) {
	return p.wrap(p.p.PollAll(timeout))
}

func (p *Poller) wrap(in []zmq4.Polled, err error) ([]Polled, error) {
	out := make([]Polled, len(in))
	for i, x := range in {
		out[i] = Polled{Socket: p.socks[x.Socket], Events: x.Events}
	}
	return out, err
}

// String lists the items.
func (p *Poller) String() string { return p.p.String() }

// Reactor is zmq4's Reactor for draft sockets.
type Reactor struct {
	r *zmq4.Reactor
}

// NewReactor returns an empty Reactor.
func NewReactor() *Reactor { return &Reactor{r: zmq4.NewReactor()} }

// AddSocket calls handler when soc is ready for events.
func (r *Reactor) AddSocket(soc *Socket, events State, handler func(State) error) {
	r.r.AddSocket(soc.Socket, events, handler)
}

// RemoveSocket stops watching soc.
func (r *Reactor) RemoveSocket(soc *Socket) { r.r.RemoveSocket(soc.Socket) }

// AddChannel calls handler with the values of ch.
func (r *Reactor) AddChannel(ch <-chan interface{}, limit int, handler func(interface{}) error) (id uint64) {
	return r.r.AddChannel(ch, limit, handler)
}

// AddChannelTime calls handler with the times of ch.
func (r *Reactor) AddChannelTime(ch <-chan time.Time, limit int, handler func(interface{}) error) (id uint64) {
	return r.r.AddChannelTime(ch, limit, handler)
}

// RemoveChannel stops reading channel id.
func (r *Reactor) RemoveChannel(id uint64) { r.r.RemoveChannel(id) }

// SetVerbose makes Run print what it does.
func (r *Reactor) SetVerbose(verbose bool) { r.r.SetVerbose(verbose) }

// Run runs the loop until a handler returns an error.
func (r *Reactor) Run(interval time.Duration) (err error) { return r.r.Run(interval) }
