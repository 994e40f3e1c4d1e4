//go:build linux

package loader

// defaultNames are the ELF sonames (see sonames).
var defaultNames = sonames

// installHint names only what the tests ran on (Debian's libzmq5 with
// glibc); a musl system is deliberately not offered a command, since
// purego's cgo-free runtime support is made for glibc.
const installHint = "Install libzmq (tested with glibc on Debian/Ubuntu: apt-get install libzmq5; " +
	"other glibc distributions ship it as zeromq or libzmq5; musl systems such as Alpine are untested) " +
	"or set ZMQ_LIBRARY to the library's path."
