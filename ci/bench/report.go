package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// machineHeader describes the run so that a table can be reproduced:
// date, CPU, cores, kernel, libzmq, Go, gozmq's allocator setting, and
// the load average (the figures are only as quiet as the machine).
func machineHeader(bins binaries, rounds int) string {
	maj, mn, pat := zmq.Version()
	alloc := "unknown"
	if b, err := exec.Command(bins.gozmq, "-mallocinfo").Output(); err == nil {
		alloc = strings.TrimSpace(string(b))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "date %s; CPU %s, %d cores; kernel %s; load average %s\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), cpuModel(), runtime.NumCPU(), kernel(), loadAvg())
	fmt.Fprintf(&b, "libzmq %d.%d.%d (%s); %s; gozmq C allocator: %s\n", maj, mn, pat, zmq.LibraryPath(), runtime.Version(), alloc)
	fmt.Fprintf(&b, "%d interleaved rounds of %s, each run a fresh process; cells: median [min–max]\n", rounds, strings.Join(impls, " "))
	if bins.base != "" {
		fmt.Fprintf(&b, "base columns: %s (%s)\n", implLabel("base"), bins.base)
	}
	b.WriteString("\n")
	return b.String()
}

// mallocLine is what gozmq did to the C allocator in this process.
func mallocLine() string {
	m := zmq.MallocTuning()
	if !m.Tuned {
		return "default (" + m.Reason + ")"
	}
	return fmt.Sprintf("M_TRIM_THRESHOLD %d MiB, M_MMAP_THRESHOLD %d MiB", m.TrimThreshold>>20, m.MmapThreshold>>20)
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func kernel() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return runtime.GOOS
	}
	return runtime.GOOS + " " + strings.TrimSpace(string(b))
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// target is one goal from the issue: rate of a over rate of b at least
// min on the named workload.
type target struct {
	workload string
	a, b     string
	min      float64
}

// goals: the reuse API at least C's rate, plain Recv at least 1.3x
// pebbe/zmq4, at 64 KiB and 1 MiB over inproc and tcp.
func goals() []target {
	var ts []target
	for _, tr := range []string{"inproc", "tcp"} {
		for _, sz := range []string{"64KiB", "1MiB"} {
			w := "thr " + tr + " " + sz
			ts = append(ts, target{w, "gozmq-reuse", "C", 1.0}, target{w, "gozmq", "pebbe", 1.3})
		}
	}
	// The gozeromq face against the implementation it replaces: 10x on
	// small messages, at least as fast in every other stream row.
	for _, tr := range []string{"inproc", "tcp"} {
		for _, sz := range []string{"16B", "1KiB", "64KiB", "256KiB", "1MiB", "4MiB"} {
			min := 1.0
			if sz == "16B" {
				min = 10
			}
			ts = append(ts, target{"thr " + tr + " " + sz, "gozeromq", "go-zeromq", min})
		}
	}
	return ts
}

// targets says plainly which goals were met, and, given an earlier
// results.json, whether the 16 B and 1 KiB rows regressed (a ratio more
// than 10 % below the earlier run's, the noise this kind of machine has).
func targets(results []*result, baseline string) string {
	by := map[string]*result{}
	for _, r := range results {
		by[r.Workload] = r
	}
	var b strings.Builder
	b.WriteString("| target | result |\n|---|---|\n")
	for _, t := range goals() {
		r := by[t.workload]
		if r == nil || r.Rates[t.a] == 0 || r.Rates[t.b] == 0 {
			continue
		}
		got := r.Rates[t.a] / r.Rates[t.b]
		fmt.Fprintf(&b, "| %s %s / %s ≥ %.1f | %.2f: %s |\n", t.workload, implLabel(t.a), implLabel(t.b), t.min, got, metOrMissed(got, t.min))
	}
	old := loadBaseline(baseline)
	for _, r := range results {
		if !strings.HasSuffix(r.Workload, " 16B") && !strings.HasSuffix(r.Workload, " 1KiB") || r.Kind == "pairs" {
			continue
		}
		if len(r.Samples["base"]) > 0 {
			b.WriteString(againstBase(r))
			continue
		}
		o := old[r.Workload]
		for _, pr := range [][2]string{{"gozmq", "pebbe"}, {"gozmq-reuse", "C"}} {
			if r.Rates[pr[0]] == 0 || r.Rates[pr[1]] == 0 {
				continue
			}
			got := r.Rates[pr[0]] / r.Rates[pr[1]]
			name := fmt.Sprintf("%s %s / %s: no regression", r.Workload, implLabel(pr[0]), implLabel(pr[1]))
			if o == nil || o.Rates[pr[1]] == 0 {
				fmt.Fprintf(&b, "| %s | %.2f: no baseline (-baseline results.json) |\n", name, got)
				continue
			}
			was := o.Rates[pr[0]] / o.Rates[pr[1]]
			fmt.Fprintf(&b, "| %s | %.2f, was %.2f: %s |\n", name, got, was, metOrMissed(got, 0.9*was))
		}
	}
	return b.String()
}

// againstBase checks a small-part row against the earlier build's
// columns of the same rounds: gozmq's rate at least 0.9 of the earlier
// one, the noise of this kind of machine, for both APIs.
func againstBase(r *result) string {
	var b strings.Builder
	for _, pr := range [][2]string{{"gozmq", "base"}, {"gozmq-reuse", "base-reuse"}} {
		if r.Rates[pr[0]] == 0 || r.Rates[pr[1]] == 0 {
			continue
		}
		got := r.Rates[pr[0]] / r.Rates[pr[1]]
		fmt.Fprintf(&b, "| %s %s / %s (same rounds): no regression | %.2f: %s |\n", r.Workload, implLabel(pr[0]), implLabel(pr[1]), got, metOrMissed(got, 0.9))
	}
	return b.String()
}

func metOrMissed(got, min float64) string {
	if got >= min {
		return "met"
	}
	return fmt.Sprintf("**missed** by %.0f %%", 100*(1-got/min))
}

func loadBaseline(path string) map[string]*result {
	m := map[string]*result{}
	if path == "" {
		return m
	}
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: baseline:", err)
		return m
	}
	var rs []*result
	if err := json.Unmarshal(b, &rs); err != nil {
		fmt.Fprintln(os.Stderr, "bench: baseline:", err)
	}
	for _, r := range rs {
		m[r.Workload] = r
	}
	return m
}
