package zmq4

import (
	"errors"
	"log"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/gozmq/gozmq/zmq"
)

// CURVE_ALLOW_ANY, given to AuthCurveAdd as a key, lets in every CURVE
// client of the domain.
const CURVE_ALLOW_ANY = "*"

// The ZAP handler of the default context: zmq's Authenticator (its
// socket and loop), deciding by pebbe/zmq4's rules on the settings
// below. Settings are per domain; "*" applies to every domain.
var auth = struct {
	sync.Mutex
	handler  *zmq.Authenticator
	verbose  bool
	allow    map[string]*addrSet
	deny     map[string]*addrSet
	users    map[string]map[string]string
	pubkeys  map[string]map[string]bool
	metadata func(version, request_id, domain, address, identity, mechanism string, credentials ...string) (metadata map[string]string)
}{
	allow:   map[string]*addrSet{},
	deny:    map[string]*addrSet{},
	users:   map[string]map[string]string{},
	pubkeys: map[string]map[string]bool{},
}

// addrSet holds single addresses and CIDR networks.
type addrSet struct {
	ips  map[string]bool
	nets []*net.IPNet
}

func (a *addrSet) empty() bool { return a == nil || len(a.ips) == 0 && len(a.nets) == 0 }

func (a *addrSet) has(addr string) bool {
	if a == nil {
		return false
	}
	if a.ips[addr] {
		return true
	}
	ip := net.ParseIP(addr)
	for _, n := range a.nets {
		if ip != nil && n.Contains(ip) {
			return true
		}
	}
	return false
}

func authLog(format string, args ...interface{}) {
	if auth.verbose {
		log.Printf("AUTH: "+format, args...)
	}
}

// AuthStart starts the ZAP handler of the default context. Configure it
// with the other Auth functions, before or after.
func AuthStart() (err error) {
	ctx, err := defaultContext()
	if err != nil {
		return err
	}
	auth.Lock()
	defer auth.Unlock()
	if auth.handler != nil {
		authLog("Already running")
		return errors.New("Auth is already running")
	}
	h, err := newAuthenticator(ctx.core)
	if err != nil {
		return errget(err)
	}
	h.SetDecider(authDecide)
	auth.handler = h
	authLog("Starting")
	return nil
}

// newAuthenticator starts zmq's handler. libzmq 4.0 frees an inproc
// name some time after its socket closed, so right after AuthStop the
// ZAP endpoint may still be taken for a moment.
func newAuthenticator(ctx *zmq.Context) (*zmq.Authenticator, error) {
	deadline := time.Now().Add(time.Second)
	for {
		h, err := zmq.NewAuthenticator(ctx)
		if err == nil || !errors.Is(err, syscall.EADDRINUSE) || time.Now().After(deadline) {
			return h, err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// AuthStop stops the ZAP handler.
func AuthStop() {
	auth.Lock()
	h := auth.handler
	auth.handler = nil
	auth.Unlock()
	if h == nil {
		authLog("Not running, can't stop")
		return
	}
	h.Close()
	authLog("Stopped")
}

// AuthSetVerbose makes the handler log its decisions with package log.
func AuthSetVerbose(verbose bool) {
	auth.Lock()
	auth.verbose = verbose
	auth.Unlock()
}

// AuthAllow lets only peers from addresses (IP addresses or CIDR
// networks) of domain pass the address check. An IP address as the
// first argument means domain "*", as in older pebbe/zmq4 releases.
func AuthAllow(domain string, addresses ...string) { authAddrs(auth.allow, domain, addresses) }

// AuthDeny refuses peers from addresses of domain, unless domain has
// an allow list.
func AuthDeny(domain string, addresses ...string) { authAddrs(auth.deny, domain, addresses) }

func authAddrs(m map[string]*addrSet, domain string, addresses []string) {
	if isAddr(domain) {
		addresses = append([]string{domain}, addresses...)
		domain = "*"
	}
	auth.Lock()
	defer auth.Unlock()
	set := m[domain]
	if set == nil {
		set = &addrSet{ips: map[string]bool{}}
		m[domain] = set
	}
	for _, a := range addresses {
		if _, n, err := net.ParseCIDR(a); err == nil {
			set.nets = append(set.nets, n)
		} else if net.ParseIP(a) != nil {
			set.ips[a] = true
		} else {
			authLog("domain %q: %q is not a valid address or network", domain, a)
		}
	}
}

func isAddr(s string) bool {
	_, _, err := net.ParseCIDR(s)
	return net.ParseIP(s) != nil || err == nil
}

// AuthPlainAdd adds a PLAIN user of domain.
func AuthPlainAdd(domain, username, password string) {
	auth.Lock()
	defer auth.Unlock()
	if auth.users[domain] == nil {
		auth.users[domain] = map[string]string{}
	}
	auth.users[domain][username] = password
}

// AuthPlainRemove removes PLAIN users of domain.
func AuthPlainRemove(domain string, usernames ...string) {
	auth.Lock()
	defer auth.Unlock()
	for _, u := range usernames {
		delete(auth.users[domain], u)
	}
}

// AuthPlainRemoveAll removes every PLAIN user of domain.
func AuthPlainRemoveAll(domain string) {
	auth.Lock()
	delete(auth.users, domain)
	auth.Unlock()
}

// AuthCurveAdd lets in CURVE clients of domain with one of pubkeys (Z85
// text), or every client for CURVE_ALLOW_ANY.
func AuthCurveAdd(domain string, pubkeys ...string) {
	auth.Lock()
	defer auth.Unlock()
	if auth.pubkeys[domain] == nil {
		auth.pubkeys[domain] = map[string]bool{}
	}
	for _, k := range pubkeys {
		auth.pubkeys[domain][k] = true
	}
}

// AuthCurveRemove removes client keys of domain.
func AuthCurveRemove(domain string, pubkeys ...string) {
	auth.Lock()
	defer auth.Unlock()
	for _, k := range pubkeys {
		delete(auth.pubkeys[domain], k)
	}
}

// AuthCurveRemoveAll removes every client key of domain.
func AuthCurveRemoveAll(domain string) {
	auth.Lock()
	delete(auth.pubkeys, domain)
	auth.Unlock()
}

// AuthSetMetadataHandler sets the function that gives the properties of
// an accepted connection: "User-Id" becomes the reply's user id (what
// the peer's messages carry as the "User-Id" property), the others the
// reply's metadata. The default handler returns none. For CURVE the
// credential is the client's 32-byte key.
func AuthSetMetadataHandler(
	handler func(
		version, request_id, domain, address, identity, mechanism string, credentials ...string) (metadata map[string]string)) {
	auth.Lock()
	auth.metadata = handler
	auth.Unlock()
}

// AuthMetaBlob encodes a property as a ZAP reply's metadata holds it.
// key may have at most 255 bytes.
func AuthMetaBlob(key, value string) (blob []byte, err error) {
	if len(key) > 255 {
		return []byte{}, errors.New("Key too long")
	}
	return metaBlob(key, value), nil
}

func metaBlob(key, value string) []byte {
	b := make([]byte, 0, len(key)+len(value)+5)
	b = append(b, byte(len(key)))
	b = append(b, key...)
	n := len(value)
	b = append(b, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	return append(b, value...)
}

// authDecide judges one request, in zmq's handler goroutine: first the
// address (an allow list, if there is one, else the deny list), then
// the mechanism.
func authDecide(r zmq.ZAPRequest) zmq.ZAPReply {
	auth.Lock()
	allowed, denied := authAddress(r.Domain, r.Address)
	if !denied {
		switch r.Mechanism {
		case "NULL":
			allowed = true
		case "PLAIN":
			allowed = len(r.Credentials) == 2 && authPlain(r.Domain, string(r.Credentials[0]), string(r.Credentials[1]))
		case "CURVE":
			allowed = len(r.Credentials) == 1 && len(r.Credentials[0]) == 32 && authCurve(r.Domain, Z85encode(string(r.Credentials[0])))
		}
	}
	meta := auth.metadata
	auth.Unlock()
	if !allowed || denied {
		return zmq.ZAPReply{Status: "400", Text: "NO ACCESS"}
	}
	reply := zmq.ZAPReply{Status: "200", Text: "OK", Metadata: []byte{}}
	if meta != nil {
		creds := strs(r.Credentials)
		m := meta(r.Version, r.RequestID, r.Domain, r.Address, r.Identity, r.Mechanism, creds...)
		reply.UserID = m["User-Id"]
		for k, v := range m {
			if k != "User-Id" && len(k) < 256 {
				reply.Metadata = append(reply.Metadata, metaBlob(k, v)...)
			}
		}
	}
	return reply
}

// authAddress applies the allow and deny lists of domain and "*".
// The caller holds auth's lock.
func authAddress(domain, addr string) (allowed, denied bool) {
	hasAllow, hasDeny := false, false
	for _, d := range []string{domain, "*"} {
		hasAllow = hasAllow || !auth.allow[d].empty()
		hasDeny = hasDeny || !auth.deny[d].empty()
	}
	switch {
	case hasAllow:
		allowed = auth.allow[domain].has(addr) || auth.allow["*"].has(addr)
		authLog("%s domain=%q address=%q (allow list)", verdict(allowed), domain, addr)
		return allowed, !allowed
	case hasDeny:
		denied = auth.deny[domain].has(addr) || auth.deny["*"].has(addr)
		authLog("%s domain=%q address=%q (deny list)", verdict(!denied), domain, addr)
		return !denied, denied
	}
	return false, false
}

func verdict(ok bool) string {
	if ok {
		return "PASSED"
	}
	return "DENIED"
}

func authPlain(domain, user, password string) bool {
	for _, d := range []string{domain, "*"} {
		if pw, ok := auth.users[d][user]; ok && pw == password {
			authLog("ALLOWED (PLAIN) domain=%q username=%q", d, user)
			return true
		}
	}
	authLog("DENIED (PLAIN) domain=%q username=%q", domain, user)
	return false
}

func authCurve(domain, key string) bool {
	for _, d := range []string{domain, "*"} {
		if k := auth.pubkeys[d]; k[CURVE_ALLOW_ANY] || k[key] {
			authLog("ALLOWED (CURVE) domain=%q client_key=%q", d, key)
			return true
		}
	}
	authLog("DENIED (CURVE) domain=%q client_key=%q", domain, key)
	return false
}

// ServerAuthNull makes the socket a NULL server of domain.
func (server *Socket) ServerAuthNull(domain string) error {
	err := server.SetPlainServer(0)
	if err == nil {
		err = server.SetZapDomain(domain)
	}
	return err
}

// ServerAuthPlain makes the socket a PLAIN server of domain.
func (server *Socket) ServerAuthPlain(domain string) error {
	err := server.SetPlainServer(1)
	if err == nil {
		err = server.SetZapDomain(domain)
	}
	return err
}

// ServerAuthCurve makes the socket a CURVE server of domain with the
// server's Z85 secret key.
func (server *Socket) ServerAuthCurve(domain, secret_key string) error {
	err := server.SetCurveServer(1)
	if err == nil {
		err = server.SetCurveSecretkey(secret_key)
	}
	if err == nil {
		err = server.SetZapDomain(domain)
	}
	return err
}

// ClientAuthPlain makes the socket a PLAIN client.
func (client *Socket) ClientAuthPlain(username, password string) error {
	err := client.SetPlainUsername(username)
	if err == nil {
		err = client.SetPlainPassword(password)
	}
	return err
}

// ClientAuthCurve makes the socket a CURVE client of the server with
// server_public_key, using the client's own key pair.
func (client *Socket) ClientAuthCurve(server_public_key, client_public_key, client_secret_key string) error {
	err := client.SetCurveServerkey(server_public_key)
	if err == nil {
		err = client.SetCurvePublickey(client_public_key)
	}
	if err == nil {
		err = client.SetCurveSecretkey(client_secret_key)
	}
	return err
}
