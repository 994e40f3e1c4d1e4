// Package loader finds libzmq at run time, opens it without cgo, resolves
// the symbols the binding may use and reads the library's version.
//
// A symbol the loaded release lacks is recorded as 0 in Funcs: it is an
// absent capability that the zmq package reports as an error naming the
// release that has it, never a crash.
package loader

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"unsafe"

	"github.com/gozmq/gozmq/internal/ccall"
	"github.com/gozmq/gozmq/versions"
)

// EnvLibrary names the environment variable that overrides the search:
// a path to a libzmq shared library, or a soname the dynamic linker
// finds.
const EnvLibrary = "ZMQ_LIBRARY"

// Lib is an opened libzmq.
type Lib struct {
	// Name is the name or path the library was opened by.
	Name string
	// Path is the file the dynamic linker mapped, when it can be found
	// (on Linux from /proc/self/maps); otherwise it equals Name.
	Path string
	// Version is what zmq_version reported.
	Version versions.Version
	// Table is the constant table of the library's API generation.
	Table *versions.Table
	// Fn holds the resolved C function addresses; 0 means absent.
	Fn Funcs
}

// Funcs holds the address of every libzmq function the binding may call.
// A zero field means the loaded library does not export that function.
type Funcs struct {
	Version, Errno, Strerror uintptr

	Init, Term                                   uintptr // 2.x (and kept, deprecated, later)
	CtxNew, CtxTerm, CtxDestroy, CtxShutdown     uintptr
	CtxSet, CtxGet                               uintptr
	Socket, Close, Setsockopt, Getsockopt        uintptr
	Bind, Connect, Unbind, Disconnect            uintptr
	Send, Recv, SendConst, Sendmsg, Recvmsg      uintptr
	MsgSend, MsgRecv                             uintptr
	MsgInit, MsgInitSize, MsgInitData, MsgClose  uintptr
	MsgData, MsgSize, MsgMove, MsgCopy, MsgMore  uintptr
	MsgGet, MsgSet, MsgGets                      uintptr
	Poll, Proxy, ProxySteerable, Device          uintptr
	SocketMonitor, Has                           uintptr
	Z85Encode, Z85Decode, CurveKeypair, CurvePub uintptr

	// Draft API, exported only by a libzmq 4.2+ built with ENABLE_DRAFTS.
	Join, Leave, MsgSetRoutingID, MsgRoutingID, MsgSetGroup, MsgGroup uintptr
}

// symbols pairs each C name with the field that receives its address.
func (f *Funcs) symbols() map[string]*uintptr {
	return map[string]*uintptr{
		"zmq_version": &f.Version, "zmq_errno": &f.Errno, "zmq_strerror": &f.Strerror,
		"zmq_init": &f.Init, "zmq_term": &f.Term,
		"zmq_ctx_new": &f.CtxNew, "zmq_ctx_term": &f.CtxTerm, "zmq_ctx_destroy": &f.CtxDestroy,
		"zmq_ctx_shutdown": &f.CtxShutdown, "zmq_ctx_set": &f.CtxSet, "zmq_ctx_get": &f.CtxGet,
		"zmq_socket": &f.Socket, "zmq_close": &f.Close,
		"zmq_setsockopt": &f.Setsockopt, "zmq_getsockopt": &f.Getsockopt,
		"zmq_bind": &f.Bind, "zmq_connect": &f.Connect, "zmq_unbind": &f.Unbind, "zmq_disconnect": &f.Disconnect,
		"zmq_send": &f.Send, "zmq_recv": &f.Recv, "zmq_send_const": &f.SendConst,
		"zmq_sendmsg": &f.Sendmsg, "zmq_recvmsg": &f.Recvmsg,
		"zmq_msg_send": &f.MsgSend, "zmq_msg_recv": &f.MsgRecv,
		"zmq_msg_init": &f.MsgInit, "zmq_msg_init_size": &f.MsgInitSize, "zmq_msg_init_data": &f.MsgInitData,
		"zmq_msg_close": &f.MsgClose, "zmq_msg_data": &f.MsgData, "zmq_msg_size": &f.MsgSize,
		"zmq_msg_move": &f.MsgMove, "zmq_msg_copy": &f.MsgCopy, "zmq_msg_more": &f.MsgMore,
		"zmq_msg_get": &f.MsgGet, "zmq_msg_set": &f.MsgSet, "zmq_msg_gets": &f.MsgGets,
		"zmq_poll": &f.Poll, "zmq_proxy": &f.Proxy, "zmq_proxy_steerable": &f.ProxySteerable,
		"zmq_device": &f.Device, "zmq_socket_monitor": &f.SocketMonitor, "zmq_has": &f.Has,
		"zmq_join": &f.Join, "zmq_leave": &f.Leave,
		"zmq_msg_set_routing_id": &f.MsgSetRoutingID, "zmq_msg_routing_id": &f.MsgRoutingID,
		"zmq_msg_set_group": &f.MsgSetGroup, "zmq_msg_group": &f.MsgGroup,
		"zmq_z85_encode": &f.Z85Encode, "zmq_z85_decode": &f.Z85Decode,
		"zmq_curve_keypair": &f.CurveKeypair, "zmq_curve_public": &f.CurvePub,
	}
}

// NotFoundError reports that no libzmq could be opened.
type NotFoundError struct {
	// Tried lists every name or path tried, in order.
	Tried []string
	// Reasons holds the dynamic linker's message for each entry of Tried.
	Reasons []string
}

// Error lists every name tried and how to install libzmq.
func (e *NotFoundError) Error() string {
	var b strings.Builder
	b.WriteString("gozmq: libzmq not found; tried ")
	for i, t := range e.Tried {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(t)
		if i < len(e.Reasons) && e.Reasons[i] != "" {
			fmt.Fprintf(&b, " (%s)", e.Reasons[i])
		}
	}
	b.WriteString(". ")
	b.WriteString(installHint)
	return b.String()
}

// ErrNotFound matches every NotFoundError with errors.Is.
var ErrNotFound = errors.New("gozmq: libzmq not found")

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// Candidates returns the names Load tries, in order: ZMQ_LIBRARY alone
// when it is set, else the platform's sonames, newest ABI first (on
// Windows, the DLL names without a release, then every libzmq DLL found
// next to the executable and on PATH).
func Candidates() []string {
	if v := os.Getenv(EnvLibrary); v != "" {
		return []string{v}
	}
	names := append([]string(nil), defaultNames...)
	if searchedNames != nil {
		names = append(names, searchedNames()...)
	}
	return names
}

// searchedNames, when set (on Windows), lists libzmq files found by
// searching directories, tried after defaultNames: there the file names
// carry the release, so no fixed list can hold them.
var searchedNames func() []string

var (
	once    sync.Once
	loaded  *Lib
	loadErr error
)

// Load opens libzmq once per process and returns it; later calls return
// the same library or the same error.
func Load() (*Lib, error) {
	once.Do(func() { loaded, loadErr = load(Candidates()) })
	return loaded, loadErr
}

func load(names []string) (*Lib, error) {
	nf := &NotFoundError{}
	for _, name := range names {
		h, err := dlopen(name)
		if err != nil {
			nf.Tried = append(nf.Tried, name)
			nf.Reasons = append(nf.Reasons, err.Error())
			continue
		}
		return open(name, h)
	}
	return nil, nf
}

// open resolves the symbols of an opened library and checks its version.
func open(name string, h uintptr) (*Lib, error) {
	l := &Lib{Name: name, Path: name}
	for sym, field := range l.Fn.symbols() {
		*field = dlsym(h, sym)
	}
	if l.Fn.Version == 0 || l.Fn.Errno == 0 {
		return nil, fmt.Errorf("gozmq: %s does not export zmq_version and zmq_errno: not a libzmq. %s", name, installHint)
	}
	ccall.ErrnoFunc = l.Fn.Errno
	var major, minor, patch int32
	ccall.Call(l.Fn.Version, uintptr(unsafe.Pointer(&major)), uintptr(unsafe.Pointer(&minor)), uintptr(unsafe.Pointer(&patch)), 0, 0, 0)
	l.Version = versions.V(int(major), int(minor), int(patch))
	l.Table = versions.For(l.Version)
	if l.Table == nil {
		return nil, fmt.Errorf("gozmq: %s is libzmq %s; gozmq needs libzmq 2.1 or newer", name, l.Version)
	}
	if p := mappedPath(l.Fn.Version); p != "" {
		l.Path = p
	}
	return l, nil
}
