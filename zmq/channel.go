package zmq

import (
	"strconv"
	"sync"
	"sync/atomic"
)

// Channels lets Go code use a socket through channels: messages
// received on the socket arrive on In, messages sent on Out are sent on
// the socket. Each message is a [][]byte of one or more parts.
//
// libzmq sockets must be used by one thread at a time, so a Channels
// owns its socket: one goroutine does every libzmq call on it, waiting
// in zmq_poll for the socket and for a wake-up socket that is signalled
// when Out has a message. Do not use the socket directly once it is
// handed over; Close closes it.
//
// Flow control is libzmq's: when the socket cannot send (high water
// mark, no peer), sends on Out block; when In is not read, messages
// wait in libzmq's queue.
//
// A Channels stops when Close is called or when its socket or context is
// closed (Context.Close without Channels.Close first): its goroutines
// end, the stop's error (ETERM when the context closed) is reported on
// Errors, and In and Errors are closed; Done is closed last. Messages
// sent on Out after the stop are dropped, so that a send never blocks
// forever with nobody left to take it: Out is handed to one goroutine
// shared by every stopped Channels, which receives and drops what is
// sent until the program closes Out (it ends when no such Out is left).
// Close Out when done with it, or select on Done, to release it.
type Channels struct {
	// In delivers received messages. It is closed when the Channels
	// stops: after Close, or when the socket or its context is closed.
	In <-chan [][]byte
	// Out takes messages to send. Closing it is allowed, before or
	// after the stop; the Channels never closes it. After the stop what
	// is sent on it is dropped.
	Out chan<- [][]byte
	// Errors reports errors: a message that could not be sent (it is
	// dropped) and the error that stopped the Channels. It is buffered;
	// errors that find it full are dropped. It is closed with In.
	Errors <-chan error

	s      *Socket
	in     chan [][]byte
	out    chan [][]byte
	errs   chan error
	outq   chan [][]byte // from the pump goroutine to the reactor
	wakeMu sync.Mutex
	wakeTx *Socket // used by any goroutine, one at a time, under wakeMu
	wakeRx *Socket // used by the reactor only
	done   chan struct{}
	// stopped is closed when the reactor ends, for whatever reason;
	// pumped when the pump has ended (and handed Out to the orphan
	// drainer); finished when everything has (Done).
	stopped, pumped, finished chan struct{}
	closed                    atomic.Bool
	wg                        sync.WaitGroup
	once                      sync.Once
}

var channelsSeq atomic.Uint64

// channelsBurst bounds the messages received per wake-up, so that a busy
// inbound stream does not starve sending.
const channelsBurst = 64

// NewChannels starts a Channels on s. s must not be used by any other
// goroutine from now on.
func NewChannels(s *Socket) (*Channels, error) {
	if s == nil {
		return nil, EINVAL
	}
	if s.invalid() {
		return nil, ENOTSOCK
	}
	ep := "inproc://gozmq.channels." + strconv.FormatUint(channelsSeq.Add(1), 10)
	rx, err := s.c.NewSocket(PAIR)
	if err != nil {
		return nil, err
	}
	tx, err := s.c.NewSocket(PAIR)
	if err == nil {
		if err = rx.Bind(ep); err == nil {
			err = tx.Connect(ep)
		}
	}
	if err != nil {
		rx.Close()
		if tx != nil {
			tx.Close()
		}
		return nil, err
	}
	c := &Channels{
		s:        s,
		in:       make(chan [][]byte, 16),
		out:      make(chan [][]byte),
		errs:     make(chan error, 16),
		outq:     make(chan [][]byte, 16),
		wakeTx:   tx,
		wakeRx:   rx,
		done:     make(chan struct{}),
		stopped:  make(chan struct{}),
		pumped:   make(chan struct{}),
		finished: make(chan struct{}),
	}
	c.In, c.Out, c.Errors = c.in, c.out, c.errs
	c.wg.Add(2)
	go c.pump()
	go c.reactor()
	return c, nil
}

// Close stops the Channels, closes its socket and waits until its
// goroutines have ended. Messages not yet handed to libzmq are dropped;
// those handed over are subject to the socket's LINGER. In and Errors
// are closed. Closing twice does nothing.
func (c *Channels) Close() error {
	if c == nil || c.done == nil {
		return nil // not made by NewChannels: nothing runs
	}
	c.once.Do(func() {
		c.closed.Store(true)
		close(c.done)
		c.wake()
		c.wg.Wait()
		c.wakeMu.Lock()
		c.wakeTx.Close()
		c.wakeMu.Unlock()
	})
	return nil
}

// Done returns a channel that is closed when the Channels has stopped
// (see Channels): its goroutines have ended, its socket is closed, In
// and Errors are closed. For a nil or zero Channels it is closed
// already.
func (c *Channels) Done() <-chan struct{} {
	if c == nil || c.finished == nil {
		return closedChan
	}
	return c.finished
}

var closedChan = func() chan struct{} {
	ch := make(chan struct{})
	close(ch)
	return ch
}()

// wake makes the reactor's poll return. A full wake-up queue means the
// reactor has wake-ups pending already, so errors are ignored.
func (c *Channels) wake() {
	c.wakeMu.Lock()
	c.wakeTx.Send(nil, DONTWAIT)
	c.wakeMu.Unlock()
}

// pump moves messages from Out to the reactor's queue and wakes it.
// When the Channels stops it hands Out to the orphan drainer, unless the
// program closed it first: a later send is dropped rather than blocking
// forever.
func (c *Channels) pump() {
	defer c.wg.Done()
	defer close(c.pumped)
	for {
		select {
		case m, ok := <-c.out:
			if !ok {
				return
			}
			select {
			case c.outq <- m:
				c.wake()
			case <-c.done:
				orphanOut(c.out)
				return
			case <-c.stopped:
				orphanOut(c.out)
				return
			}
		case <-c.done:
			orphanOut(c.out)
			return
		case <-c.stopped:
			orphanOut(c.out)
			return
		}
	}
}

func (c *Channels) report(err error) {
	select {
	case c.errs <- err:
	default:
	}
}

// reactor is the one goroutine that uses the socket.
func (c *Channels) reactor() {
	defer c.wg.Done()
	var delivering sync.WaitGroup
	defer func() {
		// Tell the pump and the goroutines delivering to a full In
		// that nothing more is taken, whoever stopped the Channels.
		close(c.stopped)
		delivering.Wait()
		<-c.pumped
		c.s.Close()
		c.wakeRx.Close()
		c.wakeMu.Lock()
		c.wakeTx.Close()
		c.wakeMu.Unlock()
		close(c.in)
		close(c.errs)
		close(c.finished)
	}()
	p := NewPoller()
	sid := p.Add(c.s, 0)
	p.Add(c.wakeRx, POLLIN)
	var pending [][]byte // message waiting for room to send
	delivered := make(chan struct{}, 1)
	inBlocked := false // a goroutine is waiting to put a message on In
	for {
		for pending == nil {
			select {
			case pending = <-c.outq:
			default:
			}
			if pending == nil {
				break
			}
			if len(pending) == 0 {
				// Not a message; waiting for POLLOUT would not change that.
				c.report(EINVAL)
				pending = nil
			}
		}
		ev := PollEvents(0)
		if !inBlocked {
			ev |= POLLIN
		}
		if pending != nil {
			ev |= POLLOUT
		}
		p.Update(sid, ev)
		// Close sets closed and then sends a wake-up; drainWake may have
		// taken that wake-up with an earlier one, after the check that
		// follows the previous Poll. Looking again here means it cannot
		// be slept through.
		if c.closed.Load() {
			return
		}
		ready, err := p.Poll(-1)
		if c.closed.Load() {
			return
		}
		if err != nil {
			c.report(err)
			return
		}
		var sockEv PollEvents
		for _, r := range ready {
			if r.Socket == c.wakeRx {
				c.drainWake()
			} else {
				sockEv = r.Events
			}
		}
		select {
		case <-delivered:
			inBlocked = false
		default:
		}
		if sockEv&POLLOUT != 0 && pending != nil {
			err := c.s.SendMultipart(pending, DONTWAIT)
			if err != EAGAIN {
				if err != nil {
					c.report(err)
					if c.fatal(err) {
						return
					}
				}
				pending = nil
			}
		}
		if sockEv&POLLIN != 0 && !inBlocked {
			for i := 0; i < channelsBurst; i++ {
				m, err := c.s.RecvMultipart(DONTWAIT)
				if err == EAGAIN {
					break
				}
				if err != nil {
					c.report(err)
					if c.fatal(err) {
						return
					}
					break
				}
				select {
				case c.in <- m:
					continue
				default:
				}
				// In is full: hand the message to a goroutine and stop
				// receiving until it is delivered.
				inBlocked = true
				delivering.Add(1)
				go func() {
					defer delivering.Done()
					select {
					case c.in <- m:
						delivered <- struct{}{}
						c.wake()
					case <-c.stopped:
					}
				}()
				break
			}
		}
	}
}

// fatal reports whether err means the socket is gone.
func (c *Channels) fatal(err error) bool {
	return err == ENOTSOCK || err == ETERM
}

func (c *Channels) drainWake() {
	for {
		if _, err := c.wakeRx.Recv(DONTWAIT); err != nil {
			return
		}
	}
}
