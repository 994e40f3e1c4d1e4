#!/usr/bin/env bash
# make test-arm64: cross-compiles the test binaries for linux/arm64 and
# runs them under qemu user-mode emulation against Debian's arm64
# libzmq5, so the arm64 call trampoline is exercised on an amd64 host.
# Installs qemu-user-static and libzmq5:arm64 with apt when missing
# (Debian, as root). The tests that re-execute the test binary as a
# child process are skipped: without binfmt_misc the kernel cannot run
# an arm64 child, which says nothing about the binding.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! command -v qemu-aarch64-static >/dev/null 2>&1 || [[ ! -e /lib/ld-linux-aarch64.so.1 ]] ||
	! ls /usr/lib/aarch64-linux-gnu/libzmq.so.5 >/dev/null 2>&1; then
	echo "test-arm64: installing qemu-user-static and libzmq5:arm64" >&2
	export DEBIAN_FRONTEND=noninteractive
	dpkg --add-architecture arm64
	apt-get update -qq </dev/null >/dev/null
	apt-get install -y -qq --no-install-recommends qemu-user-static libzmq5:arm64 </dev/null >/dev/null
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
skip='TestContextLibraryNotFound|TestFaultsPeerKilledAndRestarted|TestLoadNotFoundChild|TestMallocTuning'
status=0
for pkg in zmq loader versions internal/ccall internal/wait; do
	GOARCH=arm64 go test -c -o "$out/${pkg##*/}.test" "./$pkg"
	echo "== linux/arm64 under qemu: $pkg"
	(cd "$pkg" && QEMU_LD_PREFIX=/ ZMQ_LIBRARY=/usr/lib/aarch64-linux-gnu/libzmq.so.5 \
		timeout 1200 qemu-aarch64-static "$out/${pkg##*/}.test" -test.count=1 -test.skip "$skip") || status=1
done
exit $status
