// Command genfacts writes the header facts files under versions/testdata:
// for every release in zmqh.Releases it reads include/zmq.h, and
// include/zmq_utils.h where the release has one, at the release's tag
// from a local clone of its repository and writes the integer macros,
// functions and sizeof(zmq_msg_t) as testdata/zmq-<version>.txt. The headers stay outside this repository;
// only the facts are kept.
//
// Usage (what "go generate ./versions" runs):
//
//	ZMQ_REPOS=/tmp/zmq-repos go generate ./versions
//
// ZMQ_REPOS is a directory holding clones (bare or not) named after the
// repositories: zeromq2-x, zeromq3-x, zeromq4-x, zeromq4-1 and libzmq,
// e.g. made with
//
//	for r in zeromq2-x zeromq3-x zeromq4-x zeromq4-1 libzmq; do
//		git clone --bare https://github.com/zeromq/$r /tmp/zmq-repos/$r
//	done
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/gozmq/gozmq/versions/internal/zmqh"
)

func main() {
	repos := flag.String("repos", "", "directory of zeromq repository clones, one per repository name")
	out := flag.String("out", "testdata", "directory to write the facts files to")
	only := flag.String("release", "", "write only this release (default: all)")
	flag.Parse()
	if *repos == "" {
		fmt.Fprintln(os.Stderr, "genfacts: -repos is empty; set ZMQ_REPOS to a directory of clones of github.com/zeromq/{zeromq2-x,zeromq3-x,zeromq4-x,zeromq4-1,libzmq}")
		os.Exit(2)
	}
	n := 0
	for _, r := range zmqh.Releases {
		if *only != "" && r.Version != *only {
			continue
		}
		if err := generate(*repos, *out, r); err != nil {
			fmt.Fprintf(os.Stderr, "genfacts: %s: %v\n", r.Version, err)
			os.Exit(1)
		}
		n++
	}
	if n == 0 {
		fmt.Fprintf(os.Stderr, "genfacts: no release %q in zmqh.Releases\n", *only)
		os.Exit(2)
	}
}

// generate writes the facts file of release r.
func generate(repos, out string, r zmqh.Release) error {
	dir := filepath.Join(repos, path.Base(r.Repo))
	commit, err := git(dir, "rev-parse", r.Tag+"^{commit}")
	if err != nil {
		return err
	}
	commit = strings.TrimSpace(commit)
	f, err := parseAt(dir, commit, "include/zmq.h")
	if err != nil {
		return err
	}
	if got := f.Release(); got != r.Version {
		return fmt.Errorf("include/zmq.h at %s says it is %s", r.Tag, got)
	}
	files := "include/zmq.h"
	if _, err := git(dir, "cat-file", "-e", commit+":include/zmq_utils.h"); err == nil {
		u, err := parseAt(dir, commit, "include/zmq_utils.h")
		if err != nil {
			return err
		}
		if err := f.Merge(u); err != nil {
			return fmt.Errorf("include/zmq_utils.h: %v", err)
		}
		files += " and include/zmq_utils.h"
	}
	origin := fmt.Sprintf("github.com/%s tag %s (commit %s) %s", r.Repo, r.Tag, commit, files)
	var buf bytes.Buffer
	if err := zmqh.Write(&buf, f, origin); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, r.File()), buf.Bytes(), 0o644)
}

// parseAt parses the header at path in commit.
func parseAt(dir, commit, path string) (*zmqh.Facts, error) {
	text, err := git(dir, "show", commit+":"+path)
	if err != nil {
		return nil, err
	}
	f, err := zmqh.Parse(text)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return f, nil
}

// git runs git with dir as its repository and returns its output.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git -C %s %s: %v: %s", dir, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return string(b), nil
}
