package loader

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Windows builds of libzmq carry the tool set, run-time and release in
// the DLL's name, so no fixed list can name them all:
//
//	libzmq.dll                  plain (CMake default, MinGW)
//	libzmq-5.dll                MSYS2 / libtool (ABI number)
//	libzmq-mt-4_3_5.dll         vcpkg release
//	libzmq-mt-gd-4_3_5.dll      vcpkg debug
//	libzmq-v142-mt-4_3_5.dll    zeromq's own MSVC builds (v140..v143)
//	libzmq-v141-mt-sgd-4_3_4.dll
//
// The functions here recognise and order such names; they are pure (or
// only read directories) so that they are tested on every OS, although
// only the Windows loader uses them.

// dllName is what a libzmq DLL's file name says about it.
type dllName struct {
	file    string
	version [3]int // 0,0,0 when the name has none
	debug   bool   // built against the debug run-time ("gd")
}

// parseDLLName reports whether file is the name of a libzmq DLL, and
// what the name says. The match is case-insensitive, as Windows file
// names are.
func parseDLLName(file string) (dllName, bool) {
	d := dllName{file: file}
	base := strings.ToLower(file)
	if !strings.HasSuffix(base, ".dll") {
		return d, false
	}
	base = strings.TrimSuffix(base, ".dll")
	if base == "libzmq" {
		return d, true
	}
	rest, ok := strings.CutPrefix(base, "libzmq-")
	if !ok {
		return d, false
	}
	if isDigits(rest) { // libzmq-5.dll: an ABI number, not a release
		return d, true
	}
	parts := strings.Split(rest, "-")
	i := 0
	if i < len(parts) && len(parts[i]) > 1 && parts[i][0] == 'v' && isDigits(parts[i][1:]) {
		i++ // tool set, e.g. v142
	}
	if i >= len(parts) || parts[i] != "mt" {
		return d, false
	}
	i++
	if i < len(parts) {
		switch parts[i] {
		case "gd", "sgd":
			d.debug = true
			i++
		case "s":
			i++
		}
	}
	if i < len(parts) {
		v, ok := parseUnderscoreVersion(parts[i])
		if !ok {
			return d, false
		}
		d.version = v
		i++
	}
	return d, i == len(parts)
}

// parseUnderscoreVersion reads "4_3_5" (or "4_3").
func parseUnderscoreVersion(s string) ([3]int, bool) {
	var v [3]int
	f := strings.Split(s, "_")
	if len(f) < 2 || len(f) > 3 {
		return v, false
	}
	for i, x := range f {
		n, err := strconv.Atoi(x)
		if err != nil || n < 0 || !isDigits(x) {
			return v, false
		}
		v[i] = n
	}
	return v, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// orderDLLNames keeps the libzmq DLL names among files and orders them
// by preference: release builds before debug ones (a debug DLL needs the
// debug C run-time, which only machines with Visual Studio have), then
// the newest release the name states, then names without a release;
// ties keep file-name order so the result is stable.
func orderDLLNames(files []string) []string {
	var ds []dllName
	for _, f := range files {
		if d, ok := parseDLLName(f); ok {
			ds = append(ds, d)
		}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.debug != b.debug {
			return !a.debug
		}
		if a.version != b.version {
			for k := range a.version {
				if a.version[k] != b.version[k] {
					return a.version[k] > b.version[k]
				}
			}
		}
		return strings.ToLower(a.file) < strings.ToLower(b.file)
	})
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.file
	}
	return out
}

// findDLLs returns the full path of every libzmq DLL in dirs, directory
// by directory (the caller's order is the search order), each
// directory's files ordered by orderDLLNames. A directory is listed once
// even when named twice; unreadable directories are passed over.
func findDLLs(dirs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		key := strings.ToLower(filepath.Clean(dir))
		if seen[key] {
			continue
		}
		seen[key] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		var files []string
		for _, e := range entries {
			if !e.IsDir() {
				files = append(files, e.Name())
			}
		}
		for _, f := range orderDLLNames(files) {
			out = append(out, filepath.Join(dir, f))
		}
	}
	return out
}
