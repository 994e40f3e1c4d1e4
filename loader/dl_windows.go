//go:build windows

package loader

import "syscall"

var defaultNames = []string{"libzmq.dll", "libzmq-v143-mt-4_3_5.dll", "libzmq-v142-mt-4_3_4.dll", "libzmq-mt-4_3_4.dll"}

const installHint = "Install libzmq (vcpkg install zeromq) and put libzmq.dll on PATH, or set ZMQ_LIBRARY to the DLL's path."

func dlopen(name string) (uintptr, error) {
	h, err := syscall.LoadLibrary(name)
	return uintptr(h), err
}

func dlsym(h uintptr, name string) uintptr {
	p, err := syscall.GetProcAddress(syscall.Handle(h), name)
	if err != nil {
		return 0
	}
	return p
}

func mappedPath(uintptr) string { return "" }
