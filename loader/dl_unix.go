//go:build linux || darwin || freebsd || netbsd

package loader

import (
	"bufio"
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/ebitengine/purego"
)

func dlopen(name string) (uintptr, error) {
	// RTLD_GLOBAL is not needed: nothing else resolves symbols against
	// libzmq. RTLD_NOW reports a broken library at open, not mid-call.
	h, err := purego.Dlopen(name, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil && err.Error() == "" {
		// purego's 32-bit builds can return dlerror's text empty; the
		// NotFoundError must still give a reason for every file tried.
		err = errors.New("dlopen failed")
	}
	return h, err
}

func dlsym(h uintptr, name string) uintptr {
	p, err := purego.Dlsym(h, name)
	if err != nil {
		return 0
	}
	return p
}

// mappedPath finds the file that holds address addr in this process's
// memory map. It only knows how on Linux; elsewhere it returns "".
func mappedPath(addr uintptr) string {
	if runtime.GOOS != "linux" {
		return ""
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 {
			continue
		}
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 == nil && err2 == nil && uint64(addr) >= start && uint64(addr) < end {
			return fields[5]
		}
	}
	return ""
}
