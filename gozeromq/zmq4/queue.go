package zmq4

// Queue is a first-in first-out list of messages, kept from go-zeromq's
// API (its PUB used it for per-subscriber queues; libzmq's pipes do that
// job here). A zero Queue is empty and ready to use; a nil *Queue is
// always empty: Push drops the message, as nothing can hold it.
type Queue struct {
	msgs []Msg
	head int
}

// NewQueue returns an empty queue.
func NewQueue() *Queue { return &Queue{} }

// Init empties the queue.
func (q *Queue) Init() {
	if q == nil {
		return
	}
	q.msgs, q.head = nil, 0
}

// Len returns the number of messages queued.
func (q *Queue) Len() int {
	if q == nil {
		return 0
	}
	return len(q.msgs) - q.head
}

// Peek returns the oldest message without removing it; false when empty.
func (q *Queue) Peek() (Msg, bool) {
	if q.Len() == 0 {
		return Msg{}, false
	}
	return q.msgs[q.head], true
}

// Pop removes the oldest message, if any.
func (q *Queue) Pop() {
	if q.Len() == 0 {
		return
	}
	q.msgs[q.head] = Msg{}
	q.head++
	if q.head == len(q.msgs) {
		q.msgs, q.head = q.msgs[:0], 0
	}
}

// Push adds val at the end of the queue.
func (q *Queue) Push(val Msg) {
	if q == nil {
		return
	}
	if q.head > 0 && q.head >= len(q.msgs)/2 {
		// Reuse the front half instead of growing forever.
		n := copy(q.msgs, q.msgs[q.head:])
		clear(q.msgs[n:])
		q.msgs, q.head = q.msgs[:n], 0
	}
	q.msgs = append(q.msgs, val)
}
