//go:build linux

package loader

// defaultNames are the ELF sonames (see sonames).
var defaultNames = sonames

// installHint names the packages the tests ran against: Debian's
// libzmq5 on glibc (make test) and, on musl, a libzmq at Alpine's path
// (make test-musl). On Alpine the binary is already running when it
// reads this, so it names zeromq alone; what a CGO_ENABLED=0 binary
// needs to start there (gcompat, or musl's loader linked in as its
// interpreter) is in the package documentation.
const installHint = "Install libzmq (Debian/Ubuntu: apt-get install libzmq5; Alpine and other musl systems: apk add zeromq; " +
	"other distributions ship it as zeromq or libzmq5) or set ZMQ_LIBRARY to the library's path."
