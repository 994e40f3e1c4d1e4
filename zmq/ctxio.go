package zmq

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// errCancelled is what an interrupted call returns when the context of
// the SendCtx/RecvCtx call in progress is done; those methods return
// ctx.Err() in its place.
var errCancelled = errors.New("gozmq: call cancelled by its context")

// ctxPollSlice bounds each wait of the fallback used where a blocked
// call cannot be interrupted (no signal, and on Windows no wake socket
// could be made).
const ctxPollSlice = 50 * time.Millisecond

// SendCtx is Send with a context: when ctx is cancelled or its deadline
// passes while the call waits for room to send, it returns ctx.Err()
// and the message is not sent. A message accepted before that is sent
// and SendCtx returns nil. A socket send timeout (SNDTIMEO) still
// applies and returns EAGAIN.
//
// The wait costs nothing while nothing happens: a parked call selects on
// ctx.Done(); a call blocked in libzmq (where the runtime poller cannot
// be used) is woken by a signal to its thread, as Close does. A nil ctx
// is taken as context.Background().
func (s *Socket) SendCtx(ctx context.Context, data []byte, flags SendRecvOption) error {
	return s.ctxCall(ctx, flags, POLLOUT, func(f SendRecvOption, _ func()) error { return s.send(data, f) })
}

// RecvCtx is Recv with a context: when ctx is cancelled or its deadline
// passes while the call waits for a message, it returns nil and
// ctx.Err(). No message is lost: one that arrived first is returned.
func (s *Socket) RecvCtx(ctx context.Context, flags SendRecvOption) ([]byte, error) {
	var b []byte
	err := s.ctxCall(ctx, flags, POLLIN, func(f SendRecvOption, _ func()) error {
		var err error
		b, err = s.recv(f)
		return err
	})
	return b, err
}

// SendMultipartCtx is SendMultipart with a context, as SendCtx. The
// message is sent whole or, when ctx ends first, not at all: only the
// first part can wait.
func (s *Socket) SendMultipartCtx(ctx context.Context, parts [][]byte, flags SendRecvOption) error {
	if len(parts) == 0 {
		return EINVAL
	}
	return s.ctxCall(ctx, flags, POLLOUT, func(f SendRecvOption, disarm func()) error {
		for i, p := range parts {
			pf := f &^ SNDMORE
			if i < len(parts)-1 {
				pf |= SNDMORE
			}
			if err := s.send(p, pf); err != nil {
				return err
			}
			if i == 0 {
				// The message is under way: it must be completed.
				disarm()
			}
			f &^= DONTWAIT
		}
		return nil
	})
}

// RecvMultipartCtx is RecvMultipart with a context, as RecvCtx.
func (s *Socket) RecvMultipartCtx(ctx context.Context, flags SendRecvOption) ([][]byte, error) {
	var parts [][]byte
	err := s.ctxCall(ctx, flags, POLLIN, func(f SendRecvOption, disarm func()) error {
		for {
			b, err := s.recv(f)
			if err != nil {
				return err
			}
			if parts == nil {
				// The rest of the message has arrived with the first
				// part: a cancellation must not leave it half read.
				disarm()
			}
			parts = append(parts, b)
			more, err := s.more(s.rmsg)
			if err != nil || !more {
				return err
			}
			f &^= DONTWAIT
		}
	})
	if err != nil {
		return nil, err
	}
	return parts, nil
}

// ctxWatch is the state shared by a call and its context's AfterFunc.
type ctxWatch struct {
	s *Socket
	// state moves once from watchArmed to watchFiring (the context
	// ended) or watchDisarmed (the call can no longer be cancelled).
	state atomic.Uint32
	// active is true until the call has returned or been disarmed.
	active atomic.Bool
	// fired is set when fire has returned and will not signal again.
	fired atomic.Bool
	// fireFn and disarmFn are w.fire and w.disarm, bound once so that a
	// pooled watch costs no closure per call.
	fireFn, disarmFn func()
}

// watchPool recycles watches: when ctxCall returns, fire has either not
// run and never will, or has finished.
var watchPool = sync.Pool{New: func() any {
	w := new(ctxWatch)
	w.fireFn, w.disarmFn = w.fire, w.disarm
	return w
}}

const (
	watchArmed = iota
	watchFiring
	watchDisarmed
)

// fire runs when the context is done: it marks the socket's call as
// cancelled and signals its thread until the call returns. Repeating
// covers a signal that arrives just before the thread blocks.
func (w *ctxWatch) fire() {
	defer w.fired.Store(true)
	if !w.state.CompareAndSwap(watchArmed, watchFiring) {
		return
	}
	s := w.s
	s.cancelled.Store(true)
	for i := 0; w.active.Load(); i++ {
		s.interrupt()
		if i < 10 {
			runtime.Gosched()
		} else {
			time.Sleep(time.Millisecond)
		}
	}
}

// disarm makes the rest of the call immune to the context: once the
// first part of a message has moved, the message must be completed. If
// the context has already fired, its cancellation is undone.
func (w *ctxWatch) disarm() {
	if w.state.CompareAndSwap(watchArmed, watchDisarmed) {
		return
	}
	if w.state.Load() != watchFiring {
		return
	}
	w.active.Store(false)
	for !w.fired.Load() {
		runtime.Gosched()
	}
	w.s.cancelled.Store(false)
}

// ctxCall enters the socket and runs op(flags, disarm) so that ctx
// ending interrupts it until op calls disarm. ev is what op waits for,
// used by the fallback.
func (s *Socket) ctxCall(ctx context.Context, flags SendRecvOption, ev PollEvents, op func(SendRecvOption, func()) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.enter(); err != nil {
		return err
	}
	defer s.leave()
	if ctx.Done() == nil || flags&DONTWAIT != 0 {
		return op(flags, func() {})
	}
	if s.parkable() {
		// A parked wait selects on ctx.Done() itself (see park).
		s.ctxDone = ctx.Done()
		err := op(flags, s.disarmCtx)
		s.ctxDone = nil
		if err == errCancelled {
			return ctx.Err()
		}
		return err
	}
	if !s.interruptible() {
		return s.ctxCallPolling(ctx, flags, ev, op)
	}
	w := watchPool.Get().(*ctxWatch)
	w.s = s
	w.state.Store(watchArmed)
	w.fired.Store(false)
	w.active.Store(true)
	stop := context.AfterFunc(ctx, w.fireFn)
	err := op(flags, w.disarmFn)
	w.active.Store(false)
	if !stop() {
		// fire has started: wait until it stops signalling, so that no
		// signal reaches this thread after the call has returned.
		for !w.fired.Load() {
			runtime.Gosched()
		}
	}
	s.cancelled.Store(false)
	w.s = nil
	watchPool.Put(w)
	if err == errCancelled {
		return ctx.Err()
	}
	return err
}

// ctxCallPolling is ctxCall where a blocked call cannot be interrupted:
// it waits in zmq_poll for slices of at most ctxPollSlice, checking ctx
// between them, and runs op without blocking once the socket is ready.
func (s *Socket) ctxCallPolling(ctx context.Context, flags SendRecvOption, ev PollEvents, op func(SendRecvOption, func()) error) error {
	for {
		d := ctxPollSlice
		if dl, ok := ctx.Deadline(); ok {
			if left := time.Until(dl); left < d {
				d = left
			}
		}
		if d > 0 {
			if _, err := s.pollSelf(ev, d); err != nil && err != EINTR {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if s.state.Load()&stClosing != 0 {
			return s.closedErr()
		}
		err := op(flags|DONTWAIT, func() {})
		if err != EAGAIN {
			return err
		}
	}
}
