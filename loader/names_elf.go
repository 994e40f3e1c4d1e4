//go:build linux || freebsd || netbsd

package loader

// sonames are the ELF sonames of every libzmq ABI, newest first: .so.5
// is 4.1 and later, .so.4 is 4.0.5+, .so.3 is 3.x and 4.0.0-4.0.4, .so.1
// is 2.1-2.2. The version is always read from the library itself.
var sonames = []string{"libzmq.so.5", "libzmq.so.4", "libzmq.so.3", "libzmq.so.1", "libzmq.so"}
