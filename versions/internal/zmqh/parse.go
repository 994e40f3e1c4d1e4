// Package zmqh reads the facts the versions tables are checked against
// out of a libzmq include/zmq.h: the integer ZMQ_* and errno macros with
// their values, the exported zmq_* functions, which of them sit in the
// draft API section, and sizeof(zmq_msg_t). It also writes and reads
// those facts as the small text files under versions/testdata, so that
// the checks run without any header at hand.
package zmqh

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Facts is what a zmq.h says: names and numbers, nothing else.
type Facts struct {
	// Ints holds the integer macros by their C name (ZMQ_SNDHWM, EFSM).
	Ints map[string]int
	// Funcs holds the names of the functions declared ZMQ_EXPORT.
	Funcs map[string]bool
	// Draft marks the macros and functions declared inside the
	// ZMQ_BUILD_DRAFT_API section, by C name.
	Draft map[string]bool
	// MsgSize is sizeof(zmq_msg_t) on 64-bit platforms, 0 if unknown.
	MsgSize int
}

// Release returns the release the ZMQ_VERSION_* macros name.
func (f *Facts) Release() string {
	return fmt.Sprintf("%d.%d.%d", f.Ints["ZMQ_VERSION_MAJOR"], f.Ints["ZMQ_VERSION_MINOR"], f.Ints["ZMQ_VERSION_PATCH"])
}

func newFacts() *Facts {
	return &Facts{Ints: map[string]int{}, Funcs: map[string]bool{}, Draft: map[string]bool{}}
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

// Parse reads the #defines and ZMQ_EXPORT declarations of a zmq.h. Only
// object-like macros named ZMQ_* or E* whose bodies are integer
// expressions (numbers, other macros, | + - and parentheses) become Ints.
func Parse(text string) (*Facts, error) {
	text = blockComment.ReplaceAllStringFunc(text, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\\\n", " ")

	// Each #if level remembers whether it tests ZMQ_BUILD_DRAFT_API and
	// whether its current branch is the draft one.
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
	f := newFacts()
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
						f.Draft[name] = true
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
				if m := funcName.FindStringSubmatch(strings.TrimRight(pending[:i+1], " \t")); m != nil {
					f.Funcs[m[1]] = true
					if pendingDraft {
						f.Draft[m[1]] = true
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
			f.Ints[name] = v
		} else {
			delete(f.Draft, name) // only facts that are kept are marked
		}
	}

	if m := opaqueMsg.FindStringSubmatch(text); m != nil {
		f.MsgSize, _ = strconv.Atoi(m[1])
	} else if vsm, ok := f.Ints["ZMQ_MAX_VSM_SIZE"]; ok {
		// 2.x: { void *content; unsigned char flags, vsm_size,
		// vsm_data[ZMQ_MAX_VSM_SIZE]; } with 8-byte pointers.
		f.MsgSize = (8 + 1 + 1 + vsm + 7) / 8 * 8
	}
	return f, nil
}

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

// exprParser is a recursive-descent evaluator for macro bodies.
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

// Merge adds the facts of another header of the same release (2.x to
// 4.0 declare zmq_sleep, the stopwatch and, in 4.0, the CURVE key
// functions in zmq_utils.h). A macro both define must agree.
func (f *Facts) Merge(g *Facts) error {
	for name, v := range g.Ints {
		if old, ok := f.Ints[name]; ok && old != v {
			return fmt.Errorf("%s is %d in one header and %d in the other", name, old, v)
		}
		f.Ints[name] = v
	}
	for name := range g.Funcs {
		f.Funcs[name] = true
	}
	for name, d := range g.Draft {
		if d {
			f.Draft[name] = true
		}
	}
	if f.MsgSize == 0 {
		f.MsgSize = g.MsgSize
	}
	return nil
}
