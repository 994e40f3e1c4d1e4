package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// curveNeed skips unless the loaded libzmq has CURVE, after checking
// that the program says why it cannot run.
func curveNeed(t *testing.T) {
	t.Helper()
	require.NoError(t, zmq.LibraryError())
	if zmq.Has(zmq.CapCURVE) {
		return
	}
	err := demo(&strings.Builder{}, curvePort(t), 1, 100*time.Millisecond)
	require.Error(t, err)
	var ve *zmq.VersionError
	if major, _, _ := zmq.Version(); major < 4 {
		require.True(t, errors.As(err, &ve), "want *zmq.VersionError, got %v", err)
	} else {
		require.Contains(t, err.Error(), "without CURVE")
	}
	t.Skipf("no CURVE: %v", err)
}

func curvePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return fmt.Sprintf("tcp://%s", l.Addr())
}

// curveBuf is an io.Writer safe for the program's goroutines.
type curveBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *curveBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *curveBuf) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestDemo(t *testing.T) {
	curveNeed(t)
	var out curveBuf
	done := make(chan error, 1)
	go func() { done <- demo(&out, curvePort(t), 2, 300*time.Millisecond) }()
	select {
	case err := <-done:
		require.NoError(t, err, out.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("demo did not end; output:\n%s", out.String())
	}
	s := out.String()
	assert.Contains(t, s, "client key not allowed")
	assert.Contains(t, s, `intruder: no reply to "request 1 from intruder"`)
	assert.Contains(t, s, `client: sent "request 2 from client", got "reply to request 2 from client"`)
	assert.Contains(t, s, "demo: 2 encrypted round trips, 1 client denied")
	assert.NotContains(t, s, `received "request 1 from intruder"`)
}

func TestServerAndClient(t *testing.T) {
	curveNeed(t)
	serverPub, serverSec, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	clientPub, clientSec, err := zmq.NewCurveKeypair()
	require.NoError(t, err)
	ep := curvePort(t)

	var srvOut curveBuf
	ready := make(chan struct{})
	srvDone := make(chan error, 1)
	go func() {
		srvDone <- server(&srvOut, serverConfig{bind: ep, secret: serverSec, allow: []string{clientPub}, n: 1, idle: 30 * time.Second}, ready)
	}()
	select {
	case <-ready:
	case err := <-srvDone:
		t.Fatalf("server ended early: %v\n%s", err, srvOut.String())
	}
	var cliOut curveBuf
	err = client(&cliOut, clientConfig{name: "c1", connect: ep, serverKey: serverPub, public: clientPub, priv: clientSec, n: 1, timeout: 10 * time.Second})
	require.NoError(t, err, cliOut.String())
	assert.Contains(t, cliOut.String(), `c1: sent "request 1 from c1", got "reply to request 1 from c1"`)
	select {
	case err := <-srvDone:
		require.NoError(t, err, srvOut.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("server did not stop after -n 1; output:\n%s", srvOut.String())
	}
	assert.Contains(t, srvOut.String(), "ZAP allowed")
	assert.Contains(t, srvOut.String(), "server: done")
}
