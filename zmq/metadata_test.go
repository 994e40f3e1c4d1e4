package zmq_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

func TestRecvWithMetadata(t *testing.T) {
	ctx := newContext(t)
	pull := newSocket(t, ctx, zmq.PULL)
	needVersion(t, 4, 1, 0, func() error {
		_, _, err := pull.RecvWithMetadata(zmq.DONTWAIT)
		return err
	})
	for _, tr := range []string{"tcp", "ipc"} {
		t.Run(tr, func(t *testing.T) {
			pull := newSocket(t, ctx, zmq.PULL)
			push := newSocket(t, ctx, zmq.PUSH)
			ep := endpoint(t, tr)
			require.NoError(t, pull.Bind(ep))
			require.NoError(t, push.Connect(ep))
			sendWithin(t, push, []byte("a"), zmq.SNDMORE)
			sendWithin(t, push, []byte("b"), 0)
			waitReady(t, pull, zmq.POLLIN)
			b, md, err := pull.RecvWithMetadata(zmq.DONTWAIT)
			require.NoError(t, err)
			assert.Equal(t, []byte("a"), b)
			assert.Equal(t, "PUSH", md[zmq.PropSocketType])
			if tr == "tcp" {
				assert.Equal(t, "127.0.0.1", md[zmq.PropPeerAddress])
			}
			_, hasUser := md[zmq.PropUserID]
			assert.False(t, hasUser, "no ZAP handler, no User-Id")
			more, err := pull.RcvMore()
			require.NoError(t, err)
			assert.True(t, more)

			b, md, err = pull.RecvWithMetadata(zmq.DONTWAIT, zmq.PropSocketType, "No-Such-Property")
			require.NoError(t, err)
			assert.Equal(t, []byte("b"), b)
			assert.Equal(t, map[string]string{zmq.PropSocketType: "PUSH"}, md)
			more, err = pull.RcvMore()
			require.NoError(t, err)
			assert.False(t, more)
		})
	}
	t.Run("closed", func(t *testing.T) {
		s := newSocket(t, ctx, zmq.PULL)
		require.NoError(t, s.Close())
		_, _, err := s.RecvWithMetadata(0)
		assert.Equal(t, zmq.ENOTSOCK, err)
	})
}
