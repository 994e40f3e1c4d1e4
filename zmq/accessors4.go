package zmq

import "time"

// Typed accessors for the socket options that appeared in libzmq 4.1 and
// later, which the cgo gozmq never had; they follow accessors.go's style
// and rules (durations, *VersionError on releases that lack an option).
// Options libzmq can only set have no getter, and read-only ones no
// setter.

// RoutingID returns the socket's routing id (ZMQ_ROUTING_ID, the 4.2.3
// name of ZMQ_IDENTITY; works on every release).
func (s *Socket) RoutingID() (string, error) {
	return s.GetSockOptString(ROUTING_ID)
}

// SetRoutingID sets the socket's routing id (ZMQ_ROUTING_ID, the 4.2.3
// name of ZMQ_IDENTITY; works on every release).
func (s *Socket) SetRoutingID(value string) error {
	return s.SetSockOptString(ROUTING_ID, value)
}

// SetROUTERHandover lets a new connection with an identity already in
// use take it over from the old one (ZMQ_ROUTER_HANDOVER, 4.1).
func (s *Socket) SetROUTERHandover(value bool) error {
	return s.setBoolOpt(int(ROUTER_HANDOVER), value)
}

// TOS returns the IP type-of-service byte of the socket's connections
// (ZMQ_TOS, 4.1).
func (s *Socket) TOS() (int, error) {
	return s.GetSockOptInt(TOS)
}

// SetTOS sets the IP type-of-service byte of later connections
// (ZMQ_TOS, 4.1).
func (s *Socket) SetTOS(value int) error {
	return s.SetSockOptInt(TOS, value)
}

// SetIPCFilterPID accepts IPC connections only from processes with this
// id; each call adds one (ZMQ_IPC_FILTER_PID, 4.1; deprecated in favour
// of ZAP; Linux only).
func (s *Socket) SetIPCFilterPID(value int) error {
	return s.SetSockOptInt(IPC_FILTER_PID, value)
}

// SetIPCFilterUID accepts IPC connections only from processes of this
// user; each call adds one (ZMQ_IPC_FILTER_UID, 4.1; deprecated).
func (s *Socket) SetIPCFilterUID(value int) error {
	return s.SetSockOptInt(IPC_FILTER_UID, value)
}

// SetIPCFilterGID accepts IPC connections only from processes of this
// group; each call adds one (ZMQ_IPC_FILTER_GID, 4.1; deprecated).
func (s *Socket) SetIPCFilterGID(value int) error {
	return s.SetSockOptInt(IPC_FILTER_GID, value)
}

// SetConnectRID gives the peer of the next Connect of a ROUTER or STREAM
// socket this routing id (ZMQ_CONNECT_RID, 4.1).
func (s *Socket) SetConnectRID(value string) error {
	return s.SetSockOptString(CONNECT_RID, value)
}

// SetConnectRoutingID is SetConnectRID under the option's 4.2.3 name
// (ZMQ_CONNECT_ROUTING_ID).
func (s *Socket) SetConnectRoutingID(value string) error {
	return s.SetSockOptString(CONNECT_ROUTING_ID, value)
}

// GSSAPIServer reports whether the socket is a GSSAPI server
// (ZMQ_GSSAPI_SERVER, 4.1; needs libzmq built with GSSAPI).
func (s *Socket) GSSAPIServer() (bool, error) {
	return s.boolOpt(int(GSSAPI_SERVER))
}

// SetGSSAPIServer makes the socket a GSSAPI server (ZMQ_GSSAPI_SERVER,
// 4.1; needs libzmq built with GSSAPI).
func (s *Socket) SetGSSAPIServer(value bool) error {
	return s.setBoolOpt(int(GSSAPI_SERVER), value)
}

// GSSAPIPrincipal returns the socket's GSSAPI principal
// (ZMQ_GSSAPI_PRINCIPAL, 4.1; needs GSSAPI).
func (s *Socket) GSSAPIPrincipal() (string, error) {
	return s.GetSockOptString(GSSAPI_PRINCIPAL)
}

// SetGSSAPIPrincipal sets the socket's GSSAPI principal
// (ZMQ_GSSAPI_PRINCIPAL, 4.1; needs GSSAPI).
func (s *Socket) SetGSSAPIPrincipal(value string) error {
	return s.SetSockOptString(GSSAPI_PRINCIPAL, value)
}

// GSSAPIServicePrincipal returns the server principal a GSSAPI client
// talks to (ZMQ_GSSAPI_SERVICE_PRINCIPAL, 4.1; needs GSSAPI).
func (s *Socket) GSSAPIServicePrincipal() (string, error) {
	return s.GetSockOptString(GSSAPI_SERVICE_PRINCIPAL)
}

// SetGSSAPIServicePrincipal sets the server principal a GSSAPI client
// talks to (ZMQ_GSSAPI_SERVICE_PRINCIPAL, 4.1; needs GSSAPI).
func (s *Socket) SetGSSAPIServicePrincipal(value string) error {
	return s.SetSockOptString(GSSAPI_SERVICE_PRINCIPAL, value)
}

// GSSAPIPlaintext reports whether GSSAPI leaves messages unencrypted
// (ZMQ_GSSAPI_PLAINTEXT, 4.1; needs GSSAPI).
func (s *Socket) GSSAPIPlaintext() (bool, error) {
	return s.boolOpt(int(GSSAPI_PLAINTEXT))
}

// SetGSSAPIPlaintext makes GSSAPI leave messages unencrypted
// (ZMQ_GSSAPI_PLAINTEXT, 4.1; needs GSSAPI).
func (s *Socket) SetGSSAPIPlaintext(value bool) error {
	return s.setBoolOpt(int(GSSAPI_PLAINTEXT), value)
}

// GSSAPIPrincipalNametype returns how the GSSAPI principal name is to
// be read (ZMQ_GSSAPI_PRINCIPAL_NAMETYPE, 4.3): 0 host-based, 1 user
// name, 2 Kerberos.
func (s *Socket) GSSAPIPrincipalNametype() (int, error) {
	return s.GetSockOptInt(GSSAPI_PRINCIPAL_NAMETYPE)
}

// SetGSSAPIPrincipalNametype sets how the GSSAPI principal name is to
// be read (ZMQ_GSSAPI_PRINCIPAL_NAMETYPE, 4.3; needs GSSAPI).
func (s *Socket) SetGSSAPIPrincipalNametype(value int) error {
	return s.SetSockOptInt(GSSAPI_PRINCIPAL_NAMETYPE, value)
}

// GSSAPIServicePrincipalNametype returns how the GSSAPI service
// principal name is to be read (ZMQ_GSSAPI_SERVICE_PRINCIPAL_NAMETYPE,
// 4.3).
func (s *Socket) GSSAPIServicePrincipalNametype() (int, error) {
	return s.GetSockOptInt(GSSAPI_SERVICE_PRINCIPAL_NAMETYPE)
}

// SetGSSAPIServicePrincipalNametype sets how the GSSAPI service
// principal name is to be read (ZMQ_GSSAPI_SERVICE_PRINCIPAL_NAMETYPE,
// 4.3; needs GSSAPI).
func (s *Socket) SetGSSAPIServicePrincipalNametype(value int) error {
	return s.SetSockOptInt(GSSAPI_SERVICE_PRINCIPAL_NAMETYPE, value)
}

// HandshakeIvl returns the longest time a connection's security
// handshake may take (ZMQ_HANDSHAKE_IVL, 4.1); 0 is no limit.
func (s *Socket) HandshakeIvl() (time.Duration, error) {
	return s.durationOpt(HANDSHAKE_IVL)
}

// SetHandshakeIvl sets the longest time a connection's security
// handshake may take (ZMQ_HANDSHAKE_IVL, 4.1); 0 is no limit.
func (s *Socket) SetHandshakeIvl(value time.Duration) error {
	return s.setDurationOpt(HANDSHAKE_IVL, value)
}

// SocksProxy returns the SOCKS5 proxy TCP connections go through
// (ZMQ_SOCKS_PROXY, 4.1).
func (s *Socket) SocksProxy() (string, error) {
	return s.GetSockOptString(SOCKS_PROXY)
}

// SetSocksProxy makes later TCP connections go through the SOCKS5 proxy
// at value, "host:port" (ZMQ_SOCKS_PROXY, 4.1).
func (s *Socket) SetSocksProxy(value string) error {
	return s.SetSockOptString(SOCKS_PROXY, value)
}

// SetXPUBNoDrop makes an XPUB socket fail with EAGAIN instead of
// dropping messages when a subscriber is at its high water mark
// (ZMQ_XPUB_NODROP, 4.1).
func (s *Socket) SetXPUBNoDrop(value bool) error {
	return s.setBoolOpt(int(XPUB_NODROP), value)
}

// SetXPUBManual makes an XPUB socket leave subscriptions to the
// application, which applies them with SetSubscribe
// (ZMQ_XPUB_MANUAL, 4.2.0).
func (s *Socket) SetXPUBManual(value bool) error {
	return s.setBoolOpt(int(XPUB_MANUAL), value)
}

// SetXPUBWelcomeMsg sets a message an XPUB socket sends each new
// subscriber; "" sends none (ZMQ_XPUB_WELCOME_MSG, 4.2.0).
func (s *Socket) SetXPUBWelcomeMsg(value string) error {
	return s.SetSockOptString(XPUB_WELCOME_MSG, value)
}

// SetXPUBVerboser makes an XPUB socket pass on every subscription and
// unsubscription (ZMQ_XPUB_VERBOSER, 4.2.0).
func (s *Socket) SetXPUBVerboser(value bool) error {
	return s.setBoolOpt(int(XPUB_VERBOSER), value)
}

// SetStreamNotify makes a STREAM socket deliver empty messages on
// connect and disconnect, the default (ZMQ_STREAM_NOTIFY, 4.2.0).
func (s *Socket) SetStreamNotify(value bool) error {
	return s.setBoolOpt(int(STREAM_NOTIFY), value)
}

// InvertMatching reports whether subscriptions select the messages to
// drop rather than to deliver (ZMQ_INVERT_MATCHING, 4.2.0).
func (s *Socket) InvertMatching() (bool, error) {
	return s.boolOpt(int(INVERT_MATCHING))
}

// SetInvertMatching makes subscriptions select the messages to drop
// (ZMQ_INVERT_MATCHING, 4.2.0); set it on both PUB and SUB sides.
func (s *Socket) SetInvertMatching(value bool) error {
	return s.setBoolOpt(int(INVERT_MATCHING), value)
}

// HeartbeatIvl returns the interval between ZMTP heartbeats
// (ZMQ_HEARTBEAT_IVL, 4.2.0); 0 means none.
func (s *Socket) HeartbeatIvl() (time.Duration, error) {
	return s.durationOpt(HEARTBEAT_IVL)
}

// SetHeartbeatIvl sets the interval between ZMTP heartbeats
// (ZMQ_HEARTBEAT_IVL, 4.2.0); 0 sends none.
func (s *Socket) SetHeartbeatIvl(value time.Duration) error {
	return s.setDurationOpt(HEARTBEAT_IVL, value)
}

// HeartbeatTTL returns how long the peer is told to keep the connection
// without a heartbeat (ZMQ_HEARTBEAT_TTL, 4.2.0).
func (s *Socket) HeartbeatTTL() (time.Duration, error) {
	return s.durationOpt(HEARTBEAT_TTL)
}

// SetHeartbeatTTL sets how long the peer is told to keep the connection
// without a heartbeat (ZMQ_HEARTBEAT_TTL, 4.2.0). libzmq keeps it in
// tenths of a second, up to 6553.5 s.
func (s *Socket) SetHeartbeatTTL(value time.Duration) error {
	return s.setDurationOpt(HEARTBEAT_TTL, value)
}

// HeartbeatTimeout returns how long to wait for traffic after a
// heartbeat before closing the connection (ZMQ_HEARTBEAT_TIMEOUT,
// 4.2.0).
func (s *Socket) HeartbeatTimeout() (time.Duration, error) {
	return s.durationOpt(HEARTBEAT_TIMEOUT)
}

// SetHeartbeatTimeout sets how long to wait for traffic after a
// heartbeat (ZMQ_HEARTBEAT_TIMEOUT, 4.2.0).
func (s *Socket) SetHeartbeatTimeout(value time.Duration) error {
	return s.setDurationOpt(HEARTBEAT_TIMEOUT, value)
}

// ConnectTimeout returns how long a TCP connect may take before it is
// retried (ZMQ_CONNECT_TIMEOUT, 4.2.0); 0 is the system's limit.
func (s *Socket) ConnectTimeout() (time.Duration, error) {
	return s.durationOpt(CONNECT_TIMEOUT)
}

// SetConnectTimeout sets how long a TCP connect may take
// (ZMQ_CONNECT_TIMEOUT, 4.2.0).
func (s *Socket) SetConnectTimeout(value time.Duration) error {
	return s.setDurationOpt(CONNECT_TIMEOUT, value)
}

// TCPMaxRT returns the TCP_USER_TIMEOUT of the socket's connections
// (ZMQ_TCP_MAXRT, 4.2.0); 0 is the system default.
func (s *Socket) TCPMaxRT() (time.Duration, error) {
	return s.durationOpt(TCP_MAXRT)
}

// SetTCPMaxRT sets the TCP_USER_TIMEOUT of later connections
// (ZMQ_TCP_MAXRT, 4.2.0).
func (s *Socket) SetTCPMaxRT(value time.Duration) error {
	return s.setDurationOpt(TCP_MAXRT, value)
}

// ThreadSafe reports whether the socket may be used from several
// threads at once, as the draft CLIENT, SERVER, RADIO and DISH sockets
// can (ZMQ_THREAD_SAFE, 4.2.0; read-only). This package still allows
// one call at a time on any socket.
func (s *Socket) ThreadSafe() (bool, error) {
	return s.boolOpt(int(THREAD_SAFE))
}

// MulticastMaxTPDU returns the largest multicast transport data unit
// in bytes (ZMQ_MULTICAST_MAXTPDU, 4.2.0).
func (s *Socket) MulticastMaxTPDU() (int, error) {
	return s.GetSockOptInt(MULTICAST_MAXTPDU)
}

// SetMulticastMaxTPDU sets the largest multicast transport data unit
// in bytes (ZMQ_MULTICAST_MAXTPDU, 4.2.0).
func (s *Socket) SetMulticastMaxTPDU(value int) error {
	return s.SetSockOptInt(MULTICAST_MAXTPDU, value)
}

// SetVMCIBufferSize sets the buffer size of VMCI connections
// (ZMQ_VMCI_BUFFER_SIZE, 4.2.0; needs libzmq built with VMCI).
func (s *Socket) SetVMCIBufferSize(value uint64) error {
	return s.SetSockOptUInt64(VMCI_BUFFER_SIZE, value)
}

// SetVMCIBufferMinSize sets the minimum buffer size of VMCI connections
// (ZMQ_VMCI_BUFFER_MIN_SIZE, 4.2.0; needs VMCI).
func (s *Socket) SetVMCIBufferMinSize(value uint64) error {
	return s.SetSockOptUInt64(VMCI_BUFFER_MIN_SIZE, value)
}

// SetVMCIBufferMaxSize sets the maximum buffer size of VMCI connections
// (ZMQ_VMCI_BUFFER_MAX_SIZE, 4.2.0; needs VMCI).
func (s *Socket) SetVMCIBufferMaxSize(value uint64) error {
	return s.SetSockOptUInt64(VMCI_BUFFER_MAX_SIZE, value)
}

// SetVMCIConnectTimeout sets the connect timeout of VMCI connections
// (ZMQ_VMCI_CONNECT_TIMEOUT, 4.2.0; needs VMCI).
func (s *Socket) SetVMCIConnectTimeout(value time.Duration) error {
	return s.setDurationOpt(VMCI_CONNECT_TIMEOUT, value)
}

// UseFd returns the pre-bound descriptor the next Bind uses instead of
// creating one (ZMQ_USE_FD, 4.2.0); -1 means none.
func (s *Socket) UseFd() (int, error) {
	return s.GetSockOptInt(USE_FD)
}

// SetUseFd makes the next Bind use the already bound and listening
// descriptor value (ZMQ_USE_FD, 4.2.0); -1 undoes it.
func (s *Socket) SetUseFd(value int) error {
	return s.SetSockOptInt(USE_FD, value)
}

// BindToDevice returns the network interface the socket's connections
// are bound to (ZMQ_BINDTODEVICE, 4.3.0).
func (s *Socket) BindToDevice() (string, error) {
	return s.GetSockOptString(BINDTODEVICE)
}

// SetBindToDevice binds later connections to the network interface
// value, such as "eth0" (ZMQ_BINDTODEVICE, 4.3.0; Linux, and using it
// needs CAP_NET_RAW).
func (s *Socket) SetBindToDevice(value string) error {
	return s.SetSockOptString(BINDTODEVICE, value)
}
