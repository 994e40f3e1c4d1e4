package versions

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFor(t *testing.T) {
	cases := []struct {
		v    Version
		want string
	}{
		{V(2, 1, 0), "2.1"},
		{V(2, 1, 11), "2.1"},
		{V(2, 2, 0), "2.2"},
		{V(3, 2, 0), "3.x"},
		{V(3, 2, 5), "3.x"},
		{V(4, 0, 0), "4.0"},
		{V(4, 0, 10), "4.0"},
		{V(4, 1, 0), "4.1+"},
		{V(4, 1, 8), "4.1+"},
		{V(4, 2, 0), "4.1+"},
		{V(4, 3, 0), "4.1+"},
		{V(4, 3, 5), "4.1+"},
	}
	for _, c := range cases {
		tab := For(c.v)
		if assert.NotNil(t, tab, "For(%v)", c.v) {
			assert.Equal(t, c.want, tab.Name, "For(%v)", c.v)
		}
	}
	assert.Nil(t, For(V(2, 0, 10)))
}

func TestTablesShape(t *testing.T) {
	require.Len(t, Tables, 5)
	for i, tab := range Tables {
		assert.NotEmpty(t, tab.Name)
		if i > 0 {
			assert.True(t, Tables[i-1].First.Less(tab.First), "%s must start after %s", tab.Name, Tables[i-1].Name)
		}
		for name, m := range tableMaps(tab) {
			assert.NotNil(t, m, "%s.%s", tab.Name, name)
		}
		assert.Contains(t, []int{32, 40, 64}, tab.MsgSize, tab.Name)
		if tab.First.Major == 2 {
			assert.EqualValues(t, 1000, tab.PollUnit, tab.Name)
			assert.Empty(t, tab.ContextOptions, tab.Name)
			assert.Empty(t, tab.MonitorEvents, tab.Name)
		} else {
			assert.EqualValues(t, 1000000, tab.PollUnit, tab.Name)
		}
	}
	assert.Equal(t, 40, V21.MsgSize)
	assert.Equal(t, 32, V3x.MsgSize)
	assert.Equal(t, 32, V40.MsgSize)
	assert.Equal(t, 64, V41.MsgSize)
}

// tableMaps names all of a table's maps.
func tableMaps(t *Table) map[string]map[string]Const {
	m := constMaps(t)
	m["Functions"] = t.Functions
	return m
}

// absentNames are the 2.x names later tables keep with Type Absent.
var absentNames = map[string]bool{
	"HWM": true, "SWAP": true, "MCAST_LOOP": true, "RECOVERY_IVL_MSEC": true,
	"UPSTREAM": true, "DOWNSTREAM": true,
}

// aliases lists, per map, the names that may share a number: documented
// aliases, and ContextOptions' SOCKET_LIMIT (zmq_ctx_get) and
// THREAD_PRIORITY (zmq_ctx_set), which zmq.h both defines as 3.
var aliases = map[string][][]string{
	"SocketTypes": {
		{"DEALER", "XREQ"},
		{"ROUTER", "XREP"},
		{"PULL", "UPSTREAM"},
		{"PUSH", "DOWNSTREAM"},
	},
	"SocketOptions": {
		{"IDENTITY", "ROUTING_ID"},
		{"CONNECT_RID", "CONNECT_ROUTING_ID"},
		{"ROUTER_MANDATORY", "FAIL_UNROUTABLE", "ROUTER_BEHAVIOR"},
		{"IMMEDIATE", "DELAY_ATTACH_ON_CONNECT"},
	},
	"ContextOptions": {
		{"SOCKET_LIMIT", "THREAD_PRIORITY"},
	},
	"MonitorEvents": {
		{"EVENT_ALL", "EVENT_ALL_V1"},
	},
	"Flags": {
		{"DONTWAIT", "NOBLOCK"},
	},
}

// flagSpaces splits Flags into its two number spaces: send/recv flags
// and zmq_msg_get properties.
var flagSpaces = map[string][]string{
	"send flags":         {"NOBLOCK", "DONTWAIT", "SNDMORE"},
	"message properties": {"MORE", "SRCFD", "SHARED"},
}

// aliasGroup returns the alias group of name in map kind, or name alone.
func aliasGroup(kind, name string) string {
	for _, g := range aliases[kind] {
		for _, n := range g {
			if n == name {
				return strings.Join(g, "/")
			}
		}
	}
	return name
}

// numberGroups maps each number of m to the alias groups using it.
func numberGroups(kind string, m map[string]Const) map[int]map[string]bool {
	groups := map[int]map[string]bool{}
	for name, c := range m {
		if groups[c.Num] == nil {
			groups[c.Num] = map[string]bool{}
		}
		groups[c.Num][aliasGroup(kind, name)] = true
	}
	return groups
}

func TestNoNumberClashes(t *testing.T) {
	for _, tab := range Tables {
		for kind, m := range constMaps(tab) {
			if kind == "Flags" {
				continue
			}
			for num, groups := range numberGroups(kind, m) {
				assert.Len(t, groups, 1, "%s.%s: %d is used by %v", tab.Name, kind, num, keys(groups))
			}
		}
		seen := map[string]bool{}
		for space, names := range flagSpaces {
			nums := map[int]string{}
			for _, name := range names {
				c, ok := tab.Flags[name]
				if !ok {
					continue
				}
				seen[name] = true
				if other, dup := nums[c.Num]; dup && aliasGroup("Flags", other) != aliasGroup("Flags", name) {
					t.Errorf("%s.Flags %s: %s and %s share %d", tab.Name, space, other, name, c.Num)
				}
				nums[c.Num] = name
			}
		}
		for name := range tab.Flags {
			assert.True(t, seen[name], "%s.Flags %s belongs to no number space", tab.Name, name)
		}
	}
}

func TestNumbersAgreeAcrossGenerations(t *testing.T) {
	// EVENT_ALL is the OR of the generation's events, so it grows.
	mayChange := map[string]bool{"MonitorEvents.EVENT_ALL": true}
	kinds := []string{"SocketTypes", "SocketOptions", "ContextOptions", "Flags", "PollEvents", "Devices", "MonitorEvents", "Errors"}
	for _, kind := range kinds {
		byName := map[string]int{}
		byNum := map[int]map[string]bool{}
		for _, tab := range Tables {
			for name, c := range constMaps(tab)[kind] {
				if n, ok := byName[name]; ok && n != c.Num && !mayChange[kind+"."+name] {
					t.Errorf("%s %s is %d in %s but %d in an older table", kind, name, c.Num, tab.Name, n)
				}
				byName[name] = c.Num
				if kind == "Flags" || kind == "MonitorEvents" && name == "EVENT_ALL" {
					continue
				}
				if byNum[c.Num] == nil {
					byNum[c.Num] = map[string]bool{}
				}
				byNum[c.Num][aliasGroup(kind, name)] = true
			}
		}
		for num, groups := range byNum {
			assert.Len(t, groups, 1, "%s %d means %v across generations", kind, num, keys(groups))
		}
	}
}

func TestEveryEntryHasAType(t *testing.T) {
	for _, tab := range Tables {
		for kind, m := range tableMaps(tab) {
			for name, c := range m {
				where := fmt.Sprintf("%s.%s %s", tab.Name, kind, name)
				assert.LessOrEqual(t, c.Type, Fd, where)
				switch {
				case c.Type == Absent:
					assert.True(t, absentNames[name], "%s has no Type", where)
					assert.False(t, c.Draft, where)
				case kind == "SocketOptions" || kind == "ContextOptions":
				default:
					assert.Equal(t, Int, c.Type, "%s: plain constants are Int", where)
				}
				if kind == "Functions" {
					assert.True(t, strings.HasPrefix(name, "zmq_"), where)
					assert.Zero(t, c.Num, where)
				} else {
					assert.False(t, strings.HasPrefix(name, "ZMQ_"), "%s: keys leave out ZMQ_", where)
				}
				if c.Since != (Version{}) {
					assert.True(t, tab.First.Less(c.Since), "%s: Since %v is not after %v", where, c.Since, tab.First)
					if next := nextTable(tab); next != nil {
						assert.True(t, c.Since.Less(next.First), "%s: Since %v is not before %s", where, c.Since, next.Name)
					}
				}
				if c.Draft {
					assert.Same(t, &V41, tab, "%s: only 4.2+ has draft API", where)
					assert.NotZero(t, c.Since, "%s: drafts say when they appeared", where)
				}
			}
		}
	}
}

func nextTable(t *Table) *Table {
	for i, tab := range Tables {
		if tab == t && i+1 < len(Tables) {
			return Tables[i+1]
		}
	}
	return nil
}

// TestOptionTypes pins option C types from the zmq_setsockopt and
// zmq_getsockopt man pages ("Option value type").
func TestOptionTypes(t *testing.T) {
	want := map[*Table]map[string]CType{
		&V21: {
			"HWM": Uint64, "SWAP": Int64, "AFFINITY": Uint64, "IDENTITY": Bytes,
			"SUBSCRIBE": Bytes, "UNSUBSCRIBE": Bytes, "RATE": Int64,
			"RECOVERY_IVL": Int64, "RECOVERY_IVL_MSEC": Int64, "MCAST_LOOP": Int64,
			"SNDBUF": Uint64, "RCVBUF": Uint64, "RCVMORE": Int64, "FD": Fd,
			"EVENTS": Uint32, "TYPE": Int, "LINGER": Int, "RECONNECT_IVL": Int,
			"BACKLOG": Int, "RECONNECT_IVL_MAX": Int,
		},
		&V22: {"RCVTIMEO": Int, "SNDTIMEO": Int, "HWM": Uint64, "RCVMORE": Int64},
		&V3x: {
			"AFFINITY": Uint64, "MAXMSGSIZE": Int64, "LAST_ENDPOINT": String,
			"TCP_ACCEPT_FILTER": Bytes, "IDENTITY": Bytes, "EVENTS": Int,
			"RCVMORE": Int, "SNDHWM": Int, "RATE": Int, "SNDBUF": Int, "FD": Fd,
			"HWM": Absent,
		},
		&V40: {
			"CURVE_PUBLICKEY": Key, "CURVE_SECRETKEY": Key, "CURVE_SERVERKEY": Key,
			"PLAIN_USERNAME": String, "PLAIN_PASSWORD": String, "ZAP_DOMAIN": String,
			"IMMEDIATE": Int, "DELAY_ATTACH_ON_CONNECT": Int,
		},
		&V41: {
			"SOCKS_PROXY": String, "BINDTODEVICE": String, "CONNECT_RID": Bytes,
			"CONNECT_ROUTING_ID": Bytes, "ROUTING_ID": Bytes, "IDENTITY": Bytes,
			"GSSAPI_PRINCIPAL": String, "GSSAPI_SERVICE_PRINCIPAL": String,
			"XPUB_WELCOME_MSG": Bytes, "VMCI_BUFFER_SIZE": Uint64,
			"VMCI_BUFFER_MIN_SIZE": Uint64, "VMCI_BUFFER_MAX_SIZE": Uint64,
			"VMCI_CONNECT_TIMEOUT": Int, "USE_FD": Int, "METADATA": String,
			"HELLO_MSG": Bytes, "DISCONNECT_MSG": Bytes, "MAXMSGSIZE": Int64,
		},
	}
	for tab, opts := range want {
		for name, typ := range opts {
			assert.Equal(t, typ, tab.SocketOptions[name].Type, "%s %s", tab.Name, name)
		}
	}
	assert.Equal(t, 5, V41.SocketOptions["ROUTING_ID"].Num)
	assert.Equal(t, 5, V41.SocketOptions["IDENTITY"].Num)
}

func TestLookup(t *testing.T) {
	_, ok := Lookup(V41.SocketOptions, "HEARTBEAT_IVL", V(4, 1, 8))
	assert.False(t, ok, "HEARTBEAT_IVL is 4.2.0+")
	c, ok := Lookup(V41.SocketOptions, "HEARTBEAT_IVL", V(4, 2, 0))
	assert.True(t, ok)
	assert.Equal(t, 75, c.Num)
	_, ok = Lookup(V3x.SocketOptions, "HWM", V(3, 2, 5))
	assert.False(t, ok, "HWM is gone in 3.x")
	c, ok = Lookup(V21.SocketOptions, "HWM", V(2, 1, 11))
	assert.True(t, ok)
	assert.Equal(t, Uint64, c.Type)
	_, ok = Lookup(V21.SocketTypes, "DEALER", V(2, 1, 2))
	assert.False(t, ok, "2.1.2 only had XREQ")
	c, ok = Lookup(V41.SocketTypes, "SERVER", V(4, 3, 5))
	assert.True(t, ok)
	assert.True(t, c.Draft)
	assert.Equal(t, hausnumero+53, V41.Errors["ETERM"].Num)
	assert.Equal(t, 156384712+51, V21.Errors["EFSM"].Num)
}

func keys(m map[string]bool) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

func TestIntroduced(t *testing.T) {
	cases := []struct {
		k     Kind
		name  string
		want  string
		draft bool
	}{
		{Function, "zmq_bind", "2.1", false},
		{Function, "zmq_unbind", "3.2", false},
		{Function, "zmq_curve_public", "4.2.0", false},
		{SocketOption, "RCVTIMEO", "2.2", false},
		{SocketOption, "RECONNECT_IVL_MAX", "2.1.1", false},
		{SocketOption, "SNDHWM", "3.2", false},
		{SocketOption, "TOS", "4.1", false},
		{SocketOption, "HEARTBEAT_IVL", "4.2.0", false},
		{SocketOption, "BINDTODEVICE", "4.3.0", false},
		{SocketOption, "HELLO_MSG", "4.3.3", true},
		{SocketType, "STREAM", "4.0", false},
		{SocketType, "SERVER", "4.2.0", true},
		{ContextOption, "BLOCKY", "4.2.0", false},
		{MonitorEvent, "EVENT_HANDSHAKE_SUCCEEDED", "4.3.0", false},
	}
	for _, c := range cases {
		in, ok := Introduced(c.k, c.name)
		if assert.True(t, ok, "%v %s", c.k, c.name) {
			assert.Equal(t, c.want, in.String(), "%v %s", c.k, c.name)
			assert.Equal(t, c.draft, in.Draft, "%v %s", c.k, c.name)
		}
	}
	_, ok := Introduced(SocketOption, "NO_SUCH_OPTION")
	assert.False(t, ok)
	_, ok = Introduced(SocketOption, "zmq_bind")
	assert.False(t, ok, "kinds do not mix")
}

// TestIntroducedAgreesWithLookup: the release Introduced names is the
// first one Lookup finds the name in, and the one before lacks it.
func TestIntroducedAgreesWithLookup(t *testing.T) {
	for _, tab := range Tables {
		for k := SocketType; k <= Function; k++ {
			for name := range tab.Map(k) {
				in, ok := Introduced(k, name)
				if !ok {
					continue
				}
				first := For(in.Release)
				_, has := Lookup(first.Map(k), name, in.Release)
				assert.True(t, has, "%v %s: Introduced says %v", k, name, in.Release)
			}
		}
	}
}
