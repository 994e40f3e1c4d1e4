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
// descriptor value (ZMQ_USE_FD, 4.2.0); -1 undoes it. Bind (tcp, ipc,
// ws, wss) returns EINVAL when value is not an open, listening stream
// socket then: libzmq would abort on it. libzmq owns it once bound.
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

// Draft API options. libzmq accepts them only when built with draft
// APIs (see Has("draft")), though some builds without it know a few;
// otherwise they return EINVAL. Draft options may change or go away in
// a later libzmq.

// ZapEnforceDomain reports whether ZAP requests are made only when a
// ZAP domain is set (ZMQ_ZAP_ENFORCE_DOMAIN, draft, 4.2.3).
func (s *Socket) ZapEnforceDomain() (bool, error) {
	return s.boolOpt(int(ZAP_ENFORCE_DOMAIN))
}

// SetZapEnforceDomain makes ZAP apply only when a ZAP domain is set, as
// RFC 27 says (ZMQ_ZAP_ENFORCE_DOMAIN, draft, 4.2.3).
func (s *Socket) SetZapEnforceDomain(value bool) error {
	return s.setBoolOpt(int(ZAP_ENFORCE_DOMAIN), value)
}

// LoopbackFastpath reports whether Windows' TCP loopback fast path is
// used (ZMQ_LOOPBACK_FASTPATH, draft, 4.2.4).
func (s *Socket) LoopbackFastpath() (bool, error) {
	return s.boolOpt(int(LOOPBACK_FASTPATH))
}

// SetLoopbackFastpath turns Windows' TCP loopback fast path on or off
// (ZMQ_LOOPBACK_FASTPATH, draft, 4.2.4); other systems ignore it.
func (s *Socket) SetLoopbackFastpath(value bool) error {
	return s.setBoolOpt(int(LOOPBACK_FASTPATH), value)
}

// SetMetadata adds a "X-Name:value" property sent to peers in the
// handshake (ZMQ_METADATA, draft, 4.2.4).
func (s *Socket) SetMetadata(value string) error {
	return s.SetSockOptString(METADATA, value)
}

// MulticastLoop reports whether multicast over UDP loops back
// (ZMQ_MULTICAST_LOOP, draft, 4.3.0).
func (s *Socket) MulticastLoop() (bool, error) {
	return s.boolOpt(int(MULTICAST_LOOP))
}

// SetMulticastLoop turns loop-back of multicast over UDP on or off
// (ZMQ_MULTICAST_LOOP, draft, 4.3.0).
func (s *Socket) SetMulticastLoop(value bool) error {
	return s.setBoolOpt(int(MULTICAST_LOOP), value)
}

// ROUTERNotify returns which peer events a ROUTER socket reports as
// empty messages (ZMQ_ROUTER_NOTIFY, draft, 4.3.0): NOTIFY_CONNECT,
// NOTIFY_DISCONNECT or both.
func (s *Socket) ROUTERNotify() (int, error) {
	return s.GetSockOptInt(ROUTER_NOTIFY)
}

// SetROUTERNotify makes a ROUTER socket report peer connects and
// disconnects as empty messages (ZMQ_ROUTER_NOTIFY, draft, 4.3.0).
func (s *Socket) SetROUTERNotify(value int) error {
	return s.SetSockOptInt(ROUTER_NOTIFY, value)
}

// SetXPUBManualLastValue is SetXPUBManual that sends only to the last
// subscriber (ZMQ_XPUB_MANUAL_LAST_VALUE, draft, 4.3.2).
func (s *Socket) SetXPUBManualLastValue(value bool) error {
	return s.setBoolOpt(int(XPUB_MANUAL_LAST_VALUE), value)
}

// SocksUsername returns the SOCKS5 proxy user name
// (ZMQ_SOCKS_USERNAME, draft, 4.3.2).
func (s *Socket) SocksUsername() (string, error) {
	return s.GetSockOptString(SOCKS_USERNAME)
}

// SetSocksUsername sets the SOCKS5 proxy user name
// (ZMQ_SOCKS_USERNAME, draft, 4.3.2).
func (s *Socket) SetSocksUsername(value string) error {
	return s.SetSockOptString(SOCKS_USERNAME, value)
}

// SocksPassword returns the SOCKS5 proxy password
// (ZMQ_SOCKS_PASSWORD, draft, 4.3.2).
func (s *Socket) SocksPassword() (string, error) {
	return s.GetSockOptString(SOCKS_PASSWORD)
}

// SetSocksPassword sets the SOCKS5 proxy password
// (ZMQ_SOCKS_PASSWORD, draft, 4.3.2).
func (s *Socket) SetSocksPassword(value string) error {
	return s.SetSockOptString(SOCKS_PASSWORD, value)
}

// InBatchSize returns how many messages libzmq reads from the network
// at once (ZMQ_IN_BATCH_SIZE, draft, 4.3.2).
func (s *Socket) InBatchSize() (int, error) {
	return s.GetSockOptInt(IN_BATCH_SIZE)
}

// SetInBatchSize sets how many messages libzmq reads from the network
// at once (ZMQ_IN_BATCH_SIZE, draft, 4.3.2).
func (s *Socket) SetInBatchSize(value int) error {
	return s.SetSockOptInt(IN_BATCH_SIZE, value)
}

// OutBatchSize returns how many messages libzmq writes to the network
// at once (ZMQ_OUT_BATCH_SIZE, draft, 4.3.2).
func (s *Socket) OutBatchSize() (int, error) {
	return s.GetSockOptInt(OUT_BATCH_SIZE)
}

// SetOutBatchSize sets how many messages libzmq writes to the network
// at once (ZMQ_OUT_BATCH_SIZE, draft, 4.3.2).
func (s *Socket) SetOutBatchSize(value int) error {
	return s.SetSockOptInt(OUT_BATCH_SIZE, value)
}

// SetWSSKeyPEM sets the private key, in PEM, of a wss:// server
// (ZMQ_WSS_KEY_PEM, draft, 4.3.3; needs libzmq built with WSS).
func (s *Socket) SetWSSKeyPEM(value string) error {
	return s.SetSockOptString(WSS_KEY_PEM, value)
}

// SetWSSCertPEM sets the certificate, in PEM, of a wss:// server
// (ZMQ_WSS_CERT_PEM, draft, 4.3.3; needs WSS).
func (s *Socket) SetWSSCertPEM(value string) error {
	return s.SetSockOptString(WSS_CERT_PEM, value)
}

// SetWSSTrustPEM sets the certificate, in PEM, a wss:// client trusts
// (ZMQ_WSS_TRUST_PEM, draft, 4.3.3; needs WSS).
func (s *Socket) SetWSSTrustPEM(value string) error {
	return s.SetSockOptString(WSS_TRUST_PEM, value)
}

// SetWSSHostname sets the host name a wss:// client checks the server's
// certificate against (ZMQ_WSS_HOSTNAME, draft, 4.3.3; needs WSS).
func (s *Socket) SetWSSHostname(value string) error {
	return s.SetSockOptString(WSS_HOSTNAME, value)
}

// SetWSSTrustSystem makes a wss:// client trust the system's
// certificate authorities (ZMQ_WSS_TRUST_SYSTEM, draft, 4.3.3; needs
// WSS).
func (s *Socket) SetWSSTrustSystem(value bool) error {
	return s.setBoolOpt(int(WSS_TRUST_SYSTEM), value)
}

// SetOnlyFirstSubscribe makes an XPUB or XSUB socket treat only the
// first part of a multipart message as a subscription
// (ZMQ_ONLY_FIRST_SUBSCRIBE, draft, 4.3.3).
func (s *Socket) SetOnlyFirstSubscribe(value bool) error {
	return s.setBoolOpt(int(ONLY_FIRST_SUBSCRIBE), value)
}

// ReconnectStop returns the conditions on which the socket stops
// reconnecting (ZMQ_RECONNECT_STOP, draft, 4.3.3): a set of
// RECONNECT_STOP_* bits.
func (s *Socket) ReconnectStop() (int, error) {
	return s.GetSockOptInt(RECONNECT_STOP)
}

// SetReconnectStop sets the conditions on which the socket stops
// reconnecting (ZMQ_RECONNECT_STOP, draft, 4.3.3).
func (s *Socket) SetReconnectStop(value int) error {
	return s.SetSockOptInt(RECONNECT_STOP, value)
}

// SetHelloMsg sets a message sent to each new peer
// (ZMQ_HELLO_MSG, draft, 4.3.3).
func (s *Socket) SetHelloMsg(value string) error {
	return s.SetSockOptString(HELLO_MSG, value)
}

// SetDisconnectMsg sets a message the socket receives, as if from the
// peer, when a peer disconnects (ZMQ_DISCONNECT_MSG, draft, 4.3.3).
func (s *Socket) SetDisconnectMsg(value string) error {
	return s.SetSockOptString(DISCONNECT_MSG, value)
}

// Priority returns the SO_PRIORITY of the socket's connections
// (ZMQ_PRIORITY, draft, 4.3.4).
func (s *Socket) Priority() (int, error) {
	return s.GetSockOptInt(PRIORITY)
}

// SetPriority sets the SO_PRIORITY of later connections (ZMQ_PRIORITY,
// draft, 4.3.4; Linux).
func (s *Socket) SetPriority(value int) error {
	return s.SetSockOptInt(PRIORITY, value)
}

// SetBusyPoll sets SO_BUSY_POLL on later connections (ZMQ_BUSY_POLL,
// draft, 4.3.5; Linux). It has no getter: libzmq 4.3.5 (and its master
// of 2026) stores the value in zmq_getsockopt and then answers EINVAL.
func (s *Socket) SetBusyPoll(value bool) error {
	return s.setBoolOpt(int(BUSY_POLL), value)
}

// SetHiccupMsg sets a message the socket receives, as if from the peer,
// when a connection is re-established (ZMQ_HICCUP_MSG, draft, 4.3.5).
func (s *Socket) SetHiccupMsg(value string) error {
	return s.SetSockOptString(HICCUP_MSG, value)
}

// SetXSUBVerboseUnsubscribe makes an XSUB socket pass on every
// unsubscription, not only the last (ZMQ_XSUB_VERBOSE_UNSUBSCRIBE,
// draft, 4.3.5).
func (s *Socket) SetXSUBVerboseUnsubscribe(value bool) error {
	return s.setBoolOpt(int(XSUB_VERBOSE_UNSUBSCRIBE), value)
}

// TopicsCount returns the number of subscriptions an XPUB or XSUB
// socket holds (ZMQ_TOPICS_COUNT, draft, 4.3.5; read-only).
func (s *Socket) TopicsCount() (int, error) {
	return s.GetSockOptInt(TOPICS_COUNT)
}

// NormMode returns the NORM congestion control mode (ZMQ_NORM_MODE,
// draft, 4.3.5; needs libzmq built with NORM).
func (s *Socket) NormMode() (int, error) {
	return s.GetSockOptInt(NORM_MODE)
}

// SetNormMode sets the NORM congestion control mode (ZMQ_NORM_MODE,
// draft, 4.3.5; needs NORM).
func (s *Socket) SetNormMode(value int) error {
	return s.SetSockOptInt(NORM_MODE, value)
}

// NormUnicastNack reports whether NORM sends NACKs by unicast
// (ZMQ_NORM_UNICAST_NACK, draft, 4.3.5; needs NORM).
func (s *Socket) NormUnicastNack() (bool, error) {
	return s.boolOpt(int(NORM_UNICAST_NACK))
}

// SetNormUnicastNack makes NORM send NACKs by unicast
// (ZMQ_NORM_UNICAST_NACK, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormUnicastNack(value bool) error {
	return s.setBoolOpt(int(NORM_UNICAST_NACK), value)
}

// NormBufferSize returns the NORM buffer size in kilobytes
// (ZMQ_NORM_BUFFER_SIZE, draft, 4.3.5; needs NORM).
func (s *Socket) NormBufferSize() (int, error) {
	return s.GetSockOptInt(NORM_BUFFER_SIZE)
}

// SetNormBufferSize sets the NORM buffer size in kilobytes
// (ZMQ_NORM_BUFFER_SIZE, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormBufferSize(value int) error {
	return s.SetSockOptInt(NORM_BUFFER_SIZE, value)
}

// NormSegmentSize returns the NORM segment size in bytes
// (ZMQ_NORM_SEGMENT_SIZE, draft, 4.3.5; needs NORM).
func (s *Socket) NormSegmentSize() (int, error) {
	return s.GetSockOptInt(NORM_SEGMENT_SIZE)
}

// SetNormSegmentSize sets the NORM segment size in bytes
// (ZMQ_NORM_SEGMENT_SIZE, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormSegmentSize(value int) error {
	return s.SetSockOptInt(NORM_SEGMENT_SIZE, value)
}

// NormBlockSize returns the NORM block size in segments
// (ZMQ_NORM_BLOCK_SIZE, draft, 4.3.5; needs NORM).
func (s *Socket) NormBlockSize() (int, error) {
	return s.GetSockOptInt(NORM_BLOCK_SIZE)
}

// SetNormBlockSize sets the NORM block size in segments
// (ZMQ_NORM_BLOCK_SIZE, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormBlockSize(value int) error {
	return s.SetSockOptInt(NORM_BLOCK_SIZE, value)
}

// NormNumParity returns the number of NORM parity segments per block
// (ZMQ_NORM_NUM_PARITY, draft, 4.3.5; needs NORM).
func (s *Socket) NormNumParity() (int, error) {
	return s.GetSockOptInt(NORM_NUM_PARITY)
}

// SetNormNumParity sets the number of NORM parity segments per block
// (ZMQ_NORM_NUM_PARITY, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormNumParity(value int) error {
	return s.SetSockOptInt(NORM_NUM_PARITY, value)
}

// NormNumAutoparity returns the number of NORM parity segments sent
// proactively (ZMQ_NORM_NUM_AUTOPARITY, draft, 4.3.5; needs NORM).
func (s *Socket) NormNumAutoparity() (int, error) {
	return s.GetSockOptInt(NORM_NUM_AUTOPARITY)
}

// SetNormNumAutoparity sets the number of NORM parity segments sent
// proactively (ZMQ_NORM_NUM_AUTOPARITY, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormNumAutoparity(value int) error {
	return s.SetSockOptInt(NORM_NUM_AUTOPARITY, value)
}

// NormPush reports whether NORM push mode is on (ZMQ_NORM_PUSH, draft,
// 4.3.5; needs NORM).
func (s *Socket) NormPush() (bool, error) {
	return s.boolOpt(int(NORM_PUSH))
}

// SetNormPush turns NORM push mode on or off, for low-latency lossy
// streams (ZMQ_NORM_PUSH, draft, 4.3.5; needs NORM).
func (s *Socket) SetNormPush(value bool) error {
	return s.setBoolOpt(int(NORM_PUSH), value)
}
