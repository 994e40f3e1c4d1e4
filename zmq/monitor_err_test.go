package zmq_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// TestMonitorErrAfterCloseSeenElsewhere: a goroutine that sees C closed
// by the binding's reading goroutine (here because the context closed)
// finds the reason in Err at once, as Monitor.C's documentation says;
// Err must not answer nil for a monitor that has ended with ETERM.
func TestMonitorErrAfterCloseSeenElsewhere(t *testing.T) {
	monNeed(t, newContext(t))
	for i := 0; i < 20; i++ {
		ctx, err := zmq.NewContext()
		require.NoError(t, err)
		s, err := ctx.NewSocket(zmq.PAIR)
		require.NoError(t, err)
		m, err := ctx.NewMonitor(s, zmq.EVENT_ALL)
		require.NoError(t, err)
		got := make(chan error, 1)
		go func() {
			for range m.C {
			}
			got <- m.Err()
		}()
		within(t, testTimeout, "Context.Close", ctx.Close)
		within(t, testTimeout, "the monitor's end", func() {
			assert.Equal(t, zmq.ETERM, <-got, "round %d", i)
		})
	}
}
