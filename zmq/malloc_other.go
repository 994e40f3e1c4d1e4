//go:build !linux

package zmq

// mallopt does nothing outside Linux: darwin's and the BSDs' allocators
// have no such knobs worth turning here, and on Windows libzmq uses the
// C runtime's heap.
func mallopt(trim, mmap int) MallocInfo {
	return MallocInfo{Reason: "allocator tuning is for glibc only"}
}
