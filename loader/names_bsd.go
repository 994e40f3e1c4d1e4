//go:build freebsd || netbsd

package loader

// defaultNames are the ELF sonames (see sonames).
var defaultNames = sonames

// installHint says what is true on the BSDs: the module builds there,
// but the suite has not run on one.
const installHint = "Install libzmq (FreeBSD: pkg install libzmq4; NetBSD: pkgin install zeromq; " +
	"gozmq builds for this system but is untested on it) or set ZMQ_LIBRARY to the library's path."
