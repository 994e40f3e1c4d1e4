package examples_test

// These tests build every example once with CGO_ENABLED=0 and run the
// programs as a user would, over loopback tcp, ipc and inproc, each with
// a deadline. They pass on every libzmq release: ZMQ_LIBRARY is passed
// on to the programs.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// exDeadline bounds every program run and every wait for output.
const exDeadline = 30 * time.Second

var (
	exBuildOnce sync.Once
	exBinDir    string
	exBuildErr  error
)

// exBin returns the path of the built example name, building all of
// them on first use.
func exBin(t *testing.T, name string) string {
	t.Helper()
	exBuildOnce.Do(func() {
		exBinDir, exBuildErr = os.MkdirTemp("", "gozmq-examples")
		if exBuildErr != nil {
			return
		}
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = "/usr/local/go/bin/go"
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, goTool, "build", "-o", exBinDir+string(filepath.Separator), "./...")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			exBuildErr = fmt.Errorf("go build ./examples/...: %v\n%s", err, out)
		}
	})
	require.NoError(t, exBuildErr)
	return filepath.Join(exBinDir, name)
}

func TestMain(m *testing.M) {
	code := m.Run()
	if exBinDir != "" {
		os.RemoveAll(exBinDir)
	}
	os.Exit(code)
}

// exBuffer collects a program's output while it runs.
type exBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *exBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *exBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// exProc is an example program running in the background.
type exProc struct {
	name string
	cmd  *exec.Cmd
	out  exBuffer
	done chan struct{}
	err  error
}

// exStart starts an example in the background. Cleanup kills it if it
// is still running and logs its output if the test failed.
func exStart(t *testing.T, env []string, name string, args ...string) *exProc {
	t.Helper()
	bin := exBin(t, name) // before the deadline starts: the first call builds
	ctx, cancel := context.WithTimeout(context.Background(), exDeadline)
	p := &exProc{name: name, done: make(chan struct{})}
	p.cmd = exec.CommandContext(ctx, bin, args...)
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout = &p.out
	p.cmd.Stderr = &p.out
	p.cmd.WaitDelay = 5 * time.Second
	require.NoError(t, p.cmd.Start())
	go func() {
		p.err = p.cmd.Wait()
		cancel()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("%s %s output:\n%s", name, strings.Join(args, " "), p.out.String())
		}
	})
	return p
}

// wait waits for the program to end by itself and returns its output.
func (p *exProc) wait(t *testing.T) (string, error) {
	t.Helper()
	select {
	case <-p.done:
		return p.out.String(), p.err
	case <-time.After(exDeadline):
		t.Fatalf("%s did not end within %v; output:\n%s", p.name, exDeadline, p.out.String())
		return "", nil
	}
}

// waitFor waits until the program has printed text: the program's own
// report that it is ready, rather than a guess of how long that takes.
func (p *exProc) waitFor(t *testing.T, text string) {
	t.Helper()
	deadline := time.Now().Add(exDeadline)
	for !strings.Contains(p.out.String(), text) {
		select {
		case <-p.done:
			t.Fatalf("%s ended (%v) before printing %q; output:\n%s", p.name, p.err, text, p.out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not print %q within %v; output:\n%s", p.name, text, exDeadline, p.out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// exRun runs an example to its end and returns its output.
func exRun(t *testing.T, env []string, name string, args ...string) (string, error) {
	t.Helper()
	return exStart(t, env, name, args...).wait(t)
}

// exPort returns a loopback TCP endpoint whose port was free a moment
// ago (2.x cannot bind "tcp://127.0.0.1:*").
func exPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return fmt.Sprintf("tcp://%s", l.Addr())
}

func TestVersionPrintsLoadedLibrary(t *testing.T) {
	require.NoError(t, zmq.LibraryError())
	out, err := exRun(t, nil, "version")
	require.NoError(t, err, out)
	major, minor, patch := zmq.Version()
	assert.Contains(t, out, fmt.Sprintf("libzmq version: %d.%d.%d\n", major, minor, patch))
	assert.Contains(t, out, "library path:   "+zmq.LibraryPath()+"\n")

	out, err = exRun(t, nil, "version", "-short")
	require.NoError(t, err, out)
	assert.Equal(t, fmt.Sprintf("%d.%d.%d\n", major, minor, patch), out)
}

func TestVersionReportsMissingLibrary(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "libzmq.so.5")
	out, err := exRun(t, []string{"ZMQ_LIBRARY=" + missing}, "version")
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "want exit status 1, got %v; output:\n%s", err, out)
	assert.Equal(t, 1, exit.ExitCode())
	assert.Contains(t, out, "cannot load libzmq")
	assert.Contains(t, out, missing)
	assert.Contains(t, out, "ZMQ_LIBRARY")
}

func TestHelloWorld(t *testing.T) {
	out, err := exRun(t, nil, "hello-world", "-n", "3")
	require.NoError(t, err, out)
	assert.Equal(t, 3, strings.Count(out, "server: received Hello"))
	assert.Equal(t, 3, strings.Count(out, "got World"))
	assert.Contains(t, out, "hello-world: 3 round trips over inproc://hello")
}

func TestEchoOverTwoEndpoints(t *testing.T) {
	tcp := exPort(t)
	ipc := "ipc://" + filepath.Join(t.TempDir(), "echo.sock")
	server := exStart(t, nil, "echo-server", "-bind", tcp, "-bind", ipc, "-n", "8", "-timeout", exDeadline.String())
	server.waitFor(t, "listening on "+ipc)

	for _, ep := range []string{tcp, ipc} {
		out, err := exRun(t, nil, "echo-client", "-connect", ep, "-n", "2", "-msg", "ping")
		require.NoError(t, err, out)
		assert.Contains(t, out, `request 1: "ping 1" -> reply "ping 1"`)
		assert.Contains(t, out, `request 2: "ping 2" -> reply "ping 2"`)
		assert.Contains(t, out, "2/2 replies matched")
	}

	// One REQ socket connected to both endpoints.
	out, err := exRun(t, nil, "echo-client", "-connect", tcp, "-connect", ipc, "-n", "4", "-msg", "both")
	require.NoError(t, err, out)
	assert.Contains(t, out, "connected to "+tcp)
	assert.Contains(t, out, "connected to "+ipc)
	assert.Contains(t, out, "4/4 replies matched")

	out, err = server.wait(t)
	require.NoError(t, err, out)
	for i := 1; i <= 4; i++ {
		assert.Contains(t, out, fmt.Sprintf("request %d: \"ping %d\"", i, (i-1)%2+1))
		assert.Contains(t, out, fmt.Sprintf("request %d: \"both %d\"", i+4, i))
	}
	assert.Contains(t, out, "echo-server: done")
}

func TestEchoServerStopsOnSIGTERM(t *testing.T) {
	tcp := exPort(t)
	server := exStart(t, nil, "echo-server", "-bind", tcp)
	server.waitFor(t, "listening on "+tcp)
	// The server is blocked in Poll; the signal handler closes the
	// context from another goroutine, which must end the wait.
	require.NoError(t, server.cmd.Process.Signal(syscall.SIGTERM))
	out, err := server.wait(t)
	require.NoError(t, err, out)
	assert.Contains(t, out, "shutting down")
	assert.Contains(t, out, "echo-server: done")
}

func TestEchoClientGivesUpWithoutServer(t *testing.T) {
	start := time.Now()
	out, err := exRun(t, nil, "echo-client", "-connect", exPort(t), "-n", "1", "-timeout", "300ms")
	require.Error(t, err, out)
	assert.Contains(t, out, "no reply to request 1 within 300ms")
	assert.Less(t, time.Since(start), exDeadline)
}

func TestWeatherPubSub(t *testing.T) {
	ep := exPort(t)
	server := exStart(t, nil, "weather-server", "-bind", ep, "-timeout", exDeadline.String())
	server.waitFor(t, "publishing on")
	out, err := exRun(t, nil, "weather-client", "-connect", ep, "-zip", "10003", "-n", "3")
	require.NoError(t, err, out)
	assert.Regexp(t, regexp.MustCompile(`(?m)^weather-client: update 3: 10003 -?\d+ \d+$`), out)
	assert.NotRegexp(t, regexp.MustCompile(`update \d+: 1000[^3]`), out, "the prefix filter let another zip through")
	assert.Contains(t, out, "average temperature for zip 10003")
}

func TestPipeline(t *testing.T) {
	tasks, results := exPort(t), exPort(t)
	eps := []string{"-tasks-endpoint", tasks, "-results-endpoint", results}
	sink := exStart(t, nil, "pipeline", append([]string{"sink", "-tasks", "12"}, eps...)...)
	sink.waitFor(t, "sink: waiting")
	// The ventilator starts before the workers: PUSH holds the tasks
	// until a worker connects, so a worker never waits for the first
	// task longer than its start-up, and its idle -timeout can be short.
	vent := exStart(t, nil, "pipeline", append([]string{"ventilator", "-tasks", "12", "-delay", "0s"}, eps...)...)
	var workers []*exProc
	for _, id := range []string{"wA", "wB"} {
		workers = append(workers, exStart(t, nil, "pipeline", append([]string{"worker", "-id", id, "-timeout", "1s"}, eps...)...))
	}
	out, err := vent.wait(t)
	require.NoError(t, err, out)
	assert.Contains(t, out, "ventilator: sent 12 tasks")

	out, err = sink.wait(t)
	require.NoError(t, err, out)
	m := regexp.MustCompile(`sink: 12 results in \S+ \((.*)\)`).FindStringSubmatch(out)
	require.NotNil(t, m, out)
	total := 0
	for _, kv := range strings.Fields(m[1]) {
		var id string
		var n int
		_, err := fmt.Sscanf(strings.Replace(kv, "=", " ", 1), "%s %d", &id, &n)
		require.NoError(t, err, kv)
		assert.Contains(t, []string{"wA", "wB"}, id)
		total += n
	}
	assert.Equal(t, 12, total)

	// Workers end by themselves once the tasks stop coming.
	done := 0
	for _, w := range workers {
		out, err := w.wait(t)
		require.NoError(t, err, out)
		i := strings.Index(out, "did ")
		require.GreaterOrEqual(t, i, 0, out)
		var n int
		_, err = fmt.Sscanf(out[i:], "did %d tasks", &n)
		require.NoError(t, err, out)
		done += n
	}
	assert.Equal(t, 12, done)
}

func TestPollTwoSockets(t *testing.T) {
	out, err := exRun(t, nil, "poll", "-n", "4")
	require.NoError(t, err, out)
	for i := 1; i <= 4; i++ {
		assert.Contains(t, out, fmt.Sprintf("socket 1 (inproc://poll-tasks): tasks %d\n", i))
		assert.Contains(t, out, fmt.Sprintf("socket 2 (inproc://poll-updates): updates %d\n", i))
	}
	assert.Contains(t, out, "poll: received 4 from socket 1 and 4 from socket 2")
}

func TestQueueBroker(t *testing.T) {
	front, back := exPort(t), exPort(t)
	broker := exStart(t, nil, "queue", "broker", "-frontend", front, "-backend", back, "-timeout", exDeadline.String())
	broker.waitFor(t, "broker: clients on")
	worker := exStart(t, nil, "queue", "worker", "-backend", back, "-id", "wX", "-timeout", exDeadline.String())
	worker.waitFor(t, "ready")

	out, err := exRun(t, nil, "queue", "client", "-frontend", front, "-n", "3")
	require.NoError(t, err, out)
	for i := 1; i <= 3; i++ {
		assert.Contains(t, out, fmt.Sprintf("client: request %d from wX\n", i))
	}
	assert.Contains(t, out, "client: 3 replies")

	// Device is blocked in the broker; SIGTERM closes its context from
	// another goroutine and Device must return.
	require.NoError(t, broker.cmd.Process.Signal(syscall.SIGTERM))
	out, err = broker.wait(t)
	require.NoError(t, err, out)
	assert.Contains(t, out, "broker: stopped")
}

func TestZmq4RRBroker(t *testing.T) {
	out, err := exRun(t, nil, "zmq4-rrbroker", "-clients", "2", "-workers", "2", "-n", "3")
	require.NoError(t, err, out)
	assert.Equal(t, 6, strings.Count(out, "World from worker"))
	assert.Contains(t, out, "zmq4-rrbroker: 2 clients got 3 replies each")
}

func TestZmq4Ironhouse(t *testing.T) {
	if major, _, _ := zmq.Version(); major < 4 || !zmq.Has(zmq.CapCURVE) {
		out, err := exRun(t, nil, "zmq4-ironhouse")
		require.Error(t, err)
		assert.Contains(t, out, "needs libzmq 4.0+ with CURVE")
		t.Skip("skipped-by-version: needs libzmq 4.0+ with CURVE")
	}
	out, err := exRun(t, nil, "zmq4-ironhouse")
	require.NoError(t, err, out)
	assert.Contains(t, out, `received ["Hello" "Ironhouse"] over CURVE`)
}

func TestGozeromqHelloWorld(t *testing.T) {
	ep := exPort(t)
	server := exStart(t, nil, "gozeromq-hwserver", "-listen", ep, "-n", "3", "-timeout", exDeadline.String())
	server.waitFor(t, "listening on")
	out, err := exRun(t, nil, "gozeromq-hwclient", "-dial", ep, "-n", "3")
	require.NoError(t, err, out)
	assert.Contains(t, out, "gozeromq-hwclient: reply 3: World")
	out, err = server.wait(t)
	require.NoError(t, err, out)
	assert.Equal(t, 3, strings.Count(out, "received Hello"))
	assert.Contains(t, out, "gozeromq-hwserver: done")
}

func TestGozeromqHwclientGivesUpWithoutServer(t *testing.T) {
	// go-zeromq's Dial fails once its retries are spent; so does the face's.
	out, err := exRun(t, nil, "gozeromq-hwclient", "-dial", exPort(t), "-n", "1")
	require.Error(t, err, out)
	assert.Contains(t, out, "dialing:")
}

func TestGozeromqPubSubEnvelope(t *testing.T) {
	ep := exPort(t)
	pub := exStart(t, nil, "gozeromq-psenvpub", "-listen", ep, "-timeout", "20s")
	pub.waitFor(t, "publishing on")
	out, err := exRun(t, nil, "gozeromq-psenvsub", "-dial", ep, "-key", "B", "-n", "3")
	require.NoError(t, err, out)
	assert.Equal(t, 3, strings.Count(out, "[B] We would like to see this"))
	assert.NotContains(t, out, "[A]")
	require.NoError(t, pub.cmd.Process.Signal(syscall.SIGTERM))
	pub.wait(t)
}
