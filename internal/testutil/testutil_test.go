package testutil_test

import (
	"errors"
	"net"
	"os"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/internal/testutil"
	"github.com/gozmq/gozmq/zmq"
)

func TestAtLeastComparesTheLoadedRelease(t *testing.T) {
	a, b, c := zmq.Version()
	require.True(t, testutil.AtLeast(a, b, c))
	require.True(t, testutil.AtLeast(2, 1, 0))
	require.False(t, testutil.AtLeast(a, b, c+1))
	require.False(t, testutil.AtLeast(a+1, 0, 0))
}

func TestNeedVersionPassesOnANewEnoughRelease(t *testing.T) {
	called := false
	testutil.NeedVersion(t, 2, 1, 0, func() error { called = true; return nil })
	require.False(t, called, "the attempt is only made on an older release")
}

func TestNeedVersionSkipsAfterAFaceError(t *testing.T) {
	faceErr := errors.New("not implemented, needs a newer release")
	ok := t.Run("older", func(t *testing.T) {
		a, _, _ := zmq.Version()
		testutil.NeedVersion(t, a+1, 0, 0, func() error { return faceErr }, faceErr)
		t.Error("NeedVersion did not skip")
	})
	require.True(t, ok)
}

func TestWithinReturnsWhenDone(t *testing.T) {
	ran := false
	testutil.Within(t, testutil.Timeout, "a quick step", func() { ran = true })
	require.True(t, ran)
}

func TestFreePortCanBeBound(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(testutil.FreePort(t)))
	require.NoError(t, err)
	require.NoError(t, l.Close())
}

func TestRunChildRunsTheTestInAChild(t *testing.T) {
	if !testutil.InChild(t) {
		testutil.RunChild(t, testutil.Timeout, "GOZMQ_TESTUTIL_MARK=child")
		return
	}
	require.Equal(t, "child", os.Getenv("GOZMQ_TESTUTIL_MARK"), "RunChild adds env")
}

func TestWindowedSendStaysWithinItsWindow(t *testing.T) {
	var sent atomic.Int32
	ack, done := testutil.WindowedSend(10, 3, func(int) error {
		sent.Add(1)
		return nil
	})
	deadline := time.Now().Add(testutil.Timeout)
	for sent.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	assert.EqualValues(t, 3, sent.Load(), "sent past its window")
	for i := 0; i < 10; i++ {
		ack()
	}
	require.NoError(t, <-done)
	assert.EqualValues(t, 10, sent.Load())
}
