//go:build !linux

package wait

import "time"

// Brief never waits where no descriptor can be registered.
func (d *Desc) Brief(left time.Duration, t *Thread) (ready, waited bool) { return false, false }

// BriefPossible is false where there are no brief waits.
func BriefPossible() bool { return false }
