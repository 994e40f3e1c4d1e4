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
// mirrors what cbench.c does. With BENCH_WAIT=1 in the environment two
// more columns run the same gozmq workers with GOZMQ_WAIT=thread (a
// blocked call holds an OS thread) next to the default wait.
var impls = baseImpls()

func baseImpls() []string {
	s := []string{"C", "gozmq", "gozmq-reuse", "pebbe", "gozeromq", "go-zeromq"}
	if os.Getenv("BENCH_WAIT") == "1" {
		s = append(s, "gozmq-thread", "gozmq-reuse-thread")
	}
	if os.Getenv("BENCH_BASE") != "" {
		s = append(s, "base", "base-reuse")
	}
	return s
}

// With BENCH_BASE set to a CGO_ENABLED=0 build of the bench from an
// earlier commit (run.sh builds one from BENCH_BASE_COMMIT), two more
// columns run that build's gozmq workers in the same rounds, so that a
// regression shows against runs interleaved with the current ones rather
// than against a run made at another time. basePrefix marks them.
const basePrefix = "base"

// baseWorker is the worker a base column runs in the earlier build.
func baseWorker(impl string) string {
	return "gozmq" + strings.TrimPrefix(impl, basePrefix)
}

// threadSuffix marks the columns run with GOZMQ_WAIT=thread.
const threadSuffix = "-thread"

// runs reports whether impl takes part in workload w: the pairs
// workload has no reuse variant (its point is the waiting).
func runs(impl string, w workload) bool {
	// An earlier build may not have the pairs workload at all.
	return w.Kind != "pairs" || !strings.HasPrefix(impl, "gozmq-reuse") && !strings.HasPrefix(impl, basePrefix)
}

// workloads are sized so that each run takes roughly 0.2-3 s on two
// quiet cores: long enough for a stable rate, short enough for several
// rounds (7 rounds of everything take about ten minutes there). The
// large parts need the most: the first hundreds of parts fault in the
// heap the queue grows to (1,000 parts of 1 MiB were mostly that).
func workloads(scale float64) []workload {
	c := func(n int) int { return max(1, int(float64(n)*scale)) }
	var ws []workload
	for _, tr := range []string{"inproc", "tcp"} {
		ws = append(ws,
			workload{"thr", tr, 16, c(1000000)},
			workload{"thr", tr, 1 << 10, c(400000)},
			workload{"thr", tr, 64 << 10, c(20000)},
			workload{"thr", tr, 256 << 10, c(6000)},
			workload{"thr", tr, 1 << 20, c(3000)},
			workload{"thr", tr, 4 << 20, c(400)},
		)
	}
	return append(ws,
		workload{"lat", "tcp", 16, c(20000)},
		workload{"pairs", "inproc", 16, max(npairs, c(30000))},
	)
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
	gozmqBin := flag.String("gozmq", "", "binary that runs the gozmq workers (a CGO_ENABLED=0 build of this command; default: this one)")
	baseline := flag.String("baseline", "", "results.json of an earlier run to check the small-part rows against")
	mallocInfo := flag.Bool("mallocinfo", false, "internal: print gozmq's C allocator tuning")
	flag.Parse()

	if *mallocInfo {
		fmt.Println(mallocLine())
		return
	}

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
	if err := drive(*rounds, *scale, *only, *out, *chart, *gozmqBin, *baseline); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func runWorker(impl string, w workload, ep string) (float64, error) {
	impl = strings.TrimSuffix(impl, threadSuffix)
	if w.Kind == "pairs" {
		switch impl {
		case "gozmq":
			return gozmqPairs(w, ep)
		case "pebbe":
			return pebbePairs(w, ep)
		case "gozeromq":
			return zapiPairs(faceAPI(), w, ep)
		case "go-zeromq":
			return zapiPairs(goZeromqAPI(), w, ep)
		}
		return 0, fmt.Errorf("no pairs workload for %q", impl)
	}
	switch impl {
	case "gozmq":
		return gozmqWorker(w, ep, false)
	case "gozmq-reuse":
		return gozmqWorker(w, ep, true)
	case "pebbe":
		return pebbeWorker(w, ep)
	case "gozeromq":
		return zapiWorker(faceAPI(), w, ep)
	case "go-zeromq":
		return zapiWorker(goZeromqAPI(), w, ep)
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

func drive(rounds int, scale float64, only, out, chart, gozmqBin, baseline string) error {
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
	if gozmqBin == "" {
		gozmqBin = self
	}
	bins := binaries{self: self, gozmq: gozmqBin, cbench: cbench, base: os.Getenv("BENCH_BASE")}
	header := machineHeader(bins, rounds)
	fmt.Print(header)

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
				if !runs(impl, w) {
					continue
				}
				v, err := runOnce(bins, impl, w)
				if err != nil && impl == "go-zeromq" {
					// go-zeromq/zmq4 fails some workloads (over inproc,
					// 64 KiB parts arrive empty here): its cell stays
					// empty and the failure is said, the run goes on.
					fmt.Printf("  %-22s go-zeromq failed: %v\n", w, err)
					continue
				}
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
	verdict := targets(results, baseline)
	header += fmt.Sprintf("finished %s, load average %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), loadAvg())
	fmt.Println()
	fmt.Print(table, "\n", verdict)
	if err := os.WriteFile(filepath.Join(out, "results.md"), []byte(header+table+"\n"+verdict), 0o644); err != nil {
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

// binaries are the programs the rounds run: this one for pebbe/zmq4
// (cgo), gozmq's workers (a CGO_ENABLED=0 build, as gozmq is meant to be
// used, so that its default allocator tuning applies), and cbench.
type binaries struct{ self, gozmq, cbench, base string }

// runOnce runs one workload with one implementation in a new process on
// a fresh endpoint and returns its rate.
func runOnce(bins binaries, impl string, w workload) (float64, error) {
	ep, cleanup, err := freshEndpoint(w.Transport)
	if err != nil {
		return 0, err
	}
	defer cleanup()
	var cmd *exec.Cmd
	args := []string{"-worker", impl, "-kind", w.Kind, "-transport", w.Transport,
		"-size", strconv.Itoa(w.Size), "-count", strconv.Itoa(w.Count), "-ep", ep}
	switch {
	case impl == "C":
		cmd = exec.Command(bins.cbench, w.Kind, w.Transport, strconv.Itoa(w.Size), strconv.Itoa(w.Count), ep)
	case impl == "pebbe":
		cmd = exec.Command(bins.self, args...)
	case strings.HasPrefix(impl, basePrefix):
		args[1] = baseWorker(impl)
		cmd = exec.Command(bins.base, args...)
	default:
		cmd = exec.Command(bins.gozmq, args...)
		if strings.HasSuffix(impl, threadSuffix) {
			cmd.Env = append(os.Environ(), "GOZMQ_WAIT=thread")
		}
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
		if _, ok := r.Rates[impl]; ok {
			fmt.Fprintf(&b, "%s %s  ", impl, human(r.Rates[impl]))
		}
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

// spread returns the smallest and largest sample.
func spread(s []float64) (lo, hi float64) {
	c := append([]float64(nil), s...)
	sort.Float64s(c)
	return c[0], c[len(c)-1]
}

// markdown renders the medians with the spread over rounds (min-max):
// rates per second (for round trips also the round-trip time) and the
// ratios the targets are stated in.
func markdown(results []*result) string {
	var b strings.Builder
	b.WriteString("| workload |")
	for _, impl := range impls {
		b.WriteString(" " + implLabel(impl) + " |")
	}
	b.WriteString(" gozmq / pebbe | gozmq / C | reuse / C | gozeromq / go-zeromq |\n|---|")
	b.WriteString(strings.Repeat("---:|", len(impls)+4) + "\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %s |", r.Workload)
		for _, impl := range impls {
			b.WriteString(" " + cell(r, impl) + " |")
		}
		fmt.Fprintf(&b, " %s | %s | %s | %s |\n", ratio(r, "gozmq", "pebbe"), ratio(r, "gozmq", "C"), ratio(r, "gozmq-reuse", "C"), ratio(r, "gozeromq", "go-zeromq"))
	}
	return b.String()
}

// cell is one implementation's median and spread, "-" when it did not
// run the workload.
func cell(r *result, impl string) string {
	s := r.Samples[impl]
	if len(s) == 0 {
		return "-"
	}
	lo, hi := spread(s)
	v := r.Rates[impl]
	if r.Kind == "lat" {
		return fmt.Sprintf("%s/s (%.1f µs) [%s–%s]", human(v), 1e6/v, human(lo), human(hi))
	}
	return fmt.Sprintf("%s/s [%s–%s]", human(v), human(lo), human(hi))
}

func ratio(r *result, a, c string) string {
	if r.Rates[a] == 0 || r.Rates[c] == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", r.Rates[a]/r.Rates[c])
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
