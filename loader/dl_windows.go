//go:build windows

package loader

import (
	"path/filepath"
	"strings"
	"syscall"
	"unsafe"
)

var (
	kernel32           = syscall.NewLazyDLL("kernel32.dll")
	procLoadLibraryExW = kernel32.NewProc("LoadLibraryExW")
	procGetModuleExW   = kernel32.NewProc("GetModuleHandleExW")
	procGetModuleFileW = kernel32.NewProc("GetModuleFileNameW")
)

const (
	// loadWithAlteredSearchPath makes Windows look for the DLL's own
	// dependencies (libsodium, the C run-time of a MinGW build) in the
	// DLL's directory, as it does for a program's: without it a libzmq
	// named by full path outside PATH fails to load for want of them.
	loadWithAlteredSearchPath = 0x00000008
	moduleFromAddress         = 0x00000004 // GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS
	moduleUnchangedRefcount   = 0x00000002 // GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT
)

func dlopen(name string) (uintptr, error) {
	if !strings.ContainsAny(name, `/\`) {
		// A bare name: Windows' own DLL search.
		h, err := syscall.LoadLibrary(name)
		return uintptr(h), err
	}
	// A path, made absolute (the altered search is undefined for a
	// relative one); a rooted path without a drive such as
	// /opt/win/libzmq.dll, what ZMQ_LIBRARY holds under Wine, gets the
	// current drive.
	if abs, err := filepath.Abs(name); err == nil {
		name = abs
	}
	p, err := syscall.UTF16PtrFromString(name)
	if err != nil {
		return 0, err
	}
	h, _, err := procLoadLibraryExW.Call(uintptr(unsafe.Pointer(p)), 0, loadWithAlteredSearchPath)
	if h == 0 {
		return 0, err
	}
	return h, nil
}

func dlsym(h uintptr, name string) uintptr {
	p, err := syscall.GetProcAddress(syscall.Handle(h), name)
	if err != nil {
		return 0
	}
	return p
}

// mappedPath asks Windows which module holds addr and returns that
// module's file, so that LibraryPath names the DLL even when it was
// found through the search path.
func mappedPath(addr uintptr) string {
	var h uintptr
	r, _, _ := procGetModuleExW.Call(moduleFromAddress|moduleUnchangedRefcount, addr, uintptr(unsafe.Pointer(&h)))
	if r == 0 {
		return ""
	}
	buf := make([]uint16, 32768)
	n, _, _ := procGetModuleFileW.Call(h, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 || int(n) >= len(buf) {
		return ""
	}
	return syscall.UTF16ToString(buf[:n])
}
