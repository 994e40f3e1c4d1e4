package versions

// This file checks the tables against real zmq.h headers. It needs the
// headers, so it only runs when ZMQ_HEADERS names them:
//
//	ZMQ_HEADERS="2.1.11=/opt/zmq-headers/2.1.11/zmq.h 4.3.5=/opt/zmq-headers/4.3.5/zmq.h" \
//		go test ./versions/ -run TestHeaders -v
//
// ZMQ_HEADERS is a whitespace-separated list of version=path pairs. For
// each header it compares numbers and presence in both directions with
// For(version); C value types cannot be read from a header and are not
// checked here.

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
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

// header is what parseHeader reads from a zmq.h.
type header struct {
	// ints holds the integer macros by table name (ZMQ_ stripped, errno
	// names as they are).
	ints map[string]int
	// draft marks the macros and functions inside ZMQ_BUILD_DRAFT_API.
	draft map[string]bool
	// funcs holds the ZMQ_EXPORT function names.
	funcs map[string]bool
	// msgSize is sizeof(zmq_msg_t) on 64-bit, 0 if not found.
	msgSize int
}

var (
	blockComment = regexp.MustCompile(`(?s)/\*.*?\*/`)
	lineComment  = regexp.MustCompile(`//.*`)
	directive    = regexp.MustCompile(`^\s*#\s*(\w+)\s*(.*)$`)
	defineLine   = regexp.MustCompile(`^(\w+)(\()?\s*(.*)$`)
	errnoName    = regexp.MustCompile(`^E[A-Z0-9]+$`)
	funcName     = regexp.MustCompile(`(zmq_\w+)\s*\($`)
	opaqueMsg    = regexp.MustCompile(`unsigned\s+char\s+_\s*\[\s*(\d+)\s*\]`)
)

// parseHeader reads the #defines and ZMQ_EXPORT declarations of a zmq.h.
func parseHeader(text string) (*header, error) {
	text = blockComment.ReplaceAllStringFunc(text, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\\\n", " ")

	type frame struct{ draftMacro, draft bool }
	var stack []frame
	inDraft := func() bool {
		for _, f := range stack {
			if f.draft {
				return true
			}
		}
		return false
	}

	raw := map[string]string{}
	h := &header{ints: map[string]int{}, draft: map[string]bool{}, funcs: map[string]bool{}}
	pending, pendingDraft := "", false
	for _, line := range strings.Split(text, "\n") {
		line = lineComment.ReplaceAllString(line, "")
		if m := directive.FindStringSubmatch(line); m != nil {
			kw, rest := m[1], m[2]
			mentions := strings.Contains(rest, "ZMQ_BUILD_DRAFT_API")
			negated := kw == "ifndef" || strings.Contains(rest, "!")
			switch kw {
			case "if", "ifdef", "ifndef":
				stack = append(stack, frame{draftMacro: mentions, draft: mentions && !negated})
			case "elif":
				if len(stack) > 0 {
					stack[len(stack)-1].draft = false
				}
			case "else":
				if len(stack) > 0 && stack[len(stack)-1].draftMacro {
					stack[len(stack)-1].draft = !stack[len(stack)-1].draft
				}
			case "endif":
				if len(stack) == 0 {
					return nil, fmt.Errorf("unbalanced #endif")
				}
				stack = stack[:len(stack)-1]
			case "define":
				d := defineLine.FindStringSubmatch(rest)
				if d == nil || d[2] != "" {
					continue // function-like macro
				}
				name := d[1]
				if !strings.HasPrefix(name, "ZMQ_") && !errnoName.MatchString(name) {
					continue
				}
				if _, dup := raw[name]; !dup {
					raw[name] = strings.TrimSpace(d[3])
					if inDraft() {
						h.draft[tableName(name)] = true
					}
				}
			}
			continue
		}
		if i := strings.Index(line, "ZMQ_EXPORT"); i >= 0 && pending == "" {
			pending, pendingDraft = line[i+len("ZMQ_EXPORT"):], inDraft()
		} else if pending != "" {
			pending += " " + line
		}
		if pending != "" {
			if i := strings.Index(pending, "("); i >= 0 {
				if f := funcName.FindStringSubmatch(strings.TrimRight(pending[:i+1], " \t")); f != nil {
					h.funcs[f[1]] = true
					if pendingDraft {
						h.draft[f[1]] = true
					}
				}
				pending = ""
			}
		}
	}
	if len(stack) != 0 {
		return nil, fmt.Errorf("unterminated #if")
	}

	for name := range raw {
		if v, err := evalMacro(name, raw, 0); err == nil {
			h.ints[tableName(name)] = v
		}
	}

	if m := opaqueMsg.FindStringSubmatch(text); m != nil {
		h.msgSize, _ = strconv.Atoi(m[1])
	} else if vsm, ok := h.ints["MAX_VSM_SIZE"]; ok {
		// 2.x: { void *content; unsigned char flags, vsm_size,
		// vsm_data[ZMQ_MAX_VSM_SIZE]; } with 8-byte pointers.
		h.msgSize = (8 + 1 + 1 + vsm + 7) / 8 * 8
	}
	return h, nil
}

// tableName strips the ZMQ_ prefix the tables leave out.
func tableName(macro string) string { return strings.TrimPrefix(macro, "ZMQ_") }

// evalMacro evaluates a macro body of integers, macro names and the
// operators | + - and parentheses.
func evalMacro(name string, raw map[string]string, depth int) (int, error) {
	body, ok := raw[name]
	if !ok {
		return 0, fmt.Errorf("%s is not defined", name)
	}
	if depth > 16 {
		return 0, fmt.Errorf("%s: macros nest too deep", name)
	}
	p := &exprParser{raw: raw, depth: depth}
	if err := p.tokenize(body); err != nil {
		return 0, err
	}
	if len(p.toks) == 0 {
		return 0, fmt.Errorf("%s is empty", name)
	}
	v, err := p.or()
	if err != nil {
		return 0, err
	}
	if p.pos != len(p.toks) {
		return 0, fmt.Errorf("%s: trailing %q", name, p.toks[p.pos])
	}
	return v, nil
}

type exprParser struct {
	raw   map[string]string
	depth int
	toks  []string
	pos   int
}

var exprToken = regexp.MustCompile(`^\s*(0[xX][0-9a-fA-F]+|[0-9]+|[A-Za-z_]\w*|[|+\-()])`)

func (p *exprParser) tokenize(s string) error {
	for strings.TrimSpace(s) != "" {
		m := exprToken.FindStringSubmatch(s)
		if m == nil {
			return fmt.Errorf("cannot read %q", s)
		}
		p.toks = append(p.toks, m[1])
		s = s[len(m[0]):]
	}
	return nil
}

func (p *exprParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *exprParser) or() (int, error) {
	v, err := p.sum()
	for err == nil && p.peek() == "|" {
		p.pos++
		var w int
		w, err = p.sum()
		v |= w
	}
	return v, err
}

func (p *exprParser) sum() (int, error) {
	v, err := p.unary()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.toks[p.pos]
		p.pos++
		var w int
		w, err = p.unary()
		if op == "+" {
			v += w
		} else {
			v -= w
		}
	}
	return v, err
}

func (p *exprParser) unary() (int, error) {
	t := p.peek()
	p.pos++
	switch {
	case t == "-":
		v, err := p.unary()
		return -v, err
	case t == "(":
		v, err := p.or()
		if err == nil && p.peek() != ")" {
			err = fmt.Errorf("missing )")
		}
		p.pos++
		return v, err
	case t == "":
		return 0, fmt.Errorf("unexpected end")
	case t[0] >= '0' && t[0] <= '9':
		v, err := strconv.ParseInt(t, 0, 64)
		return int(v), err
	case t[0] == '_' || t[0] >= 'A' && t[0] <= 'Z' || t[0] >= 'a' && t[0] <= 'z':
		return evalMacro(t, p.raw, p.depth+1)
	}
	return 0, fmt.Errorf("unexpected %q", t)
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
			h, err := parseHeader(string(text))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			checkHeader(t, v, h)
		})
	}
}

func checkHeader(t *testing.T, v Version, h *header) {
	got := V(h.ints["VERSION_MAJOR"], h.ints["VERSION_MINOR"], h.ints["VERSION_PATCH"])
	if got != v {
		t.Fatalf("header says it is %v, not %v", got, v)
	}
	tab := For(v)
	if tab == nil {
		t.Fatalf("no table for %v", v)
	}
	exc := headerExceptions[v.String()]
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }

	if _, ok := exc["sizeof(zmq_msg_t)"]; ok {
		if tab.MsgSize < h.msgSize {
			fail("MsgSize %d < header's %d", tab.MsgSize, h.msgSize)
		}
	} else if h.msgSize != tab.MsgSize {
		fail("MsgSize is %d, header has %d", tab.MsgSize, h.msgSize)
	}

	// checkEntry applies the presence rules to one table entry the
	// header has: a stable header name must be stable in the table and
	// not newer than v; a draft header name must be Draft in the table,
	// or be recorded as becoming stable after v.
	checkEntry := func(where, name string, c Const, hdrDraft bool) {
		switch {
		case c.Type == Absent:
			fail("%s %s: header has it, table marks it Absent", where, name)
		case hdrDraft && !c.Draft && !v.Less(c.Since):
			fail("%s %s: draft in the header, stable since %v in the table", where, name, c.Since)
		case !hdrDraft && c.Draft:
			fail("%s %s: stable in the header, Draft in the table", where, name)
		case v.Less(c.Since) && !(hdrDraft && !c.Draft):
			fail("%s %s: header has it, table says Since %v", where, name, c.Since)
		}
	}

	// Header -> table, constants.
	maps := constMaps(tab)
	for name, num := range h.ints {
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
				fail("%s %s = %d, header has %d", where, name, c.Num, num)
			}
			checkEntry(where, name, c, h.draft[name])
		}
		if !found {
			fail("header defines %s = %d (draft %v), no table has it", name, num, h.draft[name])
		}
	}

	// Table -> header, constants.
	for where, m := range maps {
		for name, c := range m {
			if _, ok := exc[name]; ok {
				continue
			}
			// Entries the header has were checked above.
			if _, inHeader := h.ints[name]; !inHeader && c.Type != Absent && !v.Less(c.Since) {
				fail("%s %s (Since %v, draft %v) is not in the header", where, name, c.Since, c.Draft)
			}
		}
	}

	// Functions, both ways.
	for name := range h.funcs {
		if _, ok := exc[name]; ok {
			continue
		}
		c, ok := tab.Functions[name]
		if !ok {
			fail("header declares %s (draft %v), Functions lacks it", name, h.draft[name])
			continue
		}
		checkEntry("Functions", name, c, h.draft[name])
	}
	for name, c := range tab.Functions {
		if _, ok := exc[name]; ok {
			continue
		}
		if !h.funcs[name] && !v.Less(c.Since) && c.Type != Absent {
			fail("Functions %s (Since %v, draft %v) is not in the header", name, c.Since, c.Draft)
		}
	}

	sort.Strings(errs)
	for _, e := range errs {
		t.Error(e)
	}
}

func TestParseHeader(t *testing.T) {
	h, err := parseHeader(`
#define ZMQ_VERSION_MAJOR 4
#define ZMQ_MAKE_VERSION(major, minor, patch) \
    ((major) * 10000 + (minor) * 100 + (patch))
#define ZMQ_HAUSNUMERO 156384712
#ifndef ENOTSUP
#define ENOTSUP (ZMQ_HAUSNUMERO + 1)
#endif
#define ZMQ_DEALER 5
#define ZMQ_XREQ ZMQ_DEALER /* alias */
#define ZMQ_EVENT_A 0x0001
#define ZMQ_EVENT_B 2
#define ZMQ_EVENT_ALL ( ZMQ_EVENT_A | \
                        ZMQ_EVENT_B )
#define ZMQ_NAME "Name"
#define ZMQ_THREAD_PRIORITY_DFLT -1
ZMQ_EXPORT int
zmq_bind (void *s_, const char *addr_);
#ifdef ZMQ_BUILD_DRAFT_API
#define ZMQ_SERVER 12
#if !defined _WIN32
ZMQ_EXPORT int zmq_ppoll (void);
#else
ZMQ_EXPORT int zmq_ppoll (void);
#endif
#endif // ZMQ_BUILD_DRAFT_API
#define ZMQ_AFTER 7
`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"VERSION_MAJOR": 4, "HAUSNUMERO": 156384712, "ENOTSUP": 156384713,
		"DEALER": 5, "XREQ": 5, "EVENT_A": 1, "EVENT_B": 2, "EVENT_ALL": 3,
		"THREAD_PRIORITY_DFLT": -1, "SERVER": 12, "AFTER": 7,
	}
	if fmt.Sprint(h.ints) != fmt.Sprint(want) {
		t.Errorf("ints = %v, want %v", h.ints, want)
	}
	if fmt.Sprint(h.draft) != fmt.Sprint(map[string]bool{"SERVER": true, "zmq_ppoll": true}) {
		t.Errorf("draft = %v", h.draft)
	}
	if fmt.Sprint(h.funcs) != fmt.Sprint(map[string]bool{"zmq_bind": true, "zmq_ppoll": true}) {
		t.Errorf("funcs = %v", h.funcs)
	}
}
