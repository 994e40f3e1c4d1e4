package zmq4

import (
	"errors"
	"sync"

	"github.com/gozmq/gozmq/versions"
	"github.com/gozmq/gozmq/zmq"
)

var (
	verOnce             sync.Once
	major, minor, patch int
)

func loadedVersion() (int, int, int) {
	verOnce.Do(func() { major, minor, patch = zmq.Version() })
	return major, minor, patch
}

// Version returns the version of the loaded libzmq, or 0, 0, 0 when
// none can be loaded. Unlike pebbe/zmq4, which only runs on 4.x, any
// release from 2.1 on is reported and used.
func Version() (major, minor, patch int) { return loadedVersion() }

// loadedHas reports whether the loaded libzmq has name of kind k, by
// the versions tables.
func loadedHas(k versions.Kind, name string) bool {
	v := versions.V(loadedVersion())
	t := versions.For(v)
	if t == nil {
		return false
	}
	_, ok := versions.Lookup(t.Map(k), name, v)
	return ok
}

// notImplemented returns the error pebbe/zmq4 gives for a feature of a
// later 4.x release when err is the core package's *zmq.VersionError
// for it and a 4.x release is loaded. Which error that is follows from
// the release the versions tables introduce the feature in (the core
// puts it in VersionError.First); no release is typed here. Any other
// error passes as it is, so 2.x and 3.x keep the VersionError.
func notImplemented(err error) error {
	var ve *zmq.VersionError
	if !errors.As(err, &ve) || ve.Removed {
		return err
	}
	if x, _, _ := loadedVersion(); x != 4 {
		return err
	}
	switch r := ve.First; {
	case r == versions.V(4, 0, 5):
		return ErrorNotImplemented405
	case r.Major == 4 && r.Minor == 1:
		return ErrorNotImplemented41
	case r.Major == 4 && r.Minor == 2:
		return ErrorNotImplemented42
	}
	return err
}
