//go:build darwin

package loader

var defaultNames = []string{
	"libzmq.5.dylib", "libzmq.dylib",
	"/opt/homebrew/lib/libzmq.5.dylib", "/usr/local/lib/libzmq.5.dylib",
	"/opt/homebrew/lib/libzmq.dylib", "/usr/local/lib/libzmq.dylib",
}

// installHint: macOS builds but has not run the suite, which it says.
const installHint = "Install libzmq (brew install zeromq; gozmq builds for macOS but is untested on it) " +
	"or set ZMQ_LIBRARY to the library's path."
