package versions

import "fmt"

// Kind names one of a Table's maps, for lookups across all tables.
type Kind uint8

// The kinds, one per map of Table.
const (
	SocketType Kind = iota
	SocketOption
	ContextOption
	Flag
	PollEvent
	Device
	MonitorEvent
	Error
	Function
)

var kindNames = [...]string{"socket type", "socket option", "context option", "flag", "poll event", "device", "monitor event", "error", "function"}

// String names the kind, e.g. "socket option".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Map returns t's map of kind k, nil for an unknown kind.
func (t *Table) Map(k Kind) map[string]Const {
	switch k {
	case SocketType:
		return t.SocketTypes
	case SocketOption:
		return t.SocketOptions
	case ContextOption:
		return t.ContextOptions
	case Flag:
		return t.Flags
	case PollEvent:
		return t.PollEvents
	case Device:
		return t.Devices
	case MonitorEvent:
		return t.MonitorEvents
	case Error:
		return t.Errors
	case Function:
		return t.Functions
	}
	return nil
}

// Intro says in which release a name first appears in the tables. It is
// the one place the release a feature needs is known: error messages,
// release checks and documentation derive it from here.
type Intro struct {
	// Release is the first release that has the name: its Since in the
	// oldest table that has it, or that table's First.
	Release Version
	// Draft is true when the name is draft API in Release: present only
	// in a libzmq built with draft APIs.
	Draft bool
	// Start is true when Release is the First of a table (the start of
	// a generation) rather than a point release within one.
	Start bool
}

// String names the release the way error messages do: "major.minor"
// for the start of a generation ("2.2", "3.2", "4.1"), the full number
// for a point release within one ("2.1.1", "4.2.0", "4.3.3").
func (in Intro) String() string {
	if in.Start {
		return fmt.Sprintf("%d.%d", in.Release.Major, in.Release.Minor)
	}
	return in.Release.String()
}

// Introduced returns where the name of kind k first appears (names as
// in the tables: "RCVTIMEO", "STREAM", "zmq_unbind"), and false when no
// table has it. Entries of Type Absent do not count.
func Introduced(k Kind, name string) (Intro, bool) {
	for _, t := range Tables {
		c, ok := t.Map(k)[name]
		if !ok || c.Type == Absent {
			continue
		}
		if c.Since != (Version{}) {
			return Intro{Release: c.Since, Draft: c.Draft}, true
		}
		return Intro{Release: t.First, Draft: c.Draft, Start: true}, true
	}
	return Intro{}, false
}
