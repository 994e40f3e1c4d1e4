//go:build linux

package interop

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/zmq"
)

// The multi-host test: a publisher and a subscriber on two "hosts",
// network namespaces made by the test and joined by a veth pair, with
// 10.99.x.y addresses that exist only inside those namespaces (nothing
// is routed anywhere else). The link is cut and restored; the
// subscription must resume.

const (
	netnsRoleEnv = "GOZMQ_NETNS_ROLE"
	netnsEPEnv   = "GOZMQ_NETNS_ENDPOINT"
)

// TestNetnsPeer is the publisher or subscriber, run inside a namespace
// by TestNetnsLinkCut; in a normal run it does nothing.
func TestNetnsPeer(t *testing.T) {
	role, ep := os.Getenv(netnsRoleEnv), os.Getenv(netnsEPEnv)
	if role == "" {
		t.Skip("runs only inside a namespace, as a child of TestNetnsLinkCut")
	}
	fail := func(err error) {
		fmt.Println("ERR", err)
		os.Exit(2)
	}
	ctx, err := zmq.NewContext()
	if err != nil {
		fail(err)
	}
	deadline := time.Now().Add(90 * time.Second)
	switch role {
	case "pub":
		s, err := ctx.NewSocket(zmq.PUB)
		if err == nil {
			err = s.Bind(ep)
		}
		if err != nil {
			fail(err)
		}
		fmt.Println("READY")
		for i := 0; time.Now().Before(deadline); i++ {
			s.Send([]byte(strconv.Itoa(i)), 0)
			time.Sleep(20 * time.Millisecond)
		}
	case "sub":
		s, err := ctx.NewSocket(zmq.SUB)
		if err != nil {
			fail(err)
		}
		s.SetSockOptString(zmq.SUBSCRIBE, "")
		s.SetSockOptInt(zmq.RECONNECT_IVL, 100)
		// With heartbeats (4.2+) a dead link is noticed and the
		// connection made again, subscription included; without, TCP
		// carries the same connection on once the link is back.
		if s.SetSockOptInt(zmq.HEARTBEAT_IVL, 200) == nil {
			s.SetSockOptInt(zmq.HEARTBEAT_TIMEOUT, 1000)
			fmt.Println("HEARTBEATS")
		}
		if err := s.Connect(ep); err != nil {
			fail(err)
		}
		fmt.Println("READY")
		items := []zmq.PollItem{{Socket: s, Events: zmq.POLLIN}}
		for time.Now().Before(deadline) {
			if n, err := zmq.Poll(items, 100*time.Millisecond); err != nil || n == 0 {
				continue
			}
			if b, err := s.Recv(zmq.DONTWAIT); err == nil {
				fmt.Printf("MSG %s\n", b)
			}
		}
	}
	os.Exit(0)
}

// netnsRun runs a command, failing the test with its output on error.
func netnsRun(t *testing.T, args ...string) {
	t.Helper()
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	require.NoError(t, err, "%s: %s", strings.Join(args, " "), out)
}

type netnsChild struct {
	cmd   *exec.Cmd
	lines chan string
}

func netnsStart(t *testing.T, ns, role, ep string) *netnsChild {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command("ip", "netns", "exec", ns, exe, "-test.run=^TestNetnsPeer$", "-test.count=1")
	cmd.Env = append(os.Environ(), netnsRoleEnv+"="+role, netnsEPEnv+"="+ep)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	c := &netnsChild{cmd: cmd, lines: make(chan string, 100000)}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
		close(c.lines)
	}()
	return c
}

// next returns the child's next line, or "" if none came within d.
func (c *netnsChild) next(t *testing.T, d time.Duration) string {
	t.Helper()
	select {
	case l, ok := <-c.lines:
		require.True(t, ok, "child exited")
		require.False(t, strings.HasPrefix(l, "ERR"), "child: %s", l)
		return l
	case <-time.After(d):
		return ""
	}
}

// waitMsg waits up to d for a "MSG n" line with n > after and returns n.
func (c *netnsChild) waitMsg(t *testing.T, after int, d time.Duration) int {
	t.Helper()
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		l := c.next(t, time.Until(end))
		if v, ok := strings.CutPrefix(l, "MSG "); ok {
			if n, err := strconv.Atoi(v); err == nil && n > after {
				return n
			}
		}
	}
	t.Fatalf("no message after %d within %v", after, d)
	return 0
}

func TestNetnsLinkCut(t *testing.T) {
	if os.Getenv(netnsRoleEnv) != "" {
		t.Skip("child process")
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root to create network namespaces")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("needs iproute2's ip command")
	}
	if err := zmq.LibraryError(); err != nil {
		t.Skipf("libzmq not loadable: %v", err)
	}
	id := os.Getpid() % 100000
	nsPub, nsSub := fmt.Sprintf("gozmq-pub-%d", id), fmt.Sprintf("gozmq-sub-%d", id)
	vPub, vSub := fmt.Sprintf("gzp%d", id), fmt.Sprintf("gzs%d", id)
	subnet := fmt.Sprintf("10.99.%d", id%250)
	if out, err := exec.Command("ip", "netns", "add", nsPub).CombinedOutput(); err != nil {
		t.Skipf("cannot create a network namespace here: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("ip", "netns", "del", nsPub).Run() })
	netnsRun(t, "ip", "netns", "add", nsSub)
	t.Cleanup(func() { exec.Command("ip", "netns", "del", nsSub).Run() })
	// The veth pair is made inside the publisher's namespace, so that
	// it never exists in the host's, and goes away with the namespaces.
	netnsRun(t, "ip", "-n", nsPub, "link", "add", vPub, "type", "veth", "peer", "name", vSub, "netns", nsSub)
	netnsRun(t, "ip", "-n", nsPub, "addr", "add", subnet+".1/24", "dev", vPub)
	netnsRun(t, "ip", "-n", nsSub, "addr", "add", subnet+".2/24", "dev", vSub)
	for _, x := range [][2]string{{nsPub, vPub}, {nsSub, vSub}, {nsPub, "lo"}, {nsSub, "lo"}} {
		netnsRun(t, "ip", "-n", x[0], "link", "set", x[1], "up")
	}

	ep := fmt.Sprintf("tcp://%s.1:5555", subnet)
	pub := netnsStart(t, nsPub, "pub", ep)
	require.Equal(t, "READY", pub.next(t, 20*time.Second))
	sub := netnsStart(t, nsSub, "sub", ep)
	first := sub.next(t, 20*time.Second)
	heartbeats := first == "HEARTBEATS"
	if heartbeats {
		first = sub.next(t, 20*time.Second)
	}
	require.Equal(t, "READY", first)

	before := sub.waitMsg(t, -1, 20*time.Second)
	t.Logf("subscriber receives (message %d); heartbeats: %v", before, heartbeats)

	netnsRun(t, "ip", "-n", nsPub, "link", "set", vPub, "down")
	// Let what was in flight arrive, then nothing may come while the
	// link is down.
	last := before
	for end := time.Now().Add(500 * time.Millisecond); time.Now().Before(end); {
		if l := sub.next(t, time.Until(end)); strings.HasPrefix(l, "MSG ") {
			last, _ = strconv.Atoi(strings.TrimPrefix(l, "MSG "))
		}
	}
	if l := sub.next(t, 3*time.Second); l != "" {
		t.Fatalf("received %q with the link down", l)
	}
	netnsRun(t, "ip", "-n", nsPub, "link", "set", vPub, "up")
	after := sub.waitMsg(t, last, 60*time.Second)
	// Not just what was queued during the cut: the flow goes on.
	flowing := sub.waitMsg(t, after+10, 30*time.Second)
	t.Logf("link cut after message %d; after restoring it the subscription resumed with message %d, then %d", last, after, flowing)
}
