package zmq

import (
	"errors"
	"fmt"
	"net"
	"sync"
	"syscall"

	"github.com/gozmq/gozmq/versions"
)

// ZAPEndpoint is the inproc endpoint where libzmq sends authentication
// requests (ZeroMQ RFC 27, ZAP). Only one handler can be bound to it in
// a context.
const ZAPEndpoint = "inproc://zeromq.zap.01"

// AnyDomain, used as the domain of an Authenticator setting, makes the
// setting apply to every ZAP domain (see Authenticator).
const AnyDomain = "*"

// Authenticator is a ZAP handler (ZeroMQ RFC 27) written in Go: it
// decides which peers may connect to the context's sockets that use
// the NULL (with a ZAP_DOMAIN set), PLAIN or CURVE security mechanism.
// It needs the security mechanisms of libzmq 4.0 (ZMQ_ZAP_DOMAIN, 4.0).
//
// Settings are kept per ZAP domain, the ZAP_DOMAIN option of the
// accepting socket ("" when not set). A request is judged by the
// settings of its domain combined with those made for AnyDomain: the IP
// allow and deny lists of both apply, and PLAIN users or CURVE keys set
// for the domain replace those set for AnyDomain.
//
// A request is accepted or denied in two steps, as in the reference
// handlers (czmq's zauth, pyzmq's Authenticator):
//
//  1. The peer's IP address: when an allow list exists, only its
//     addresses pass; otherwise the addresses on the deny list are
//     denied. An ipc peer's address is the text libzmq gives it
//     ("localhost" in 4.0, "localhost:<uid>:<gid>:<pid>" later); inproc
//     connections have no handshake and never reach the handler.
//  2. The mechanism: NULL passes; PLAIN needs a user name and password
//     given to SetPlainUsers; CURVE needs SetCurveAny or a client key
//     given to SetCurveKeys. Other mechanisms (GSSAPI) are denied.
//
// An Authenticator's methods may be called from any goroutine. It
// serves requests in its own goroutine until Close is called or its
// context is closed; closing the context does not wait for it. A nil or
// zero Authenticator behaves as a stopped one: Done is closed, Close
// does nothing.
type Authenticator struct {
	sock *Socket
	done chan struct{}

	mu       sync.Mutex
	policies map[string]*zapPolicy
	logger   func(string)
	decider  func(ZAPRequest) ZAPReply // see SetDecider (face.go)
}

// zapPolicy is the configuration of one ZAP domain.
type zapPolicy struct {
	allow, deny map[string]bool
	// plain maps user names to passwords; nil when not configured.
	plain map[string]string
	// curveSet is true once SetCurveAny or SetCurveKeys was called.
	curveSet  bool
	curveAny  bool
	curveKeys map[string]bool // Z85 public keys
}

// NewAuthenticator starts a ZAP handler for the sockets of ctx, bound
// to ZAPEndpoint. Until it is configured it accepts NULL peers and
// denies PLAIN and CURVE ones. Start it before the sockets it guards
// begin to accept connections, since libzmq only consults a handler that
// exists when a peer connects.
func NewAuthenticator(ctx *Context) (*Authenticator, error) {
	if ctx.invalid() {
		return nil, ETERM
	}
	// ZAP came with the security mechanisms (ZMQ_MECHANISM, ZMQ_ZAP_DOMAIN).
	if !ctx.a.has(versions.SocketOption, "ZAP_DOMAIN") {
		return nil, ctx.a.lacks("ZAP authentication (NewAuthenticator)", versions.SocketOption, "ZAP_DOMAIN")
	}
	s, err := ctx.NewSocket(REP)
	if err != nil {
		return nil, err
	}
	// A reply the peer session never reads must not hold up Close.
	if err := s.SetSockOptInt(LINGER, 0); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Bind(ZAPEndpoint); err != nil {
		s.Close()
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("gozmq: NewAuthenticator: a ZAP handler is already bound in this context: %w", err)
		}
		return nil, err
	}
	au := &Authenticator{sock: s, done: make(chan struct{}), policies: make(map[string]*zapPolicy)}
	go au.serve()
	return au, nil
}

// Close stops the handler and waits until its goroutine has returned.
// Peers that connect afterwards are handled as if there were no handler
// (which for PLAIN and CURVE depends on the libzmq release). Do not call
// Close from the logger function. Closing twice is harmless.
func (au *Authenticator) Close() error {
	if au.neverRan() {
		return nil
	}
	au.sock.Close()
	<-au.done
	return nil
}

// neverRan reports an Authenticator NewAuthenticator did not make (nil,
// or a zero Authenticator{}): it behaves as one that has stopped.
func (au *Authenticator) neverRan() bool { return au == nil || au.sock == nil }

// stoppedChan is the Done channel of an Authenticator that never ran.
var stoppedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// Done returns a channel that is closed when the handler has stopped,
// by Close or because its context was closed.
func (au *Authenticator) Done() <-chan struct{} {
	if au.neverRan() {
		return stoppedChan
	}
	return au.done
}

// SetLogger sets a function called with one line for every decision,
// denials with their reason, and when the handler stops. It is called
// from the handler's goroutine and must not block for long. nil turns
// logging off.
func (au *Authenticator) SetLogger(f func(string)) {
	if au == nil {
		return
	}
	au.mu.Lock()
	au.logger = f
	au.mu.Unlock()
}

// configure runs f on the settings of domain under mu. On a nil
// Authenticator, which serves nobody, it does nothing.
func (au *Authenticator) configure(domain string, f func(p *zapPolicy)) {
	if au == nil {
		return
	}
	au.mu.Lock()
	defer au.mu.Unlock()
	f(au.policy(domain))
}

// policy returns the settings of domain, creating them. The caller
// holds mu.
func (au *Authenticator) policy(domain string) *zapPolicy {
	if au.policies == nil {
		au.policies = make(map[string]*zapPolicy)
	}
	p := au.policies[domain]
	if p == nil {
		p = &zapPolicy{allow: map[string]bool{}, deny: map[string]bool{}}
		au.policies[domain] = p
	}
	return p
}

// zapAddr puts an IP address in the form Go prints it, so that
// "::ffff:127.0.0.1" and "127.0.0.1" compare equal; other text is kept.
func zapAddr(s string) string {
	if ip := net.ParseIP(s); ip != nil {
		return ip.String()
	}
	return s
}

// Allow adds IP addresses to domain's allow list. Once a domain (or
// AnyDomain) has an allow list, only peers from its addresses pass the
// address check, whatever the deny list says.
func (au *Authenticator) Allow(domain string, addrs ...string) {
	au.configure(domain, func(p *zapPolicy) {
		for _, a := range addrs {
			p.allow[zapAddr(a)] = true
		}
	})
}

// Deny adds IP addresses to domain's deny list, which applies when
// there is no allow list.
func (au *Authenticator) Deny(domain string, addrs ...string) {
	au.configure(domain, func(p *zapPolicy) {
		for _, a := range addrs {
			p.deny[zapAddr(a)] = true
		}
	})
}

// SetPlainUsers sets the user names and passwords PLAIN peers of domain
// may log in with, replacing earlier ones. users is copied; an empty map
// denies every PLAIN peer of the domain.
func (au *Authenticator) SetPlainUsers(domain string, users map[string]string) {
	m := make(map[string]string, len(users))
	for u, pw := range users {
		m[u] = pw
	}
	au.configure(domain, func(p *zapPolicy) { p.plain = m })
}

// SetCurveAny lets every CURVE peer of domain in: the connection is
// encrypted, but any client key is accepted.
func (au *Authenticator) SetCurveAny(domain string) {
	au.configure(domain, func(p *zapPolicy) {
		p.curveSet, p.curveAny, p.curveKeys = true, true, nil
	})
}

// SetCurveKeys lets in the CURVE peers of domain whose public key is one
// of keys (40-character Z85 text, as NewCurveKeypair returns them),
// replacing earlier keys and undoing SetCurveAny. No keys denies every
// CURVE peer of the domain. A key that is not valid Z85 is an error and
// changes nothing.
func (au *Authenticator) SetCurveKeys(domain string, keys ...string) error {
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		if len(k) != 40 {
			return fmt.Errorf("gozmq: SetCurveKeys: a Z85 public key has 40 characters, not %d: %w", len(k), EINVAL)
		}
		if err := z85Check(k); err != nil {
			return err
		}
		set[k] = true
	}
	au.configure(domain, func(p *zapPolicy) {
		p.curveSet, p.curveAny, p.curveKeys = true, false, set
	})
	return nil
}

// serve answers requests until the socket is closed, by Close or by the
// context. Only this goroutine uses the socket.
func (au *Authenticator) serve() {
	defer close(au.done)
	for {
		req, err := au.sock.RecvMultipart(0)
		if err == nil {
			reply, line := au.handle(req)
			au.log(line)
			err = au.sock.SendMultipart(reply, 0)
		}
		if err != nil {
			why := err.Error()
			switch err {
			case ETERM:
				why = "context closed"
			case ENOTSOCK:
				why = "closed"
			}
			au.log("ZAP handler stopped: " + why)
			return
		}
	}
}

func (au *Authenticator) log(line string) {
	au.mu.Lock()
	f := au.logger
	au.mu.Unlock()
	if f != nil {
		f(line)
	}
}

// handle judges one request and returns the reply frames and the log
// line.
func (au *Authenticator) handle(req [][]byte) ([][]byte, string) {
	if reply, line, ok := au.decide(req); ok {
		return reply, line
	}
	// RFC 27 request: version, request id, domain, address, identity,
	// mechanism, credentials...
	id := []byte{}
	if len(req) > 1 {
		id = req[1]
	}
	reply := func(code, text, user string) [][]byte {
		// libzmq 4.0 requires the metadata frame, empty or not.
		return [][]byte{[]byte("1.0"), id, []byte(code), []byte(text), []byte(user), {}}
	}
	if len(req) < 6 {
		return reply("500", "malformed ZAP request", ""),
			fmt.Sprintf("ZAP error: malformed request of %d frames", len(req))
	}
	if string(req[0]) != "1.0" {
		return reply("500", "unsupported ZAP version", ""),
			fmt.Sprintf("ZAP error: unsupported version %q", req[0])
	}
	domain, addr, mech, creds := string(req[2]), zapAddr(string(req[3])), string(req[5]), req[6:]
	ok, user, who, reason := au.judge(domain, addr, mech, creds)
	head := fmt.Sprintf("domain=%q address=%q mechanism=%s%s", domain, addr, mech, who)
	if !ok {
		return reply("400", reason, ""), "ZAP denied " + head + ": " + reason
	}
	return reply("200", "OK", user), "ZAP allowed " + head + ": " + reason
}

// judge applies domain's settings to a request. who describes the
// credentials for the log, without passwords.
func (au *Authenticator) judge(domain, addr, mech string, creds [][]byte) (ok bool, user, who, reason string) {
	au.mu.Lock()
	defer au.mu.Unlock()
	own, all := au.policies[domain], au.policies[AnyDomain]
	if domain == AnyDomain {
		own = nil
	}
	policies := []*zapPolicy{own, all}

	hasAllow, allowed, denied := false, false, false
	for _, p := range policies {
		if p == nil {
			continue
		}
		if len(p.allow) > 0 {
			hasAllow = true
			allowed = allowed || p.allow[addr]
		}
		denied = denied || p.deny[addr]
	}
	switch {
	case hasAllow && !allowed:
		return false, "", "", "address not in the allow list"
	case !hasAllow && denied:
		return false, "", "", "address in the deny list"
	}
	addrWhy := "address not denied"
	if allowed {
		addrWhy = "address allowed"
	}

	switch mech {
	case "NULL":
		return true, "", "", addrWhy
	case "PLAIN":
		if len(creds) != 2 {
			return false, "", "", "malformed PLAIN credentials"
		}
		name, pw := string(creds[0]), string(creds[1])
		who = fmt.Sprintf(" user=%q", name)
		var users map[string]string
		for _, p := range policies {
			if p != nil && p.plain != nil {
				users = p.plain
				break
			}
		}
		switch want, known := users[name]; {
		case users == nil:
			return false, "", who, "no PLAIN users configured"
		case !known:
			return false, "", who, "unknown user"
		case want != pw:
			return false, "", who, "wrong password"
		}
		return true, name, who, addrWhy + ", password correct"
	case "CURVE":
		if len(creds) != 1 || len(creds[0]) != 32 {
			return false, "", "", "malformed CURVE credentials"
		}
		key, err := Z85Encode(creds[0])
		if err != nil {
			return false, "", "", "cannot encode client key: " + err.Error()
		}
		who = fmt.Sprintf(" key=%q", key)
		var cp *zapPolicy
		for _, p := range policies {
			if p != nil && p.curveSet {
				cp = p
				break
			}
		}
		switch {
		case cp == nil:
			return false, "", who, "no CURVE keys configured"
		case cp.curveAny:
			return true, key, who, addrWhy + ", any CURVE key allowed"
		case !cp.curveKeys[key]:
			return false, "", who, "client key not allowed"
		}
		return true, key, who, addrWhy + ", client key allowed"
	}
	return false, "", "", "mechanism not supported by this handler"
}
