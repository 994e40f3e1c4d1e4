#!/usr/bin/env bash
# make test-386 / make test-arm: cross-compiles the zmq, loader, versions,
# internal/ccall and internal/wait tests for a 32-bit Linux (386 or arm) and runs them under qemu
# user-mode emulation against Debian's libzmq5 of that architecture, as
# ci/arm64.sh does for arm64. They go through purego's generic call
# path (there is no 32-bit trampoline), with 32-bit uintptr and size_t.
# Installs qemu-user-static and libzmq5:<arch> with apt when missing
# (Debian, as root).
#
# Two things are specific to running them here rather than on real
# hardware:
#   - qemu is used for 386 too: not every amd64 kernel runs 32-bit
#     binaries (this one has no IA32 emulation).
#   - GODEBUG=asyncpreemptoff=1: under qemu-i386 7.2 the preemption
#     signal sometimes lands on a thread fakecgo is still starting and
#     the runtime faults before main, with or without gozmq (a purego
#     program that only calls getpid does the same).
# On arm the binary names Debian armhf's dynamic linker: Go writes
# /lib/ld-linux.so.3 (armel), which armhf systems lack.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

arch=${1:?usage: ci/qemu32.sh 386|arm}
case $arch in
386) deb=i386 multiarch=i386-linux-gnu qemu=qemu-i386-static ld=/lib/ld-linux.so.2 ldflags=
	tags=gozmq_untested_386 ;; # the build refuses linux/386 without it (zmq/refuse_linux_386.go)
arm) deb=armhf multiarch=arm-linux-gnueabihf qemu=qemu-arm-static ld=/lib/ld-linux-armhf.so.3
	ldflags="-I $ld" tags= ;;
*) echo "qemu32: unknown arch $arch" >&2; exit 2 ;;
esac
lib=/usr/lib/$multiarch/libzmq.so.5

if ! command -v "$qemu" >/dev/null 2>&1 || [[ ! -e $ld ]] || [[ ! -e $lib ]]; then
	echo "test-$arch: installing qemu-user-static and libzmq5:$deb" >&2
	export DEBIAN_FRONTEND=noninteractive
	dpkg --add-architecture "$deb"
	apt-get update -qq </dev/null >/dev/null
	apt-get install -y -qq --no-install-recommends qemu-user-static "libzmq5:$deb" </dev/null >/dev/null
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Re-executing the test binary as a child needs binfmt_misc, absent
# here. The EINTR storms (50,000 messages under a flood of signals) do
# not fit their 2-minute deadline in emulation on 2 cores.
skip='TestContextLibraryNotFound|TestFaultsPeerKilledAndRestarted|TestLoadNotFoundChild|TestMallocTuning|TestEINTRStorm'
status=0
for pkg in zmq loader versions internal/ccall internal/wait; do
	GOARCH=$arch GOARM=7 go test -c -tags "$tags" -ldflags="$ldflags" -o "$out/${pkg##*/}.test" "./$pkg"
	echo "== linux/$arch under qemu: $pkg"
	(cd "$pkg" && GODEBUG=asyncpreemptoff=1 QEMU_LD_PREFIX=/ ZMQ_LIBRARY=$lib \
		timeout 1500 "$qemu" "$out/${pkg##*/}.test" -test.count=1 -test.v -test.timeout 40m -test.skip "$skip" ${QEMU32_RUN:+-test.run "$QEMU32_RUN"}) \
		>"$out/${pkg##*/}.log" 2>&1 || status=1
	grep -E '^(--- FAIL|FAIL|ok|PASS|panic:)' "$out/${pkg##*/}.log" | head -40 || true
	echo "passed $(grep -c -- '^--- PASS' "$out/${pkg##*/}.log" || true)," \
		"failed $(grep -c -- '^--- FAIL' "$out/${pkg##*/}.log" || true)," \
		"skipped $(grep -c -- '^--- SKIP' "$out/${pkg##*/}.log" || true) (top-level tests)"
	[[ $status == 0 ]] || tail -40 "$out/${pkg##*/}.log"
	cp "$out/${pkg##*/}.log" "${QEMU32_LOGS:-/tmp}/gozmq-$arch-${pkg##*/}.log" 2>/dev/null || true
done
exit $status
