package versions

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// docDirs are the packages whose doc comments may state the release an
// option or function first appeared in.
var docDirs = []string{"../zmq", "../zmq4", "../zmq4/draft"}

// docRelease matches the two forms such a statement takes in comments:
// "(ZMQ_RCVTIMEO, 2.2)", "(ZMQ_BLOCKY, 4.2+)", "(ZMQ_WSS_KEY_PEM,
// draft, 4.3.3", "(zmq_curve_public, libzmq 4.2+)" and
// "zmq_msg_gets (libzmq 4.1)".
var docRelease = regexp.MustCompile(`ZMQ_([A-Z0-9_]+)( context option)?,\s+(?:read-only,\s+|draft,\s+)*(\d+\.\d+(?:\.\d+)?)\+?|(zmq_[a-z0-9_]+)(?:,\s+(?:libzmq\s+)?|\s+\(libzmq\s+)(\d+\.\d+(?:\.\d+)?)\+?`)

// TestDocReleases checks every release a doc comment of zmq, zmq4 or
// zmq4/draft gives for an option or function against the tables, so
// that a number written there is never a second, diverging copy.
func TestDocReleases(t *testing.T) {
	checked := 0
	for _, dir := range docDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range f.Comments {
				text := strings.Join(strings.Fields(g.Text()), " ")
				for _, m := range docRelease.FindAllStringSubmatch(text, -1) {
					checked++
					if msg := checkDocRelease(m); msg != "" {
						t.Errorf("%v: %q: %s", fset.Position(g.Pos()), m[0], msg)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("found no release statements; is docDirs right?")
	}
	t.Logf("checked %d release statements in the doc comments of %v against the tables", checked, docDirs)
}

// checkDocRelease returns what is wrong with one docRelease match, or "".
func checkDocRelease(m []string) string {
	name, stated, kinds := m[1], m[3], []Kind{SocketOption, ContextOption, SocketType, MonitorEvent, PollEvent}
	switch {
	case m[4] != "":
		name, stated, kinds = m[4], m[5], []Kind{Function}
	case m[2] != "":
		kinds = []Kind{ContextOption}
	}
	for _, k := range kinds {
		in, ok := Introduced(k, name)
		if !ok {
			continue
		}
		r := in.Release
		short := r.String()[:strings.LastIndex(r.String(), ".")]
		if stated == in.String() || stated == r.String() || r.Patch == 0 && stated == short {
			return ""
		}
		return "the tables introduce " + k.String() + " " + name + " in " + in.String()
	}
	return "no table has " + name
}
