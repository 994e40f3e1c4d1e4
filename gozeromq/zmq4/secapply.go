package zmq4

import (
	"fmt"

	"github.com/gozmq/gozmq/gozeromq/zmq4/internal/mech"
)

// applySecurity sets the socket's mechanism for the next Listen
// (server) or Dial (client). libzmq copies the security options into
// each endpoint when it is bound or connected, so a socket may do both.
func (s *face) applySecurity(server bool) error {
	m, err := mechanismOf(s.cfg.sec)
	if err != nil {
		return err
	}
	z := s.zs
	wrap := func(what string, err error) error {
		if err != nil {
			return fmt.Errorf("zmq4: %s security: %s: %w", s.cfg.sec.Type(), what, err)
		}
		return nil
	}
	switch m.Kind {
	case mech.Null:
		return nil
	case mech.Plain:
		if server {
			if _, err := startZAP(false); err != nil {
				return wrap("ZAP handler", err)
			}
			return wrap("PLAIN_SERVER", z.SetPlainServer(1))
		}
		if err := wrap("PLAIN_USERNAME", z.SetPlainUsername(m.User)); err != nil {
			return err
		}
		return wrap("PLAIN_PASSWORD", z.SetPlainPassword(m.Pass))
	case mech.Curve:
		if server {
			if _, err := startZAP(false); err != nil {
				return wrap("ZAP handler", err)
			}
			if err := wrap("CURVE_SERVER", z.SetCurveServer(1)); err != nil {
				return err
			}
			return wrap("CURVE_SECRETKEY", z.SetCurveSecretkey(m.Secret))
		}
		if m.ServerKey == "" {
			return fmt.Errorf("zmq4: CURVE security: Dial needs the server's public key")
		}
		if err := wrap("CURVE_SERVER", z.SetCurveServer(0)); err != nil {
			return err
		}
		if err := wrap("CURVE_SERVERKEY", z.SetCurveServerkey(m.ServerKey)); err != nil {
			return err
		}
		if err := wrap("CURVE_PUBLICKEY", z.SetCurvePublickey(m.Public)); err != nil {
			return err
		}
		return wrap("CURVE_SECRETKEY", z.SetCurveSecretkey(m.Secret))
	}
	return fmt.Errorf("zmq4: unknown security mechanism %d", m.Kind)
}
