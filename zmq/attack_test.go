package zmq_test

import (
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// TestAttackTeardownUnderLoad tears down, from another goroutine and at
// varying moments, a context in full use: a ZAP handler (4.0+), a proxy
// between a ROUTER and a DEALER whose sockets are monitored, clients
// sending multipart messages at HWM 1, a Channels, and a storm of
// signals on the process. Context.Close must return every time and
// every goroutine must end; in a child process, so that a hang or an
// abort fails this test only.
func TestAttackTeardownUnderLoad(t *testing.T) {
	if os.Getenv(coreChildEnv) != t.Name() {
		monRunChild(t, t.Name(), 180*time.Second)
		return
	}
	stopStorm := make(chan struct{})
	var storm sync.WaitGroup
	storm.Add(1)
	go func() {
		defer storm.Done()
		for {
			select {
			case <-stopStorm:
				return
			default:
			}
			interruptSelf()
			time.Sleep(50 * time.Microsecond)
		}
	}()
	defer func() { close(stopStorm); storm.Wait() }()
	for i := 0; i < monChildLoops()/5; i++ {
		attackRound(t, i)
	}
}

func attackRound(t *testing.T, i int) {
	ctx, err := zmq.NewContext()
	require.NoError(t, err)
	if atLeast(4, 0, 0) {
		au, err := zmq.NewAuthenticator(ctx)
		require.NoError(t, err)
		defer au.Close()
	}
	front, err := ctx.NewSocket(zmq.ROUTER)
	require.NoError(t, err)
	back, err := ctx.NewSocket(zmq.DEALER)
	require.NoError(t, err)
	var mons []*zmq.Monitor
	if atLeast(3, 2, 0) { // 2.x has no monitors
		for _, s := range []*zmq.Socket{front, back} {
			m, err := ctx.NewMonitor(s, zmq.EVENT_ALL)
			require.NoError(t, err)
			mons = append(mons, m)
		}
	}
	fep := endpoint(t, "tcp")
	require.NoError(t, front.Bind(fep))
	bep := "inproc://attack-back-" + strconv.Itoa(i)
	require.NoError(t, back.Bind(bep))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); zmq.Proxy(front, back, nil) }()

	worker, err := ctx.NewSocket(zmq.DEALER)
	require.NoError(t, err)
	require.NoError(t, worker.Connect(bep))
	ch, err := zmq.NewChannels(worker)
	require.NoError(t, err)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for m := range ch.In {
			select {
			case ch.Out <- m:
			case <-ch.Done():
			}
		}
	}()
	for c := 0; c < 4; c++ {
		cli, err := ctx.NewSocket(zmq.DEALER)
		require.NoError(t, err)
		if atLeast(3, 0, 0) {
			require.NoError(t, cli.SetSockOptInt(zmq.SNDHWM, 1))
			require.NoError(t, cli.SetSockOptInt(zmq.RCVHWM, 1))
		} else {
			require.NoError(t, cli.SetSockOptUInt64(zmq.HWM, 1))
		}
		require.NoError(t, cli.Connect(fep))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				if err := cli.SendMultipart([][]byte{[]byte("a"), make([]byte, 1000), []byte("c")}, 0); err != nil {
					return
				}
				if _, err := cli.RecvMultipart(0); err != nil {
					return
				}
			}
		}()
	}
	time.Sleep(time.Duration(i%10) * time.Millisecond)
	closed := make(chan struct{})
	go func() { ctx.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(testTimeout):
		t.Fatalf("round %d: Context.Close hung\n%s", i, stacks())
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(testTimeout):
		t.Fatalf("round %d: goroutines blocked on the closed context\n%s", i, stacks())
	}
	for _, m := range mons {
		require.NoError(t, m.Close())
	}
	require.NoError(t, ch.Close())
}

// TestProxyCloseOtherSideWhileSendBlocks: the proxy is blocked sending
// on a backend at its high water mark (nobody reads); closing the
// frontend, from another goroutine, must end the proxy and return.
func TestProxyCloseOtherSideWhileSendBlocks(t *testing.T) {
	ctx := newContext(t)
	front := newSocket(t, ctx, zmq.PULL)
	back := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, back.SetSockOptInt(zmq.SNDHWM, 1))
	fep, bep := endpoint(t, "inproc"), endpoint(t, "inproc")
	require.NoError(t, front.Bind(fep))
	require.NoError(t, back.Bind(bep))
	sink := newSocket(t, ctx, zmq.PULL)
	require.NoError(t, sink.SetSockOptInt(zmq.RCVHWM, 1))
	require.NoError(t, sink.Connect(bep))
	src := newSocket(t, ctx, zmq.PUSH)
	require.NoError(t, src.SetSockOptInt(zmq.LINGER, 0))
	require.NoError(t, src.Connect(fep))
	for i := 0; i < 50; i++ {
		require.NoError(t, src.SendMultipart([][]byte{[]byte("a"), []byte("b")}, zmq.DONTWAIT))
	}
	done := make(chan error, 1)
	go func() { done <- zmq.Proxy(front, back, nil) }()
	time.Sleep(50 * time.Millisecond) // the proxy fills back and waits
	within(t, testTimeout, "Close of the frontend", func() { require.NoError(t, front.Close()) })
	select {
	case err := <-done:
		require.Error(t, err)
	case <-time.After(testTimeout):
		t.Fatal("Proxy did not return after its frontend was closed")
	}
}
