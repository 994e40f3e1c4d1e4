//go:build !linux

package wait

// Where no hub is implemented, callers wait in a thread of their own.
// Windows' runtime poller works on completion ports, which cannot watch
// the readiness of a socket another library owns; the BSDs and darwin
// could use kqueue, but no such machine has run the tests, so they keep
// the path that has.

type descSys struct{}

// CanPark reports whether Register can be used: never here.
func CanPark() bool { return false }

func (d *Desc) register(Events) error { return ErrUnsupported }

// Arm does nothing where nothing can be registered.
func (d *Desc) Arm() {}

func (d *Desc) unregister() {}
