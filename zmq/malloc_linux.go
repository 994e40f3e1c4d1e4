package zmq

import "github.com/ebitengine/purego"

// mallopt's parameter numbers (glibc's malloc.h), variables so that
// the negative values convert to uintptr.
var (
	mTrimThreshold = -1
	mMmapThreshold = -3
)

// mallopt sets the two limits on glibc; elsewhere (musl, other C
// libraries) it does nothing. gnu_get_libc_version exists only in glibc,
// and other libraries' mallopt takes other parameters or none.
func mallopt(trim, mmap int) MallocInfo {
	if _, err := purego.Dlsym(purego.RTLD_DEFAULT, "gnu_get_libc_version"); err != nil {
		return MallocInfo{Reason: "C library is not glibc"}
	}
	fn, err := purego.Dlsym(purego.RTLD_DEFAULT, "mallopt")
	if err != nil {
		return MallocInfo{Reason: "no mallopt in the C library"}
	}
	// Setting M_MMAP_THRESHOLD also turns off glibc's dynamic
	// adjustment, which would otherwise move the trim threshold again.
	if r, _, _ := purego.SyscallN(fn, uintptr(mMmapThreshold), uintptr(mmap)); int32(r) != 1 {
		return MallocInfo{Reason: "mallopt(M_MMAP_THRESHOLD) failed"}
	}
	if r, _, _ := purego.SyscallN(fn, uintptr(mTrimThreshold), uintptr(trim)); int32(r) != 1 {
		return MallocInfo{Reason: "mallopt(M_TRIM_THRESHOLD) failed"}
	}
	return MallocInfo{Tuned: true, TrimThreshold: trim, MmapThreshold: mmap}
}
