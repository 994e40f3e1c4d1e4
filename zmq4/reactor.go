package zmq4

import (
	"errors"
	"fmt"
	"time"
)

// Reactor calls handlers for events on sockets and values on channels
// (timers or others) from one loop, Run.
//
// A zero Reactor{} is an empty reactor, ready for use. A nil *Reactor
// takes nothing (AddChannel returns id 0) and its Run returns
// ErrNilReactor.
type Reactor struct {
	sockets  map[*Socket]*reactorSocket
	channels map[uint64]*reactorChannel
	p        *Poller
	idx      uint64
	remove   []uint64
	verbose  bool
}

type reactorSocket struct {
	e State
	f func(State) error
}

type reactorChannel struct {
	ch    <-chan interface{}
	f     func(interface{}) error
	limit int
}

// ErrNilReactor is what Run of a nil *Reactor returns. Not in
// pebbe/zmq4.
var ErrNilReactor = errors.New("Reactor is nil")

// init makes the maps and poller of a zero Reactor.
func (r *Reactor) init() {
	if r.sockets == nil {
		r.sockets = make(map[*Socket]*reactorSocket)
	}
	if r.channels == nil {
		r.channels = make(map[uint64]*reactorChannel)
	}
	if r.p == nil {
		r.p = NewPoller()
	}
}

// NewReactor returns an empty Reactor.
func NewReactor() *Reactor {
	return &Reactor{
		sockets:  make(map[*Socket]*reactorSocket),
		channels: make(map[uint64]*reactorChannel),
		p:        NewPoller(),
	}
}

// AddSocket calls handler with the events whenever soc is ready for
// events, replacing an earlier handler of soc.
func (r *Reactor) AddSocket(soc *Socket, events State, handler func(State) error) {
	if r == nil {
		return
	}
	r.init()
	r.RemoveSocket(soc)
	r.sockets[soc] = &reactorSocket{e: events, f: handler}
	r.p.Add(soc, events)
}

// RemoveSocket stops watching soc. A handler may call it, for its own
// socket or another.
func (r *Reactor) RemoveSocket(soc *Socket) {
	if r == nil {
		return
	}
	if _, ok := r.sockets[soc]; ok {
		delete(r.sockets, soc)
		r.p.RemoveBySocket(soc)
	}
}

// AddChannel calls handler with each value received on ch, at most
// limit values per turn of the loop when limit > 0, and returns an id
// for RemoveChannel. A closed channel is removed.
func (r *Reactor) AddChannel(ch <-chan interface{}, limit int, handler func(interface{}) error) (id uint64) {
	if r == nil {
		return 0
	}
	r.init()
	r.idx++
	id = r.idx
	r.channels[id] = &reactorChannel{ch: ch, f: handler, limit: limit}
	return id
}

// AddChannelTime is AddChannel for a channel of times, such as
// time.Tick's.
func (r *Reactor) AddChannelTime(ch <-chan time.Time, limit int, handler func(interface{}) error) (id uint64) {
	if r == nil {
		return 0
	}
	ch2 := make(chan interface{})
	go func() {
		for t := range ch {
			ch2 <- t
		}
		close(ch2)
	}()
	return r.AddChannel(ch2, limit, handler)
}

// RemoveChannel stops reading channel id, from the next turn of the
// loop on.
func (r *Reactor) RemoveChannel(id uint64) {
	if r != nil {
		r.remove = append(r.remove, id)
	}
}

// SetVerbose makes Run print what it does.
func (r *Reactor) SetVerbose(verbose bool) {
	if r != nil {
		r.verbose = verbose
	}
}

// Run runs the loop until a handler returns an error, which Run
// returns. interval is how long a turn waits on the sockets before
// looking at the channels again; it must not be negative when there are
// channels.
func (r *Reactor) Run(interval time.Duration) (err error) {
	if r == nil {
		return ErrNilReactor
	}
	r.init()
	for {
		for _, id := range r.remove {
			delete(r.channels, id)
		}
		r.remove = r.remove[:0]
		if err := r.readChannels(); err != nil {
			return err
		}
		if len(r.channels) > 0 && interval < 0 {
			return errors.New("There are channels, but polling time-out is infinite")
		}
		if len(r.sockets) == 0 {
			if len(r.channels) == 0 {
				return errors.New("No sockets to poll, no channels to read")
			}
			time.Sleep(interval)
			continue
		}
		polled, err := r.p.Poll(interval)
		if err != nil {
			return err
		}
		for _, item := range polled {
			if r.verbose {
				fmt.Printf("Reactor(%p) %v\n", r, item)
			}
			// A handler earlier in this turn may have removed it.
			if s, ok := r.sockets[item.Socket]; ok {
				if err := s.f(item.Events); err != nil {
					return err
				}
			}
		}
	}
}

// readChannels takes what the channels hold without waiting, at most
// limit values of each when limit > 0.
func (r *Reactor) readChannels() error {
	for id, ch := range r.channels {
		for n := 0; ch.limit <= 0 || n < ch.limit; n++ {
			more, err := r.readOne(id, ch)
			if err != nil {
				return err
			}
			if !more {
				break
			}
		}
	}
	return nil
}

// readOne hands one value of ch to its handler; more is false when ch
// had none or was closed (and is then removed).
func (r *Reactor) readOne(id uint64, ch *reactorChannel) (more bool, err error) {
	select {
	case val, ok := <-ch.ch:
		if !ok {
			if r.verbose {
				fmt.Printf("Reactor(%p) removing closed channel %d\n", r, id)
			}
			r.RemoveChannel(id)
			return false, nil
		}
		if r.verbose {
			fmt.Printf("Reactor(%p) channel %d: %v\n", r, id, val)
		}
		return true, ch.f(val)
	default:
		return false, nil
	}
}
