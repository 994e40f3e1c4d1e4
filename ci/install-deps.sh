#!/usr/bin/env bash
# Installs what gozmq's tests and demo need at run time on a Debian or
# Ubuntu machine: libzmq5 (the library the binding opens with dlopen)
# and python3-zmq (the peer of the interop tests). Nothing is built and
# nothing is installed that is already there. Without apt, or without
# root, it only checks: it fails only when no libzmq can be found.
set -euo pipefail

log() { echo "install-deps: $*" >&2; }

have_libzmq() {
	if [[ -n "${ZMQ_LIBRARY:-}" && -e "${ZMQ_LIBRARY}" ]]; then
		return 0
	fi
	if command -v ldconfig >/dev/null 2>&1 || [[ -x /sbin/ldconfig ]]; then
		if { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q 'libzmq\.so\.5 '; then
			return 0
		fi
	fi
	local d
	for d in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /lib/x86_64-linux-gnu \
		/lib/aarch64-linux-gnu /usr/lib64 /usr/lib /usr/local/lib; do
		[[ -e "$d/libzmq.so.5" ]] && return 0
	done
	return 1
}

# The interop tests may run whichever python3 is on PATH or Debian's
# /usr/bin/python3; either importing zmq is enough.
have_pyzmq() {
	local py
	for py in python3 /usr/bin/python3; do
		(cd / && "$py" -c 'import zmq' >/dev/null 2>&1) && return 0
	done
	return 1
}

want=()
have_libzmq || want+=(libzmq5)
have_pyzmq || want+=(python3-zmq)

if [[ ${#want[@]} -eq 0 ]]; then
	log "libzmq and python3-zmq already present"
	exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo=(sudo -n)
	else
		sudo=(false)
	fi
fi

if command -v apt-get >/dev/null 2>&1 && [[ ${sudo[0]:-} != false ]]; then
	log "installing ${want[*]}"
	export DEBIAN_FRONTEND=noninteractive
	if ! "${sudo[@]}" apt-get update -qq </dev/null >/dev/null; then
		log "apt-get update failed"
	fi
	# One package at a time so that a missing python3-zmq cannot stop
	# libzmq5 from being installed.
	for p in "${want[@]}"; do
		"${sudo[@]}" apt-get install -y -qq --no-install-recommends "$p" </dev/null >/dev/null ||
			log "apt-get install $p failed"
	done
else
	log "cannot install ${want[*]} (no apt-get or not root); checking what is there"
fi

if ! have_libzmq; then
	log "no libzmq.so.5 found. Install libzmq (Debian/Ubuntu: apt-get install libzmq5)"
	log "or set ZMQ_LIBRARY to the path of a libzmq shared library."
	exit 1
fi
have_pyzmq || log "python3-zmq is not available; interop tests with pyzmq will skip"
exit 0
