package zmq

import (
	"os"
	"strings"
	"sync"
)

// libzmq allocates every message part larger than a few dozen bytes with
// malloc in the sender and frees it in the receiver. With glibc's
// defaults a part of 128 KiB or more is mmapped and unmapped each time
// until the dynamic threshold catches up, and the heap top is trimmed
// (returned to the kernel) whenever 2x that threshold is free, so a
// stream of large parts faults its pages back in over and over: for
// 1 MiB parts over inproc that was ~30 page faults per part and most of
// the time. In a program built with CGO_ENABLED=0 nothing but libzmq
// (and purego's thread start-up) uses the C heap, so gozmq may choose
// its allocator policy; when libzmq loads it sets two fixed limits with
// mallopt (tuneMalloc).

// EnvMalloc names the environment variable that controls the C
// allocator tuning: "off" disables it, "on" applies it even in a cgo
// build, and unset or "auto" applies it only in a CGO_ENABLED=0 build
// on glibc.
const EnvMalloc = "GOZMQ_MALLOC"

// The limits set, and so the bound on what the C heap keeps. Free
// memory at the top of each malloc arena is returned to the kernel once
// it exceeds mallocTrimThreshold: after a burst, each arena libzmq used
// keeps at most that much freed memory resident. Parts smaller than
// mallocMmapThreshold come from the heap instead of a private mapping.
const (
	mallocTrimThreshold = 64 << 20
	mallocMmapThreshold = 32 << 20 // glibc's maximum on 64-bit
	// mallocMmapThreshold32 is glibc's maximum on 32-bit platforms.
	mallocMmapThreshold32 = 512 << 10
)

// MallocInfo says whether and how gozmq tuned the C allocator that
// libzmq allocates message parts from.
type MallocInfo struct {
	// Tuned is true when the limits below were set with mallopt.
	Tuned bool
	// TrimThreshold and MmapThreshold are the M_TRIM_THRESHOLD and
	// M_MMAP_THRESHOLD values set, in bytes (0 when not tuned).
	TrimThreshold, MmapThreshold int
	// Reason says why the allocator was left alone (empty when tuned).
	Reason string
}

var (
	mallocOnce  sync.Once
	mallocState = MallocInfo{Reason: "libzmq not loaded yet"}
)

// MallocTuning reports what gozmq did to the C allocator when it loaded
// libzmq: see EnvMalloc for how to turn it off, and docs/performance.md
// in the repository for what it bounds.
func MallocTuning() MallocInfo {
	lib()
	return mallocState
}

// tuneMalloc applies the allocator limits once, when libzmq loads.
func tuneMalloc() {
	mallocOnce.Do(func() { mallocState = decideMalloc() })
}

func decideMalloc() MallocInfo {
	switch mode := strings.ToLower(os.Getenv(EnvMalloc)); mode {
	case "off", "0", "false", "no":
		return MallocInfo{Reason: EnvMalloc + "=" + mode}
	case "on", "1", "true", "yes":
	default:
		if cgoBuild {
			return MallocInfo{Reason: "cgo build: other C code may share the heap (" + EnvMalloc + "=on to tune anyway)"}
		}
	}
	if userSetMalloc() {
		return MallocInfo{Reason: "the environment already sets glibc's malloc parameters"}
	}
	return mallopt(mallocTrimThreshold, mmapThreshold())
}

// userSetMalloc reports whether the user tuned glibc's allocator
// through its own environment variables, which then take precedence.
func userSetMalloc() bool {
	if strings.Contains(os.Getenv("GLIBC_TUNABLES"), "glibc.malloc.") {
		return true
	}
	for _, v := range []string{"MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_"} {
		if os.Getenv(v) != "" {
			return true
		}
	}
	return false
}

func mmapThreshold() int {
	if ^uint(0)>>32 == 0 {
		return mallocMmapThreshold32
	}
	return mallocMmapThreshold
}
