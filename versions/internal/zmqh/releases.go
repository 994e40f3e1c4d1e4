package zmqh

import "fmt"

// Release is one libzmq release whose header facts the repository keeps.
type Release struct {
	// Version is "major.minor.patch".
	Version string
	// Repo is the GitHub repository the release was tagged in.
	Repo string
	// Tag is the release's git tag there.
	Tag string
}

// File is the name of the release's facts file under versions/testdata.
func (r Release) File() string { return "zmq-" + r.Version + ".txt" }

// Releases lists every release from 2.1.0 to 4.3.5, oldest first: the
// tables claim facts about each (Since may name any of them), so each
// is checked. Release candidates (3.1.0, 4.2.0-rc1) are left out.
var Releases = releases()

func releases() []Release {
	var rs []Release
	add := func(repo string, major, minor, firstPatch, lastPatch int) {
		for p := firstPatch; p <= lastPatch; p++ {
			v := fmt.Sprintf("%d.%d.%d", major, minor, p)
			rs = append(rs, Release{Version: v, Repo: repo, Tag: "v" + v})
		}
	}
	add("zeromq/zeromq2-x", 2, 1, 0, 11)
	add("zeromq/zeromq2-x", 2, 2, 0, 0)
	add("zeromq/zeromq3-x", 3, 2, 0, 5)
	add("zeromq/zeromq4-x", 4, 0, 0, 10)
	add("zeromq/zeromq4-1", 4, 1, 0, 8)
	add("zeromq/libzmq", 4, 2, 0, 5)
	add("zeromq/libzmq", 4, 3, 0, 5)
	return rs
}
