package zmq_test

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// optSpec says how to exercise one socket option: a valid value of its
// Go type, the socket type that accepts it, and which typed accessors
// read and write it.
type optSpec struct {
	sock zmq.SocketType
	// get is nil when libzmq cannot read the option.
	get func(*zmq.Socket) (any, error)
	// set is nil when the option is read-only.
	set func(*zmq.Socket) error
	// want is what get returns after set, or for a read-only option on
	// a fresh socket; nil means any value.
	want any
	// raw is want as libzmq stores it (int64 or string), for the
	// generic GetSockOpt*/SetSockOpt* path.
	raw any
	// needs lists capabilities (Has names) without which libzmq rejects
	// the option with EINVAL. A name starting with "?" is one Has cannot
	// answer: the option may then fail, but only with EINVAL. "draft"
	// is between the two: libzmq built without the draft API still
	// accepts some draft options, so without it they may fail (only with
	// EINVAL) or work (and then must round-trip).
	needs []string
}

func (o optSpec) on(t zmq.SocketType) optSpec { o.sock = t; return o }

func (o optSpec) need(caps ...string) optSpec { o.needs = caps; return o }

// ipcFilter marks an IPC_FILTER_* option as possibly refused (EINVAL)
// on Windows: libzmq has them only where it can read an ipc peer's
// credentials (SO_PEERCRED, LOCAL_PEERCRED), which Windows cannot.
func ipcFilter(o optSpec) optSpec {
	if runtime.GOOS == "windows" {
		return o.need("?peercred")
	}
	return o
}

// optRaw converts an accessor's value to libzmq's representation.
func optRaw(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int64:
		return x
	case uint64:
		return int64(x)
	case bool:
		if x {
			return int64(1)
		}
		return int64(0)
	case time.Duration:
		return int64(x / time.Millisecond)
	case zmq.SocketType:
		return int64(x)
	case string:
		return x
	}
	panic(fmt.Sprintf("optRaw: %T", v))
}

// optRW is an option read and written by typed accessors.
func optRW[T any](get func(*zmq.Socket) (T, error), set func(*zmq.Socket, T) error, v T) optSpec {
	return optSpec{
		sock: zmq.DEALER,
		get:  func(s *zmq.Socket) (any, error) { return get(s) },
		set:  func(s *zmq.Socket) error { return set(s, v) },
		want: v,
		raw:  optRaw(v),
	}
}

// optRO is a read-only option; want may be nil.
func optRO[T any](get func(*zmq.Socket) (T, error), want any) optSpec {
	o := optSpec{sock: zmq.DEALER, get: func(s *zmq.Socket) (any, error) { return get(s) }, want: want}
	if want != nil {
		o.raw = optRaw(want)
	}
	return o
}

// optWO is a write-only option.
func optWO[T any](set func(*zmq.Socket, T) error, v T) optSpec {
	return optSpec{sock: zmq.DEALER, set: func(s *zmq.Socket) error { return set(s, v) }, raw: optRaw(v)}
}

// optIntSet is a generic setter, for ROUTER_BEHAVIOR, the one option
// without a typed accessor of its own.
func optIntSet(o zmq.IntSocketOption) func(*zmq.Socket, int) error {
	return func(s *zmq.Socket, v int) error { return s.SetSockOptInt(o, v) }
}

// CURVE test keys from libzmq's zmq_curve(7).
const (
	optServerPublic = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"
	optServerSecret = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6"
	optClientPublic = "Yne@$w-vo<fVvi]a<NY6T1ed:M$fCG*[IaLV{hID"
)

// optSpecs describes every socket option of every release, keyed by
// its name in the versions tables.
func optSpecs() map[string]optSpec {
	type S = zmq.Socket
	ms := time.Millisecond
	rw := func(get func(*S) (int, error), set func(*S, int) error, v int) optSpec { return optRW(get, set, v) }
	return map[string]optSpec{
		// 2.x
		"HWM":               optRW((*S).HWM, (*S).SetHWM, uint64(500)),
		"SWAP":              optRW((*S).Swap, (*S).SetSwap, int64(1<<20)),
		"AFFINITY":          optRW((*S).Affinity, (*S).SetAffinity, uint64(3)),
		"IDENTITY":          optRW((*S).Identity, (*S).SetIdentity, "gozmq-identity"),
		"ROUTING_ID":        optRW((*S).RoutingID, (*S).SetRoutingID, "gozmq-routing-id"),
		"SUBSCRIBE":         optWO((*S).SetSubscribe, "topic").on(zmq.SUB),
		"UNSUBSCRIBE":       optWO((*S).SetUnsubscribe, "topic").on(zmq.SUB),
		"RATE":              optRW((*S).Rate, (*S).SetRate, int64(200)),
		"RECOVERY_IVL":      optRW((*S).RecoveryIvl, (*S).SetRecoveryIvl, 3*time.Second),
		"RECOVERY_IVL_MSEC": optRW((*S).RecoveryIvlMsec, (*S).SetRecoveryIvlMsec, 2500*ms),
		"MCAST_LOOP":        optRW((*S).McastLoop, (*S).SetMcastLoop, false),
		"SNDBUF":            optRW((*S).SndBuf, (*S).SetSndBuf, uint64(65536)),
		"RCVBUF":            optRW((*S).RcvBuf, (*S).SetRcvBuf, uint64(32768)),
		"RCVMORE":           optRO((*S).RcvMore, false),
		"FD":                optRO((*S).Fd, nil),
		"EVENTS":            optRO((*S).Events, nil),
		"TYPE":              optRO((*S).Type, zmq.DEALER),
		"LINGER":            optRW((*S).Linger, (*S).SetLinger, 250*ms),
		"RECONNECT_IVL":     optRW((*S).ReconnectIvl, (*S).SetReconnectIvl, 150*ms),
		"BACKLOG":           rw((*S).Backlog, (*S).SetBacklog, 50),
		"RECONNECT_IVL_MAX": optRW((*S).ReconnectIvlMax, (*S).SetReconnectIvlMax, 3*time.Second),
		// 2.2
		"RCVTIMEO": optRW((*S).RcvTimeout, (*S).SetRcvTimeout, 1500*ms),
		"SNDTIMEO": optRW((*S).SndTimeout, (*S).SetSndTimeout, 1700*ms),
		// 3.x
		"MAXMSGSIZE":              optRW((*S).MaxMsgSize, (*S).SetMaxMsgSize, int64(1<<20)),
		"SNDHWM":                  rw((*S).SndHWM, (*S).SetSndHWM, 700),
		"RCVHWM":                  rw((*S).RcvHWM, (*S).SetRcvHWM, 800),
		"MULTICAST_HOPS":          rw((*S).MulticastHops, (*S).SetMulticastHops, 3),
		"IPV4ONLY":                optRW((*S).IPv4Only, (*S).SetIPv4Only, false),
		"LAST_ENDPOINT":           optRO((*S).LastEndpoint, ""),
		"ROUTER_MANDATORY":        optWO((*S).SetROUTERMandatory, true).on(zmq.ROUTER),
		"FAIL_UNROUTABLE":         optWO((*S).SetFailUnroutable, true).on(zmq.ROUTER),
		"ROUTER_BEHAVIOR":         optWO(optIntSet(zmq.ROUTER_BEHAVIOR), 1).on(zmq.ROUTER),
		"TCP_KEEPALIVE":           rw((*S).TCPKeepalive, (*S).SetTCPKeepalive, 1),
		"TCP_KEEPALIVE_CNT":       rw((*S).TCPKeepaliveCnt, (*S).SetTCPKeepaliveCnt, 5),
		"TCP_KEEPALIVE_IDLE":      rw((*S).TCPKeepaliveIdle, (*S).SetTCPKeepaliveIdle, 60),
		"TCP_KEEPALIVE_INTVL":     rw((*S).TCPKeepaliveIntvl, (*S).SetTCPKeepaliveIntvl, 10),
		"TCP_ACCEPT_FILTER":       optWO((*S).SetTCPAcceptFilter, "127.0.0.1"),
		"DELAY_ATTACH_ON_CONNECT": optRW((*S).DelayAttachOnConnect, (*S).SetDelayAttachOnConnect, true),
		"XPUB_VERBOSE":            optWO((*S).SetXPUBVerbose, true).on(zmq.XPUB),
		// 4.0
		"IMMEDIATE":       optRW((*S).Immediate, (*S).SetImmediate, true),
		"ROUTER_RAW":      optWO((*S).SetROUTERRaw, 1).on(zmq.ROUTER),
		"IPV6":            optRW((*S).Ipv6, (*S).SetIpv6, true),
		"MECHANISM":       optRO((*S).Mechanism, 0),
		"PLAIN_SERVER":    rw((*S).PlainServer, (*S).SetPlainServer, 1),
		"PLAIN_USERNAME":  optRW((*S).PlainUsername, (*S).SetPlainUsername, "user"),
		"PLAIN_PASSWORD":  optRW((*S).PlainPassword, (*S).SetPlainPassword, "secret"),
		"CURVE_SERVER":    rw((*S).CurveServer, (*S).SetCurveServer, 1).need("curve"),
		"CURVE_PUBLICKEY": optRW((*S).CurvePublickey, (*S).SetCurvePublickey, optClientPublic).need("curve"),
		"CURVE_SECRETKEY": optRW((*S).CurveSecretkey, (*S).SetCurveSecretkey, optServerSecret).need("curve"),
		"CURVE_SERVERKEY": optRW((*S).CurveServerkey, (*S).SetCurveServerkey, optServerPublic).need("curve"),
		"PROBE_ROUTER":    optWO((*S).SetProbeROUTER, 1),
		"REQ_CORRELATE":   optWO((*S).SetReqCorrelate, 1).on(zmq.REQ),
		"REQ_RELAXED":     optWO((*S).SetReqRelaxed, 1).on(zmq.REQ),
		"CONFLATE":        optRW((*S).Conflate, (*S).SetConflate, true),
		"ZAP_DOMAIN":      optRW((*S).ZapDomain, (*S).SetZapDomain, "global"),
		// 4.1
		"ROUTER_HANDOVER":          optWO((*S).SetROUTERHandover, true).on(zmq.ROUTER),
		"TOS":                      rw((*S).TOS, (*S).SetTOS, 0x10),
		"IPC_FILTER_PID":           ipcFilter(optWO((*S).SetIPCFilterPID, os.Getpid())),
		"IPC_FILTER_UID":           ipcFilter(optWO((*S).SetIPCFilterUID, os.Getuid())),
		"IPC_FILTER_GID":           ipcFilter(optWO((*S).SetIPCFilterGID, os.Getgid())),
		"CONNECT_RID":              optWO((*S).SetConnectRID, "peer-1").on(zmq.ROUTER),
		"CONNECT_ROUTING_ID":       optWO((*S).SetConnectRoutingID, "peer-2").on(zmq.ROUTER),
		"GSSAPI_SERVER":            optRW((*S).GSSAPIServer, (*S).SetGSSAPIServer, true).need("gssapi"),
		"GSSAPI_PRINCIPAL":         optRW((*S).GSSAPIPrincipal, (*S).SetGSSAPIPrincipal, "host/gozmq").need("gssapi"),
		"GSSAPI_SERVICE_PRINCIPAL": optRW((*S).GSSAPIServicePrincipal, (*S).SetGSSAPIServicePrincipal, "zmq/server").need("gssapi"),
		"GSSAPI_PLAINTEXT":         optRW((*S).GSSAPIPlaintext, (*S).SetGSSAPIPlaintext, true).need("gssapi"),
		"HANDSHAKE_IVL":            optRW((*S).HandshakeIvl, (*S).SetHandshakeIvl, 20*time.Second),
		"SOCKS_PROXY":              optRW((*S).SocksProxy, (*S).SetSocksProxy, "127.0.0.1:1080"),
		"XPUB_NODROP":              optWO((*S).SetXPUBNoDrop, true).on(zmq.XPUB),
		// 4.2
		"XPUB_MANUAL":          optWO((*S).SetXPUBManual, true).on(zmq.XPUB),
		"XPUB_WELCOME_MSG":     optWO((*S).SetXPUBWelcomeMsg, "welcome").on(zmq.XPUB),
		"STREAM_NOTIFY":        optWO((*S).SetStreamNotify, false).on(zmq.STREAM),
		"INVERT_MATCHING":      optRW((*S).InvertMatching, (*S).SetInvertMatching, true).on(zmq.SUB),
		"HEARTBEAT_IVL":        optRW((*S).HeartbeatIvl, (*S).SetHeartbeatIvl, 1500*ms),
		"HEARTBEAT_TTL":        optRW((*S).HeartbeatTTL, (*S).SetHeartbeatTTL, 2*time.Second),
		"HEARTBEAT_TIMEOUT":    optRW((*S).HeartbeatTimeout, (*S).SetHeartbeatTimeout, 2500*ms),
		"XPUB_VERBOSER":        optWO((*S).SetXPUBVerboser, true).on(zmq.XPUB),
		"CONNECT_TIMEOUT":      optRW((*S).ConnectTimeout, (*S).SetConnectTimeout, 1200*ms),
		"TCP_MAXRT":            optRW((*S).TCPMaxRT, (*S).SetTCPMaxRT, 3*time.Second),
		"THREAD_SAFE":          optRO((*S).ThreadSafe, false),
		"MULTICAST_MAXTPDU":    rw((*S).MulticastMaxTPDU, (*S).SetMulticastMaxTPDU, 1400),
		"VMCI_BUFFER_SIZE":     optWO((*S).SetVMCIBufferSize, uint64(65536)).need("?vmci"),
		"VMCI_BUFFER_MIN_SIZE": optWO((*S).SetVMCIBufferMinSize, uint64(4096)).need("?vmci"),
		"VMCI_BUFFER_MAX_SIZE": optWO((*S).SetVMCIBufferMaxSize, uint64(1<<20)).need("?vmci"),
		"VMCI_CONNECT_TIMEOUT": optWO((*S).SetVMCIConnectTimeout, 900*ms).need("?vmci"),
		"USE_FD":               rw((*S).UseFd, (*S).SetUseFd, 3),
		// 4.3
		"GSSAPI_PRINCIPAL_NAMETYPE":         rw((*S).GSSAPIPrincipalNametype, (*S).SetGSSAPIPrincipalNametype, 1).need("gssapi"),
		"GSSAPI_SERVICE_PRINCIPAL_NAMETYPE": rw((*S).GSSAPIServicePrincipalNametype, (*S).SetGSSAPIServicePrincipalNametype, 1).need("gssapi"),
		"BINDTODEVICE":                      optRW((*S).BindToDevice, (*S).SetBindToDevice, "lo"),
		// Draft API.
		"ZAP_ENFORCE_DOMAIN":       optRW((*S).ZapEnforceDomain, (*S).SetZapEnforceDomain, true).need("draft"),
		"LOOPBACK_FASTPATH":        optRW((*S).LoopbackFastpath, (*S).SetLoopbackFastpath, true).need("draft"),
		"METADATA":                 optWO((*S).SetMetadata, "X-Gozmq:yes").need("draft"),
		"MULTICAST_LOOP":           optRW((*S).MulticastLoop, (*S).SetMulticastLoop, false).need("draft"),
		"ROUTER_NOTIFY":            rw((*S).ROUTERNotify, (*S).SetROUTERNotify, zmq.NOTIFY_CONNECT|zmq.NOTIFY_DISCONNECT).on(zmq.ROUTER).need("draft"),
		"XPUB_MANUAL_LAST_VALUE":   optWO((*S).SetXPUBManualLastValue, true).on(zmq.XPUB).need("draft"),
		"SOCKS_USERNAME":           optRW((*S).SocksUsername, (*S).SetSocksUsername, "socks-user").need("draft"),
		"SOCKS_PASSWORD":           optRW((*S).SocksPassword, (*S).SetSocksPassword, "socks-pass").need("draft"),
		"IN_BATCH_SIZE":            rw((*S).InBatchSize, (*S).SetInBatchSize, 4096).need("draft"),
		"OUT_BATCH_SIZE":           rw((*S).OutBatchSize, (*S).SetOutBatchSize, 4096).need("draft"),
		"WSS_KEY_PEM":              optWO((*S).SetWSSKeyPEM, "-").need("draft", "?wss"),
		"WSS_CERT_PEM":             optWO((*S).SetWSSCertPEM, "-").need("draft", "?wss"),
		"WSS_TRUST_PEM":            optWO((*S).SetWSSTrustPEM, "-").need("draft", "?wss"),
		"WSS_HOSTNAME":             optWO((*S).SetWSSHostname, "localhost").need("draft", "?wss"),
		"WSS_TRUST_SYSTEM":         optWO((*S).SetWSSTrustSystem, true).need("draft", "?wss"),
		"ONLY_FIRST_SUBSCRIBE":     optWO((*S).SetOnlyFirstSubscribe, true).on(zmq.XPUB).need("draft"),
		"RECONNECT_STOP":           rw((*S).ReconnectStop, (*S).SetReconnectStop, zmq.RECONNECT_STOP_CONN_REFUSED).need("draft"),
		"HELLO_MSG":                optWO((*S).SetHelloMsg, "hello").on(zmq.ROUTER).need("draft"),
		"DISCONNECT_MSG":           optWO((*S).SetDisconnectMsg, "bye").on(zmq.ROUTER).need("draft"),
		"PRIORITY":                 rw((*S).Priority, (*S).SetPriority, 1).need("draft"),
		"BUSY_POLL":                optWO((*S).SetBusyPoll, true).need("draft"), // libzmq cannot read it back
		"HICCUP_MSG":               optWO((*S).SetHiccupMsg, "hiccup").need("draft"),
		"XSUB_VERBOSE_UNSUBSCRIBE": optWO((*S).SetXSUBVerboseUnsubscribe, true).on(zmq.XSUB).need("draft"),
		"TOPICS_COUNT":             optRO((*S).TopicsCount, 0).on(zmq.XPUB).need("draft"),
		"NORM_MODE":                rw((*S).NormMode, (*S).SetNormMode, zmq.NORM_CCL).need("draft", "norm"),
		"NORM_UNICAST_NACK":        optRW((*S).NormUnicastNack, (*S).SetNormUnicastNack, true).need("draft", "norm"),
		"NORM_BUFFER_SIZE":         rw((*S).NormBufferSize, (*S).SetNormBufferSize, 4096).need("draft", "norm"),
		"NORM_SEGMENT_SIZE":        rw((*S).NormSegmentSize, (*S).SetNormSegmentSize, 1400).need("draft", "norm"),
		"NORM_BLOCK_SIZE":          rw((*S).NormBlockSize, (*S).SetNormBlockSize, 16).need("draft", "norm"),
		"NORM_NUM_PARITY":          rw((*S).NormNumParity, (*S).SetNormNumParity, 4).need("draft", "norm"),
		"NORM_NUM_AUTOPARITY":      rw((*S).NormNumAutoparity, (*S).SetNormNumAutoparity, 2).need("draft", "norm"),
		"NORM_PUSH":                optRW((*S).NormPush, (*S).SetNormPush, true).need("draft", "norm"),
	}
}

// optTable returns the loaded release's table.
func optTable(t *testing.T) (*versions.Table, versions.Version) {
	t.Helper()
	a, b, c := zmq.Version()
	v := versions.V(a, b, c)
	tab := versions.For(v)
	require.NotNil(t, tab, "no table for libzmq %v", v)
	return tab, v
}

// optSupported says whether the loaded library should accept spec's
// option: "yes", "no" (it must fail with EINVAL) or "maybe" (it may
// fail, only with EINVAL).
func optSupported(spec optSpec) string {
	res := "yes"
	for _, c := range spec.needs {
		if strings.HasPrefix(c, "?") {
			if res == "yes" {
				res = "maybe"
			}
			continue
		}
		if c == "draft" && !zmq.Has(c) {
			res = "maybe"
			continue
		}
		if !zmq.Has(c) {
			return "no"
		}
	}
	return res
}

// optGeneric reads option c through the generic getter matching its C
// type, as int64 or string.
func optGeneric(s *zmq.Socket, c versions.Const) (any, error) {
	switch c.Type {
	case versions.Int, versions.Uint32, versions.Fd:
		v, err := s.GetSockOptInt(zmq.IntSocketOption(c.Num))
		return int64(v), err
	case versions.Int64:
		return s.GetSockOptInt64(zmq.Int64SocketOption(c.Num))
	case versions.Uint64:
		v, err := s.GetSockOptUInt64(zmq.UInt64SocketOption(c.Num))
		return int64(v), err
	default:
		return s.GetSockOptString(zmq.StringSocketOption(c.Num))
	}
}

// optSetGeneric writes raw to option c through the generic setter
// matching its C type.
func optSetGeneric(s *zmq.Socket, c versions.Const, raw any) error {
	switch c.Type {
	case versions.Int, versions.Uint32, versions.Fd:
		return s.SetSockOptInt(zmq.IntSocketOption(c.Num), int(raw.(int64)))
	case versions.Int64:
		return s.SetSockOptInt64(zmq.Int64SocketOption(c.Num), raw.(int64))
	case versions.Uint64:
		return s.SetSockOptUInt64(zmq.UInt64SocketOption(c.Num), uint64(raw.(int64)))
	default:
		return s.SetSockOptString(zmq.StringSocketOption(c.Num), raw.(string))
	}
}

// TestOptionsEveryOption reads, and writes and reads back, every socket
// option of the loaded release, once through its typed accessor and
// once through the generic GetSockOpt*/SetSockOpt* call for its C type.
func TestOptionsEveryOption(t *testing.T) {
	tab, v := optTable(t)
	specs := optSpecs()
	names := make([]string, 0, len(tab.SocketOptions))
	for name := range tab.SocketOptions {
		if _, ok := versions.Lookup(tab.SocketOptions, name, v); ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	ctx := newContext(t)
	for _, name := range names {
		c := tab.SocketOptions[name]
		t.Run(name, func(t *testing.T) {
			spec, ok := specs[name]
			require.True(t, ok, "options_test.go has no spec for socket option %s", name)
			if spec.sock == zmq.STREAM && v.Major < 4 {
				t.Skip("no STREAM socket")
			}
			sup := optSupported(spec)

			typed := newSocket(t, ctx, spec.sock)
			if spec.set != nil {
				err := spec.set(typed)
				if !optAcceptUnsupported(t, name, sup, err) {
					return
				}
			}
			if spec.get != nil {
				got, err := spec.get(typed)
				require.NoError(t, err, "typed get %s", name)
				if spec.want != nil {
					if name == "TYPE" {
						assert.Equal(t, spec.sock, got)
					} else {
						assert.Equal(t, spec.want, got, "typed round trip %s", name)
					}
				}
			}

			generic := newSocket(t, ctx, spec.sock)
			if spec.set != nil {
				require.NoError(t, optSetGeneric(generic, c, spec.raw), "generic set %s (%v)", name, c.Type)
			}
			if spec.get != nil {
				got, err := optGeneric(generic, c)
				require.NoError(t, err, "generic get %s (%v)", name, c.Type)
				switch {
				case name == "TYPE":
					assert.Equal(t, int64(spec.sock), got)
				case spec.raw != nil:
					assert.Equal(t, spec.raw, got, "generic round trip %s (%v)", name, c.Type)
				}
			}
		})
	}
}

// optAcceptUnsupported checks the result of setting an option the
// library may lack support for, and reports whether to go on.
func optAcceptUnsupported(t *testing.T, name, sup string, err error) bool {
	t.Helper()
	switch sup {
	case "no":
		require.ErrorIs(t, err, zmq.EINVAL, "%s needs a capability this libzmq lacks", name)
		t.Logf("%s: unsupported by this build, as expected: %v", name, err)
		return false
	case "maybe":
		if err != nil {
			require.ErrorIs(t, err, zmq.EINVAL, "%s", name)
			t.Logf("%s: unsupported by this build: %v", name, err)
			return false
		}
	}
	require.NoError(t, err, "set %s", name)
	return true
}

// optFirst returns the first release that has the named option, as the
// version error names it.
func optFirst(name string) string {
	for _, tab := range versions.Tables {
		if c, ok := tab.SocketOptions[name]; ok && c.Type != versions.Absent {
			if c.Since != (versions.Version{}) {
				return c.Since.String()
			}
			return fmt.Sprintf("%d.%d", tab.First.Major, tab.First.Minor)
		}
	}
	return ""
}

// TestOptionsVersionErrors uses every option number the loaded release
// lacks and expects the *VersionError that names the release that added
// or removed it.
func TestOptionsVersionErrors(t *testing.T) {
	tab, v := optTable(t)
	present := map[int]bool{}
	for name, c := range tab.SocketOptions {
		if _, ok := versions.Lookup(tab.SocketOptions, name, v); ok {
			present[c.Num] = true
		}
	}
	// The HWM family maps across the 2.x/3.x split instead of failing.
	if v.Major < 3 {
		present[int(zmq.SNDHWM)], present[int(zmq.RCVHWM)] = true, true
	} else {
		present[int(zmq.HWM)] = true
	}
	byNum := map[int]versions.Const{}
	for _, other := range versions.Tables {
		for _, c := range other.SocketOptions {
			if c.Type != versions.Absent && !present[c.Num] {
				byNum[c.Num] = c
			}
		}
	}
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.DEALER)
	checked := 0
	for num, c := range byNum {
		check := func(what string, err error) {
			var ve *zmq.VersionError
			require.True(t, errors.As(err, &ve), "option %d %s: want *VersionError, got %T %v", num, what, err, err)
			assert.ErrorIs(t, err, errors.ErrUnsupported)
			assert.Equal(t, v.String(), ve.Loaded)
			name := strings.TrimPrefix(strings.TrimSuffix(ve.Feature, " (draft API)"), "socket option ")
			if ve.Removed {
				assert.Contains(t, err.Error(), "was removed in libzmq "+ve.Need)
				assert.NotEmpty(t, optFirst(name), "%v", err)
			} else {
				assert.Contains(t, err.Error(), "needs libzmq >= "+ve.Need)
				assert.True(t, strings.HasPrefix(ve.Need, optFirst(name)), "option %s: %v, first release %s", name, err, optFirst(name))
			}
			checked++
		}
		_, err := optGeneric(s, c)
		check("get", err)
		raw := any(int64(1))
		if c.Type == versions.Bytes || c.Type == versions.String || c.Type == versions.Key {
			raw = "x"
		}
		check("set", optSetGeneric(s, c, raw))
	}
	t.Logf("checked %d version errors on %v", checked, v)

	// Typed accessors take the same path.
	switch {
	case v.Major < 3:
		err := s.SetTCPKeepalive(1)
		require.ErrorContains(t, err, "socket option TCP_KEEPALIVE needs libzmq >= 3.2, loaded "+v.String())
		_, err = s.TOS()
		require.ErrorContains(t, err, "socket option TOS needs libzmq >= 4.1, loaded "+v.String())
	default:
		_, err := s.Swap()
		require.ErrorContains(t, err, "socket option SWAP was removed in libzmq 3.x; loaded "+v.String())
		require.ErrorContains(t, s.SetMcastLoop(true), "socket option MCAST_LOOP was removed in libzmq 3.x")
	}
	if !(v.Major > 4 || v.Major == 4 && v.Minor >= 2) {
		_, err := s.HeartbeatIvl()
		require.ErrorContains(t, err, "socket option HEARTBEAT_IVL needs libzmq >= 4.2.0")
	}
}

// TestOptionsRcvMoreBothTypes reads RCVMORE both ways gozmq allowed:
// as an int (its 3.x build) and as a uint64 (its 2.x build).
func TestOptionsRcvMoreBothTypes(t *testing.T) {
	ctx := newContext(t)
	ep := endpoint(t, "inproc")
	a := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, a.Bind(ep))
	b := newSocket(t, ctx, zmq.PAIR)
	require.NoError(t, b.Connect(ep))
	sendWithin(t, a, []byte("one"), zmq.SNDMORE)
	sendWithin(t, a, []byte("two"), 0)

	require.Equal(t, []byte("one"), recvWithin(t, b))
	i, err := b.GetSockOptInt(zmq.RCVMORE)
	require.NoError(t, err)
	assert.Equal(t, 1, i)
	u, err := b.GetSockOptUInt64(zmq.RCVMORE)
	require.NoError(t, err)
	assert.Equal(t, uint64(1), u)
	more, err := b.RcvMore()
	require.NoError(t, err)
	assert.True(t, more)

	require.Equal(t, []byte("two"), recvWithin(t, b))
	i, err = b.GetSockOptInt(zmq.RCVMORE)
	require.NoError(t, err)
	assert.Equal(t, 0, i)
	u, err = b.GetSockOptUInt64(zmq.RCVMORE)
	require.NoError(t, err)
	assert.Equal(t, uint64(0), u)
}

// TestOptionsHWMFamily checks that HWM, SNDHWM and RCVHWM work on every
// release: SetHWM sets both limits on 3.x+, and SetSndHWM sets the one
// HWM on 2.x.
func TestOptionsHWMFamily(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.DEALER)
	require.NoError(t, s.SetHWM(100))
	for _, get := range []func() (int, error){s.SndHWM, s.RcvHWM} {
		n, err := get()
		require.NoError(t, err)
		assert.Equal(t, 100, n)
	}
	h, err := s.HWM()
	require.NoError(t, err)
	assert.Equal(t, uint64(100), h)

	require.NoError(t, s.SetSndHWM(200))
	snd, err := s.SndHWM()
	require.NoError(t, err)
	assert.Equal(t, 200, snd)
	rcv, err := s.RcvHWM()
	require.NoError(t, err)
	h, err = s.HWM()
	require.NoError(t, err)
	if major, _, _ := zmq.Version(); major < 3 {
		assert.Equal(t, 200, rcv, "2.x has one HWM for both directions")
		assert.Equal(t, uint64(200), h)
	} else {
		assert.Equal(t, 100, rcv, "SetSndHWM must not change RCVHWM")
		assert.Equal(t, uint64(200), h, "HWM reads SNDHWM")
	}
	// A negative HWM fits no release: uint64 on 2.x, and libzmq rejects
	// it on 3.x+.
	require.ErrorIs(t, s.SetSndHWM(-5), zmq.EINVAL)
	// 3.x+ keeps HWM in an int.
	if major, _, _ := zmq.Version(); major >= 3 {
		require.ErrorIs(t, s.SetHWM(1<<40), zmq.EINVAL)
	}
}

// TestOptionsWrongValues checks that values that do not fit the
// option's C type, and unknown options, are EINVAL.
func TestOptionsWrongValues(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.DEALER)
	// LINGER is an int in every release.
	require.ErrorIs(t, s.SetSockOptInt64(zmq.Int64SocketOption(zmq.LINGER), 1<<40), zmq.EINVAL)
	require.ErrorIs(t, s.SetLinger(time.Duration(math.MaxInt64)), zmq.EINVAL)
	// AFFINITY is a uint64 in every release.
	require.ErrorIs(t, s.SetSockOptInt(zmq.IntSocketOption(zmq.AFFINITY), -1), zmq.EINVAL)
	require.ErrorIs(t, s.SetSockOptInt64(zmq.Int64SocketOption(zmq.AFFINITY), -1), zmq.EINVAL)
	// A uint64 above MaxInt64 fits only uint64 options.
	require.NoError(t, s.SetSockOptUInt64(zmq.AFFINITY, math.MaxUint64))
	aff, err := s.Affinity()
	require.NoError(t, err)
	assert.Equal(t, uint64(math.MaxUint64), aff)
	require.ErrorIs(t, s.SetSockOptUInt64(zmq.UInt64SocketOption(zmq.LINGER), math.MaxUint64), zmq.EINVAL)
	// A string option is not a number and the other way round.
	require.ErrorIs(t, s.SetSockOptInt(zmq.IntSocketOption(zmq.IDENTITY), 1), zmq.EINVAL)
	require.ErrorIs(t, s.SetSockOptString(zmq.StringSocketOption(zmq.LINGER), "x"), zmq.EINVAL)
	// Unknown option numbers.
	for _, num := range []int{0, 2, 9999, -1} {
		_, err := s.GetSockOptInt(zmq.IntSocketOption(num))
		require.ErrorIs(t, err, zmq.EINVAL, "get option %d", num)
		require.ErrorIs(t, s.SetSockOptInt(zmq.IntSocketOption(num), 1), zmq.EINVAL, "set option %d", num)
		_, err = s.GetSockOptString(zmq.StringSocketOption(num))
		require.ErrorIs(t, err, zmq.EINVAL)
	}
	// libzmq's own range checks come back as EINVAL too: an identity is
	// 1 to 255 bytes.
	require.ErrorIs(t, s.SetIdentity(strings.Repeat("x", 256)), syscall.EINVAL)
}

// TestOptionsDurations checks the millisecond conversion: negative
// means infinite (-1 both ways) and a positive duration is rounded up.
func TestOptionsDurations(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.DEALER)
	cases := []struct {
		set, want time.Duration
		ms        int
	}{
		{-1, -1, -1},
		{-5 * time.Second, -1, -1},
		{0, 0, 0},
		{1, time.Millisecond, 1},
		{1500 * time.Microsecond, 2 * time.Millisecond, 2},
		{3 * time.Second, 3 * time.Second, 3000},
	}
	for _, c := range cases {
		require.NoError(t, s.SetLinger(c.set))
		got, err := s.Linger()
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "SetLinger(%v)", c.set)
		ms, err := s.GetSockOptInt(zmq.LINGER)
		require.NoError(t, err)
		assert.Equal(t, c.ms, ms, "LINGER in milliseconds after SetLinger(%v)", c.set)
	}
	needVersion(t, 2, 2, 0, func() error { return s.SetRcvTimeout(time.Second) })
	require.NoError(t, s.SetRcvTimeout(-time.Hour))
	d, err := s.RcvTimeout()
	require.NoError(t, err)
	assert.Equal(t, time.Duration(-1), d)
	require.NoError(t, s.SetSndTimeout(10*time.Millisecond))
	d, err = s.SndTimeout()
	require.NoError(t, err)
	assert.Equal(t, 10*time.Millisecond, d)
}

// TestOptionsRecoveryIvl2x checks RecoveryIvl on 2.x, where the option
// is in seconds and RECOVERY_IVL_MSEC overrides it when set.
func TestOptionsRecoveryIvl2x(t *testing.T) {
	if major, _, _ := zmq.Version(); major >= 3 {
		t.Skip("2.x only")
	}
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.DEALER)
	require.NoError(t, s.SetSockOptInt64(zmq.RECOVERY_IVL, 7))
	d, err := s.RecoveryIvl()
	require.NoError(t, err)
	assert.Equal(t, 7*time.Second, d, "RECOVERY_IVL_MSEC unset: seconds option applies")
	require.NoError(t, s.SetRecoveryIvl(1200*time.Millisecond))
	d, err = s.RecoveryIvl()
	require.NoError(t, err)
	assert.Equal(t, 1200*time.Millisecond, d)
	sec, err := s.GetSockOptInt64(zmq.RECOVERY_IVL)
	require.NoError(t, err)
	assert.Equal(t, int64(7), sec)
}

// TestOptionsSocketTypes reads TYPE for every socket type the release
// has.
func TestOptionsSocketTypes(t *testing.T) {
	ctx := newContext(t)
	types := []zmq.SocketType{zmq.PAIR, zmq.PUB, zmq.SUB, zmq.REQ, zmq.REP, zmq.DEALER, zmq.ROUTER, zmq.PULL, zmq.PUSH, zmq.XPUB, zmq.XSUB}
	if major, _, _ := zmq.Version(); major >= 4 {
		types = append(types, zmq.STREAM)
	}
	for _, typ := range types {
		s := newSocket(t, ctx, typ)
		got, err := s.Type()
		require.NoError(t, err)
		assert.Equal(t, typ, got)
	}
}

// TestOptionsLastEndpoint checks LAST_ENDPOINT after a bind.
func TestOptionsLastEndpoint(t *testing.T) {
	ctx := newContext(t)
	s := newSocket(t, ctx, zmq.PULL)
	needVersion(t, 3, 2, 0, func() error { _, err := s.LastEndpoint(); return err })
	ep := endpoint(t, "tcp")
	require.NoError(t, s.Bind(ep))
	got, err := s.LastEndpoint()
	require.NoError(t, err)
	assert.Equal(t, ep, got)
}

// TestOptionsContext reads and writes every context option of the
// loaded release by name.
func TestOptionsContext(t *testing.T) {
	tab, v := optTable(t)
	type ctxSpec struct {
		set, want int
		// ro, wo: libzmq can only read, or only write, it.
		ro, wo bool
		needs  string
	}
	specs := map[string]ctxSpec{
		"IO_THREADS":                 {set: 2, want: 2},
		"MAX_SOCKETS":                {set: 512, want: 512},
		"SOCKET_LIMIT":               {ro: true},
		"THREAD_PRIORITY":            {set: 1, wo: true},
		"THREAD_SCHED_POLICY":        {set: 0, wo: true},
		"MAX_MSGSZ":                  {set: 1 << 20, want: 1 << 20},
		"MSG_T_SIZE":                 {ro: true, want: 64},
		"THREAD_AFFINITY_CPU_ADD":    {set: 0, wo: true},
		"THREAD_AFFINITY_CPU_REMOVE": {set: 0, wo: true},
		"THREAD_NAME_PREFIX":         {set: 7, want: 7},
		"ZERO_COPY_RECV":             {set: 0, want: 0, needs: "draft"},
		"IPV6":                       {set: 1, want: 1},
		"BLOCKY":                     {set: 0, want: 0},
	}
	names := []string{}
	for name := range tab.ContextOptions {
		if _, ok := versions.Lookup(tab.ContextOptions, name, v); ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			spec, ok := specs[name]
			require.True(t, ok, "no spec for context option %s", name)
			ctx := newContext(t)
			if name == "THREAD_AFFINITY_CPU_REMOVE" {
				// Only a CPU added before can be removed.
				require.NoError(t, ctx.SetInt("THREAD_AFFINITY_CPU_ADD", spec.set))
			}
			if !spec.ro {
				err := ctx.SetInt(name, spec.set)
				if spec.needs == "draft" && !zmq.Has("draft") && err != nil {
					// Without the draft API libzmq may or may not
					// know the option.
					require.ErrorIs(t, err, zmq.EINVAL)
					return
				}
				require.NoError(t, err, "SetInt(%q)", name)
			}
			if !spec.wo {
				got, err := ctx.GetInt(name)
				require.NoError(t, err, "GetInt(%q)", name)
				if !spec.ro || spec.want != 0 {
					assert.Equal(t, spec.want, got, name)
				}
			}
		})
	}
	ctx := newContext(t)
	_, err := ctx.GetInt("NO_SUCH_OPTION")
	require.ErrorIs(t, err, zmq.EINVAL)
	require.ErrorIs(t, ctx.SetInt("NO_SUCH_OPTION", 1), zmq.EINVAL)
	if v.Major < 3 {
		_, err := ctx.GetInt("MAX_SOCKETS")
		require.ErrorContains(t, err, "context option MAX_SOCKETS needs libzmq >= 3.2")
		// IO_THREADS works on 2.x too, through zmq_init.
		require.NoError(t, ctx.SetIOThreads(2))
		n, err := ctx.IOThreads()
		require.NoError(t, err)
		assert.Equal(t, 2, n)
	}
	if v.Less(versions.V(4, 2, 0)) {
		err := ctx.SetInt("BLOCKY", 0)
		var ve *zmq.VersionError
		require.True(t, errors.As(err, &ve), "%v", err)
		require.ErrorContains(t, err, "context option BLOCKY needs libzmq >= 4.2.0")
	}
}
