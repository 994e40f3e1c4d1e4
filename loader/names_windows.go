//go:build windows

package loader

import (
	"os"
	"path/filepath"
)

// defaultNames are opened through Windows' own DLL search (the
// executable's directory, the system directories, the current directory,
// PATH): the names that carry no release number.
var defaultNames = []string{"libzmq.dll", "libzmq-5.dll"}

const installHint = "Install libzmq (vcpkg install zeromq, or MSYS2's mingw-w64-x86_64-zeromq) and put its DLL (libzmq.dll, libzmq-mt-4_3_5.dll, libzmq-v142-mt-4_3_5.dll, ...) on PATH or next to the program, or set ZMQ_LIBRARY to the DLL's path."

func init() { searchedNames = windowsSearch }

// windowsSearch finds the DLLs whose names carry a release (vcpkg's,
// zeromq's MSVC builds) in the executable's directory and on PATH, the
// directories Windows itself would search, in that order.
func windowsSearch() []string {
	var dirs []string
	if exe, err := os.Executable(); err == nil {
		dirs = append(dirs, filepath.Dir(exe))
	}
	dirs = append(dirs, filepath.SplitList(os.Getenv("PATH"))...)
	return findDLLs(dirs)
}
