// Package versions holds, as plain data, the C constants of each libzmq API
// generation: socket types, socket and context options with their C value
// types, send/recv flags, poll events, device types, monitor events and
// error numbers.
//
// The tables are facts copied from each release's include/zmq.h and man
// pages. facts_test.go checks every number, name and Since against the
// zmq.h facts of every release from 2.1.0 to 4.3.5 (testdata, made by
// go generate from the headers), and against any other header named by
// ZMQ_HEADERS. Nothing here calls libzmq.
package versions

import "fmt"

// Version is a libzmq release number as zmq_version reports it.
type Version struct {
	Major, Minor, Patch int
}

// V is shorthand for a Version literal in the tables.
func V(major, minor, patch int) Version { return Version{major, minor, patch} }

// Less reports whether v is an earlier release than w.
func (v Version) Less(w Version) bool {
	if v.Major != w.Major {
		return v.Major < w.Major
	}
	if v.Minor != w.Minor {
		return v.Minor < w.Minor
	}
	return v.Patch < w.Patch
}

// String returns "major.minor.patch".
func (v Version) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }

// CType is the C type of a socket or context option's value.
type CType uint8

const (
	// Absent marks a name the generation does not have.
	Absent CType = iota
	// Int is a C int.
	Int
	// Int64 is int64_t.
	Int64
	// Uint64 is uint64_t.
	Uint64
	// Uint32 is uint32_t (ZMQ_EVENTS on 2.x).
	Uint32
	// Bytes is binary data of a given length (IDENTITY, SUBSCRIBE, ...).
	Bytes
	// String is a NUL-terminated character string (LAST_ENDPOINT,
	// ZAP_DOMAIN, PLAIN_USERNAME, ...).
	String
	// Key is a CURVE key: 32 bytes binary or 40 characters of Z85 text.
	Key
	// Fd is the platform's socket descriptor: int on POSIX, SOCKET on
	// Windows (ZMQ_FD).
	Fd
)

var ctypeNames = [...]string{"absent", "int", "int64_t", "uint64_t", "uint32_t", "binary", "string", "curve key", "fd"}

// String names the C type.
func (t CType) String() string {
	if int(t) < len(ctypeNames) {
		return ctypeNames[t]
	}
	return fmt.Sprintf("CType(%d)", uint8(t))
}

// Const is one named constant of a generation.
type Const struct {
	// Num is the C value (the option id, socket type number, flag bit...).
	Num int
	// Type is the value type for options; Int for plain constants.
	Type CType
	// Since is set when the constant appeared within the generation,
	// after its first release (e.g. ZMQ_HEARTBEAT_IVL since 4.2.0 in the
	// 4.1+ table). The zero Version means "from the generation's start".
	Since Version
	// Draft marks constants only present when libzmq was built with
	// draft APIs enabled.
	Draft bool
}

// Table is one libzmq API generation. Maps are keyed by the constant's
// name without the ZMQ_ prefix (ZMQ_RCVMORE is "RCVMORE"; errno names
// such as "EFSM" keep their spelling).
type Table struct {
	// Name is the generation's label: "2.1", "2.2", "3.x", "4.0", "4.1+".
	Name string
	// First is the first release the table describes.
	First Version
	// MsgSize is sizeof(zmq_msg_t) on 64-bit platforms.
	MsgSize int
	// PollUnit is the zmq_poll timeout unit in nanoseconds
	// (1000 for microseconds on 2.x, 1000000 for milliseconds after).
	PollUnit int64

	SocketTypes    map[string]Const
	SocketOptions  map[string]Const
	ContextOptions map[string]Const
	// Flags holds send/recv flags (SNDMORE, NOBLOCK/DONTWAIT) and
	// message properties (MORE, SHARED...).
	Flags map[string]Const
	// PollEvents holds POLLIN, POLLOUT, POLLERR, POLLPRI.
	PollEvents map[string]Const
	// Devices holds STREAMER, FORWARDER, QUEUE.
	Devices map[string]Const
	// MonitorEvents holds EVENT_CONNECTED ... EVENT_ALL.
	MonitorEvents map[string]Const
	// Errors holds the libzmq-specific errno values (ZMQ_HAUSNUMERO
	// based on every platform) and the POSIX ones libzmq redefines when
	// the platform lacks them.
	Errors map[string]Const
	// Functions lists the exported C functions of the generation's API
	// (zmq_init, zmq_ctx_new, zmq_msg_send, ...), with Since where a
	// function appeared inside the generation.
	Functions map[string]Const
}

// Lookup returns the constant name from m if release v has it: present
// in the table, not Absent, and not newer than v.
func Lookup(m map[string]Const, name string, v Version) (Const, bool) {
	c, ok := m[name]
	if !ok || c.Type == Absent || v.Less(c.Since) {
		return Const{}, false
	}
	return c, true
}

// Tables lists every generation, oldest first.
var Tables = []*Table{&V21, &V22, &V3x, &V40, &V41}

// For returns the table that describes release v: the newest table whose
// First is not after v. It returns nil for releases before 2.1.
func For(v Version) *Table {
	var best *Table
	for _, t := range Tables {
		if !v.Less(t.First) {
			best = t
		}
	}
	return best
}
