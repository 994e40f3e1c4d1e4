// Command bench compares gozmq with github.com/pebbe/zmq4 (cgo) and with
// C (cbench/cbench.c) on the same workloads against the same libzmq, side by
// side: every round runs each workload once per implementation, each run
// in a fresh process, and the table reports medians over the rounds.
//
//	go run . [-rounds 7] [-scale 1] [-out results] [-chart ../../docs/perf.png]
//
// It needs gcc and libzmq's headers (libzmq3-dev); `make bench` installs
// them when missing.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// impls are the implementations compared, in run and column order.
// "gozmq" is Send/Recv; "gozmq-reuse" is Send with RecvMsg (and
// RecvInto/SendMsg for the round trip), the allocation-free API that
// mirrors what cbench.c does.
var impls = []string{"C", "gozmq", "gozmq-reuse", "pebbe"}

// workloads are sized so that each run takes roughly 0.2-1 s on two
// cores: long enough for a stable rate, short enough for several rounds.
func workloads(scale float64) []workload {
	c := func(n int) int { return max(1, int(float64(n)*scale)) }
	var ws []workload
	for _, tr := range []string{"inproc", "tcp"} {
		ws = append(ws,
			workload{"thr", tr, 16, c(1000000)},
			workload{"thr", tr, 1 << 10, c(400000)},
			workload{"thr", tr, 64 << 10, c(20000)},
			workload{"thr", tr, 1 << 20, c(1500)},
		)
	}
	return append(ws, workload{"lat", "tcp", 16, c(20000)})
}

func main() {
	worker := flag.String("worker", "", "internal: run one workload with this implementation and print its rate")
	kind := flag.String("kind", "thr", "internal: workload kind")
	transport := flag.String("transport", "inproc", "internal: transport")
	size := flag.Int("size", 16, "internal: part size")
	count := flag.Int("count", 1000, "internal: parts or round trips")
	ep := flag.String("ep", "", "internal: endpoint")
	rounds := flag.Int("rounds", 7, "rounds of every workload per implementation")
	scale := flag.Float64("scale", 1, "multiplies every workload's message count")
	only := flag.String("only", "", "run only workloads whose name matches this regexp")
	out := flag.String("out", "results", "directory for cbench, results.md and results.json")
	chart := flag.String("chart", "", "PNG chart to write (default: <out>/perf.png)")
	replot := flag.String("replot", "", "only redraw the chart from this results.json")
	flag.Parse()

	if *replot != "" {
		if err := redraw(*replot, *chart); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}

	if *worker != "" {
		w := workload{*kind, *transport, *size, *count}
		r, err := runWorker(*worker, w, *ep)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench worker:", err)
			os.Exit(1)
		}
		fmt.Printf("%.1f\n", r)
		return
	}
	if err := drive(*rounds, *scale, *only, *out, *chart); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func runWorker(impl string, w workload, ep string) (float64, error) {
	switch impl {
	case "gozmq":
		return gozmqWorker(w, ep, false)
	case "gozmq-reuse":
		return gozmqWorker(w, ep, true)
	case "pebbe":
		return pebbeWorker(w, ep)
	}
	return 0, fmt.Errorf("unknown implementation %q", impl)
}

// result is the median rate of every implementation for one workload.
type result struct {
	Workload string
	Kind     string
	Rates    map[string]float64   // median per second
	Samples  map[string][]float64 // every round
}

func drive(rounds int, scale float64, only, out, chart string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	cbench := filepath.Join(out, "cbench")
	if b, err := exec.Command("gcc", "-O2", "-o", cbench, "cbench/cbench.c", "-lzmq", "-lpthread").CombinedOutput(); err != nil {
		return fmt.Errorf("building cbench.c (needs gcc and libzmq3-dev): %v\n%s", err, b)
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	maj, mn, pat := zmq.Version()
	fmt.Printf("libzmq %d.%d.%d (%s), %d CPUs, %s, %d rounds, interleaved %s\n\n",
		maj, mn, pat, zmq.LibraryPath(), runtime.NumCPU(), runtime.Version(), rounds, strings.Join(impls, " "))

	var filter *regexp.Regexp
	if only != "" {
		if filter, err = regexp.Compile(only); err != nil {
			return err
		}
	}
	var results []*result
	for _, w := range workloads(scale) {
		if filter != nil && !filter.MatchString(w.String()) {
			continue
		}
		res := &result{Workload: w.String(), Kind: w.Kind, Rates: map[string]float64{}, Samples: map[string][]float64{}}
		for r := 0; r < rounds; r++ {
			for _, impl := range impls {
				v, err := runOnce(self, cbench, impl, w)
				if err != nil {
					return fmt.Errorf("%s with %s: %v", w, impl, err)
				}
				res.Samples[impl] = append(res.Samples[impl], v)
			}
		}
		for impl, s := range res.Samples {
			res.Rates[impl] = median(s)
		}
		fmt.Printf("  %-22s %s\n", w, line(res))
		results = append(results, res)
	}
	table := markdown(results)
	fmt.Println()
	fmt.Print(table)
	header := fmt.Sprintf("libzmq %d.%d.%d, %d CPUs, %s, median of %d interleaved rounds\n\n", maj, mn, pat, runtime.NumCPU(), runtime.Version(), rounds)
	if err := os.WriteFile(filepath.Join(out, "results.md"), []byte(header+table), 0o644); err != nil {
		return err
	}
	j, _ := json.MarshalIndent(results, "", "  ")
	if err := os.WriteFile(filepath.Join(out, "results.json"), j, 0o644); err != nil {
		return err
	}
	if chart == "" {
		chart = filepath.Join(out, "perf.png")
	}
	if err := writeChart(chart, chartTitle(rounds), results); err != nil {
		return err
	}
	fmt.Printf("\nwrote %s, %s\n", filepath.Join(out, "results.md"), chart)
	return nil
}

// runOnce runs one workload with one implementation in a new process on
// a fresh endpoint and returns its rate.
func runOnce(self, cbench, impl string, w workload) (float64, error) {
	ep, cleanup, err := freshEndpoint(w.Transport)
	if err != nil {
		return 0, err
	}
	defer cleanup()
	var cmd *exec.Cmd
	if impl == "C" {
		cmd = exec.Command(cbench, w.Kind, w.Transport, strconv.Itoa(w.Size), strconv.Itoa(w.Count), ep)
	} else {
		cmd = exec.Command(self, "-worker", impl, "-kind", w.Kind, "-transport", w.Transport,
			"-size", strconv.Itoa(w.Size), "-count", strconv.Itoa(w.Count), "-ep", ep)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	timer := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
	err = cmd.Wait()
	timer.Stop()
	if err != nil {
		return 0, fmt.Errorf("%v: %s", err, stderr.String())
	}
	return strconv.ParseFloat(strings.TrimSpace(stdout.String()), 64)
}

func freshEndpoint(transport string) (string, func(), error) {
	switch transport {
	case "inproc":
		return "inproc://bench", func() {}, nil
	case "ipc":
		dir, err := os.MkdirTemp("", "gozmq-bench")
		if err != nil {
			return "", nil, err
		}
		return "ipc://" + dir + "/s", func() { os.RemoveAll(dir) }, nil
	case "tcp":
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return "", nil, err
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		return fmt.Sprintf("tcp://127.0.0.1:%d", port), func() {}, nil
	}
	return "", nil, fmt.Errorf("unknown transport %q", transport)
}

func median(s []float64) float64 {
	c := append([]float64(nil), s...)
	sort.Float64s(c)
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func line(r *result) string {
	var b strings.Builder
	for _, impl := range impls {
		fmt.Fprintf(&b, "%s %s  ", impl, human(r.Rates[impl]))
	}
	return b.String()
}

// human formats a rate with a k/M suffix.
func human(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1fk", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}

// markdown renders the medians: rates per second (for round trips also
// the round-trip time) and the ratios the targets are stated in.
func markdown(results []*result) string {
	var b strings.Builder
	b.WriteString("| workload | C | gozmq | gozmq reuse API | pebbe/zmq4 (cgo) | gozmq / pebbe | gozmq / C | reuse / C |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range results {
		cell := func(impl string) string {
			v := r.Rates[impl]
			if r.Kind == "lat" {
				return fmt.Sprintf("%s/s (%.1f µs)", human(v), 1e6/v)
			}
			return human(v) + "/s"
		}
		ratio := func(a, c string) string { return fmt.Sprintf("%.2f", r.Rates[a]/r.Rates[c]) }
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", r.Workload,
			cell("C"), cell("gozmq"), cell("gozmq-reuse"), cell("pebbe"),
			ratio("gozmq", "pebbe"), ratio("gozmq", "C"), ratio("gozmq-reuse", "C"))
	}
	return b.String()
}

func chartTitle(rounds int) string {
	maj, mn, pat := zmq.Version()
	return fmt.Sprintf("Speed relative to C (= 1.0), libzmq %d.%d.%d, %d cores, median of %d rounds; higher is better", maj, mn, pat, runtime.NumCPU(), rounds)
}

// redraw writes the chart of a saved results.json.
func redraw(path, chart string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var results []*result
	if err := json.Unmarshal(b, &results); err != nil {
		return err
	}
	if len(results) == 0 {
		return fmt.Errorf("%s: no results", path)
	}
	if chart == "" {
		chart = filepath.Join(filepath.Dir(path), "perf.png")
	}
	return writeChart(chart, chartTitle(len(results[0].Samples["C"])), results)
}
