package zmq4

import (
	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

// errNoSubscriptions is what an XPUB's Recv returns on libzmq 2.x, nil
// on later releases. In 2.x a SUB filters messages on its own side and
// sends its publisher no subscriptions, so an XPUB has nothing to
// receive (it publishes as a PUB does) and a PUB's Topics stays empty;
// the 3.x generation is the first to forward subscriptions.
func errNoSubscriptions() error {
	a, b, c := zmq.Version()
	if a >= 3 {
		return nil
	}
	need := versions.V3x.First
	return &zmq.VersionError{
		Feature: "XPUB receiving subscriptions",
		Need:    need.String(),
		First:   need,
		Loaded:  versions.V(a, b, c).String(),
	}
}
