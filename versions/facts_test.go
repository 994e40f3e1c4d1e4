package versions

// This file checks the tables against the facts of real zmq.h headers:
// every integer macro, exported function, draft mark and
// sizeof(zmq_msg_t), in both directions, for every release.
//
// TestHeaderFacts runs in every "go test": it reads the facts files
// under testdata, which internal/genfacts made from each release's
// include/zmq.h (go generate; the headers themselves are not kept).
//
// TestHeaders runs the same check on headers given at run time, e.g. a
// release the facts files do not cover (make check-headers):
//
//	ZMQ_HEADERS="2.1.11=/opt/zmq-headers/2.1.11/zmq.h 4.3.5=/opt/zmq-headers/4.3.5/zmq.h" \
//		go test ./versions/ -run TestHeaders -v
//
// ZMQ_HEADERS is a whitespace-separated list of version=path pairs; a
// zmq_utils.h beside a zmq.h is read too. C value types cannot be read
// from a header and are not checked here.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gozmq/gozmq/versions/internal/zmqh"
)

// headerSkip lists integer ZMQ_ macros that are not constants of any
// table: version macros, defaults, option values and other limits.
var headerSkip = map[string]string{
	"VERSION_MAJOR":  "version macro",
	"VERSION_MINOR":  "version macro",
	"VERSION_PATCH":  "version macro",
	"VERSION":        "version macro",
	"MAKE_VERSION":   "version macro",
	"HAUSNUMERO":     "errno base; the errors carry its sum",
	"DEFINED_STDINT": "header guard",
	"EXPORT":         "visibility macro",

	// 2.x zmq_msg_t internals.
	"MAX_VSM_SIZE": "2.x zmq_msg_t internals",
	"DELIMITER":    "2.x zmq_msg_t internals",
	"VSM":          "2.x zmq_msg_t internals",
	"MSG_MORE":     "2.x zmq_msg_t internals",
	"MSG_SHARED":   "2.x zmq_msg_t internals",
	"MSG_MASK":     "2.x zmq_msg_t internals",

	// Defaults and limits, not option ids.
	"IO_THREADS_DFLT":          "default value",
	"MAX_SOCKETS_DFLT":         "default value",
	"THREAD_PRIORITY_DFLT":     "default value",
	"THREAD_SCHED_POLICY_DFLT": "default value",
	"POLLITEMS_DFLT":           "default value",
	"GROUP_MAX_LENGTH":         "limit for zmq_join group names",
	"HAS_CAPABILITIES":         "feature-test macro for zmq_has",

	// Values of options, not option ids.
	"NULL":                            "ZMQ_MECHANISM value",
	"PLAIN":                           "ZMQ_MECHANISM value",
	"CURVE":                           "ZMQ_MECHANISM value",
	"GSSAPI":                          "ZMQ_MECHANISM value",
	"GSSAPI_NT_HOSTBASED":             "ZMQ_GSSAPI_*_NAMETYPE value",
	"GSSAPI_NT_USER_NAME":             "ZMQ_GSSAPI_*_NAMETYPE value",
	"GSSAPI_NT_KRB5_PRINCIPAL":        "ZMQ_GSSAPI_*_NAMETYPE value",
	"NOTIFY_CONNECT":                  "ZMQ_ROUTER_NOTIFY value",
	"NOTIFY_DISCONNECT":               "ZMQ_ROUTER_NOTIFY value",
	"RECONNECT_STOP_CONN_REFUSED":     "ZMQ_RECONNECT_STOP value",
	"RECONNECT_STOP_HANDSHAKE_FAILED": "ZMQ_RECONNECT_STOP value",
	"RECONNECT_STOP_AFTER_DISCONNECT": "ZMQ_RECONNECT_STOP value",
	"NORM_FIXED":                      "ZMQ_NORM_MODE value",
	"NORM_CC":                         "ZMQ_NORM_MODE value",
	"NORM_CCL":                        "ZMQ_NORM_MODE value",
	"NORM_CCE":                        "ZMQ_NORM_MODE value",
	"NORM_CCE_ECNONLY":                "ZMQ_NORM_MODE value",
	"CURRENT_EVENT_VERSION":           "zmq_socket_monitor_versioned argument",
	"CURRENT_EVENT_VERSION_DRAFT":     "zmq_socket_monitor_versioned argument",
}

// headerSkipPrefix lists families of ZMQ_ macros skipped as a whole.
var headerSkipPrefix = map[string]string{
	"PROTOCOL_ERROR_": "value of ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL",
}

// headerExceptions lists names of particular releases that the tables
// deliberately do not describe; they are ignored in both directions.
var headerExceptions = map[string]map[string]string{
	"3.2.0": {
		"EAFNOSUPPORT":        "3.2.0 numbered it HAUSNUMERO+10; 3.2.1 on +11",
		"EHOSTUNREACH":        "3.2.0 numbered it HAUSNUMERO+11; 3.2.1 on +17",
		"FAIL_UNROUTABLE":     "3.2.0 defined it as 33 on its own, 3.2.1 dropped it, 3.2.2 made it an alias of ROUTER_MANDATORY",
		"zmq_ctx_set_monitor": "3.2.0 only; replaced by zmq_socket_monitor in 3.2.1",
	},
	"4.1.0": {
		"IDENTITY_FD":       "4.1.0 only; removed in 4.1.1",
		"sizeof(zmq_msg_t)": "4.1.0 had 48 bytes; the 4.1+ table's 64 covers it",
	},
	"4.2.1": {
		"EVENT_HANDSHAKE_FAILED":  "draft in 4.2.1, 4.2.2; renamed in 4.2.3",
		"EVENT_HANDSHAKE_SUCCEED": "draft in 4.2.1, 4.2.2; renamed in 4.2.3",
	},
	"4.2.2": {
		"EVENT_HANDSHAKE_FAILED":  "draft in 4.2.1, 4.2.2; renamed in 4.2.3",
		"EVENT_HANDSHAKE_SUCCEED": "draft in 4.2.1, 4.2.2; renamed in 4.2.3",
	},
}

// parseVersion reads "major.minor.patch".
func parseVersion(s string) (Version, error) {
	var v Version
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("version %q is not major.minor.patch", s)
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return v, fmt.Errorf("version %q: %v", s, err)
		}
		nums[i] = n
	}
	return V(nums[0], nums[1], nums[2]), nil
}

// constMaps names a table's constant maps (all but Functions).
func constMaps(t *Table) map[string]map[string]Const {
	return map[string]map[string]Const{
		"SocketTypes":    t.SocketTypes,
		"SocketOptions":  t.SocketOptions,
		"ContextOptions": t.ContextOptions,
		"Flags":          t.Flags,
		"PollEvents":     t.PollEvents,
		"Devices":        t.Devices,
		"MonitorEvents":  t.MonitorEvents,
		"Errors":         t.Errors,
	}
}

func skipped(name string) bool {
	if _, ok := headerSkip[name]; ok {
		return true
	}
	for p := range headerSkipPrefix {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func TestHeaders(t *testing.T) {
	spec := os.Getenv("ZMQ_HEADERS")
	if strings.TrimSpace(spec) == "" {
		t.Skip(`set ZMQ_HEADERS to check the tables against real headers, e.g. ` +
			`ZMQ_HEADERS="2.1.11=/opt/zmq-headers/2.1.11/zmq.h 4.3.5=/opt/zmq-headers/4.3.5/zmq.h" ` +
			`go test ./versions/ -run TestHeaders -v`)
	}
	for _, pair := range strings.Fields(spec) {
		vs, path, ok := strings.Cut(pair, "=")
		if !ok {
			t.Fatalf("ZMQ_HEADERS entry %q is not version=path", pair)
		}
		t.Run(vs, func(t *testing.T) {
			v, err := parseVersion(vs)
			if err != nil {
				t.Fatal(err)
			}
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := zmqh.Parse(string(text))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			// 2.x to 4.0 declare some functions in zmq_utils.h, which
			// is installed beside zmq.h.
			utils := filepath.Join(filepath.Dir(path), "zmq_utils.h")
			if text, err := os.ReadFile(utils); err == nil {
				u, err := zmqh.Parse(string(text))
				if err == nil {
					err = f.Merge(u)
				}
				if err != nil {
					t.Fatalf("%s: %v", utils, err)
				}
				path += " and " + utils
			}
			reportFacts(t, v, f, path)
		})
	}
}

// TestHeaderFacts checks every table against the zmq.h facts of every
// release in zmqh.Releases.
func TestHeaderFacts(t *testing.T) {
	checked := 0
	for _, r := range zmqh.Releases {
		t.Run(r.Version, func(t *testing.T) {
			v, err := parseVersion(r.Version)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", r.File())
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (make it with go generate ./versions)", err)
			}
			f, origin, err := zmqh.Read(bytes.NewReader(text))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			from := fmt.Sprintf("github.com/%s tag %s ", r.Repo, r.Tag)
			if !strings.HasPrefix(origin, from) {
				t.Fatalf("%s: generated from %q, not from %s", path, origin, from)
			}
			// Only genfacts writes these files: one edited by hand
			// would rarely come out byte for byte as Write makes it.
			var again bytes.Buffer
			if err := zmqh.Write(&again, f, origin); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.Bytes(), text) {
				t.Fatalf("%s is not as genfacts writes it; regenerate it with go generate ./versions", path)
			}
			if reportFacts(t, v, f, path) {
				checked++
			}
		})
	}
	t.Logf("header facts: the %d tables agree with the zmq.h facts of %d of %d releases (%s ... %s, testdata/zmq-*.txt)",
		len(Tables), checked, len(zmqh.Releases), zmqh.Releases[0].Version, zmqh.Releases[len(zmqh.Releases)-1].Version)
}

// TestHeaderFactsFiles keeps testdata and zmqh.Releases in step, and
// makes sure every release a Since names has facts to be checked with.
func TestHeaderFactsFiles(t *testing.T) {
	known := map[string]bool{}
	for _, r := range zmqh.Releases {
		known[r.File()] = true
	}
	files, err := filepath.Glob(filepath.Join("testdata", "zmq-*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !known[filepath.Base(f)] {
			t.Errorf("%s is no release of zmqh.Releases; remove it or add the release there and run go generate", f)
		}
	}
	for _, tab := range Tables {
		if !known["zmq-"+tab.First.String()+".txt"] {
			t.Errorf("table %s starts at %v, which has no header facts", tab.Name, tab.First)
		}
		for kind, m := range tableMaps(tab) {
			for name, c := range m {
				if c.Since != (Version{}) && !known["zmq-"+c.Since.String()+".txt"] {
					t.Errorf("%s.%s %s: Since %v has no header facts", tab.Name, kind, name, c.Since)
				}
			}
		}
	}
}

// reportFacts checks the tables against the facts of release v read
// from source, reports each disagreement as an error and says whether
// there was none.
func reportFacts(t *testing.T, v Version, f *zmqh.Facts, source string) bool {
	t.Helper()
	if got := f.Release(); got != v.String() {
		t.Fatalf("%s says it is libzmq %s, not %v", source, got, v)
	}
	errs := checkFacts(v, f)
	for _, e := range errs {
		t.Errorf("libzmq %v: %s (facts from %s)", v, e, source)
	}
	return len(errs) == 0
}

// checkFacts compares the table For(v) with the facts of release v's
// zmq.h, both ways, and returns one sorted line per disagreement.
func checkFacts(v Version, f *zmqh.Facts) []string {
	tab := For(v)
	if tab == nil {
		return []string{fmt.Sprintf("no table covers %v", v)}
	}
	exc := headerExceptions[v.String()]
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }

	if _, ok := exc["sizeof(zmq_msg_t)"]; ok {
		if tab.MsgSize < f.MsgSize {
			fail("table %s MsgSize %d is smaller than zmq.h's sizeof(zmq_msg_t) %d", tab.Name, tab.MsgSize, f.MsgSize)
		}
	} else if f.MsgSize != tab.MsgSize {
		fail("table %s MsgSize is %d, zmq.h's sizeof(zmq_msg_t) is %d", tab.Name, tab.MsgSize, f.MsgSize)
	}

	// Header names by table key: ZMQ_ stripped, errno names as they are.
	ints := map[string]int{}
	draft := map[string]bool{}
	for name, num := range f.Ints {
		ints[tableName(name)] = num
		draft[tableName(name)] = f.Draft[name]
	}
	for name := range f.Funcs {
		draft[name] = f.Draft[name]
	}

	// checkEntry applies the presence rules to one table entry the
	// header has: a stable header name must be stable in the table and
	// not newer than v; a draft header name must be Draft in the table,
	// or be recorded as becoming stable after v.
	checkEntry := func(where, name string, c Const, hdrDraft bool) {
		switch {
		case c.Type == Absent:
			fail("%s %s: zmq.h has it, the table marks it Absent", where, name)
		case hdrDraft && !c.Draft && !v.Less(c.Since):
			fail("%s %s: draft in zmq.h, stable since %v in the table", where, name, c.Since)
		case !hdrDraft && c.Draft:
			fail("%s %s: stable in zmq.h, Draft in the table", where, name)
		case v.Less(c.Since) && !(hdrDraft && !c.Draft):
			fail("%s %s: zmq.h of %v has it, the table says Since %v", where, name, v, c.Since)
		}
	}

	// Header -> table, constants.
	maps := constMaps(tab)
	for name, num := range ints {
		if skipped(name) {
			continue
		}
		if _, ok := exc[name]; ok {
			continue
		}
		found := false
		for where, m := range maps {
			c, ok := m[name]
			if !ok {
				continue
			}
			found = true
			if c.Num != num {
				fail("%s %s: table %s has %d, zmq.h has %d", where, name, tab.Name, c.Num, num)
			}
			checkEntry(where, name, c, draft[name])
		}
		if !found {
			fail("zmq.h defines %s = %d (draft %v), no map of table %s has it", name, num, draft[name], tab.Name)
		}
	}

	// Table -> header, constants.
	for where, m := range maps {
		for name, c := range m {
			if _, ok := exc[name]; ok {
				continue
			}
			// Entries the header has were checked above.
			if _, inHeader := ints[name]; !inHeader && c.Type != Absent && !v.Less(c.Since) {
				fail("%s %s: table %s has it (%d, %s), zmq.h of %v lacks it", where, name, tab.Name, c.Num, since(tab, c), v)
			}
		}
	}

	// Functions, both ways.
	for name := range f.Funcs {
		if _, ok := exc[name]; ok {
			continue
		}
		c, ok := tab.Functions[name]
		if !ok {
			fail("zmq.h or zmq_utils.h declares %s (draft %v), table %s Functions lacks it", name, draft[name], tab.Name)
			continue
		}
		checkEntry("Functions", name, c, draft[name])
	}
	for name, c := range tab.Functions {
		if _, ok := exc[name]; ok {
			continue
		}
		if !f.Funcs[name] && !v.Less(c.Since) && c.Type != Absent {
			fail("Functions %s: table %s has it (%s), neither zmq.h nor zmq_utils.h of %v declares it", name, tab.Name, since(tab, c), v)
		}
	}

	sort.Strings(errs)
	return errs
}

// since says from which release table tab has c, for messages.
func since(tab *Table, c Const) string {
	s := "from " + tab.First.String()
	if c.Since != (Version{}) {
		s = "Since " + c.Since.String()
	}
	if c.Draft {
		s += ", draft"
	}
	return s
}

// tableName strips the ZMQ_ prefix the tables leave out.
func tableName(macro string) string { return strings.TrimPrefix(macro, "ZMQ_") }
