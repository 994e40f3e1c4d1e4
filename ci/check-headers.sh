#!/usr/bin/env bash
# Checks the versions/ constant tables against real zmq.h headers, with
# the same code that checks them against the facts files in
# versions/testdata on every "make test"; use it for headers those
# files do not cover.
#
#   ZMQ_HEADERS="2.1.11=/opt/zmq/2.1.11/include/zmq.h 4.3.5=/opt/zmq/4.3.5/include/zmq.h" ci/check-headers.sh
#
# ZMQ_HEADERS is a whitespace-separated list of version=path pairs (the
# format of versions/facts_test.go). Instead, ZMQ_HEADERS_DIR may name
# a directory holding <version>/zmq.h for many releases; every one is
# checked. Only headers are read; no libzmq is needed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

ZMQ_HEADERS=${ZMQ_HEADERS:-}
if [[ -z "${ZMQ_HEADERS// /}" && -n "${ZMQ_HEADERS_DIR:-}" ]]; then
	for h in "$ZMQ_HEADERS_DIR"/*/zmq.h; do
		[[ -e "$h" ]] || continue
		v=$(basename "$(dirname "$h")")
		ZMQ_HEADERS+=" $v=$h"
	done
fi
if [[ -z "${ZMQ_HEADERS// /}" ]]; then
	echo 'check-headers: set ZMQ_HEADERS="version=path/zmq.h ...", e.g.' >&2
	echo '  make check-headers ZMQ_HEADERS="4.3.5=/opt/zmq/4.3.5/include/zmq.h"' >&2
	echo 'or ZMQ_HEADERS_DIR=dir with dir/<version>/zmq.h' >&2
	exit 2
fi
export ZMQ_HEADERS
go test -count=1 -run '^TestHeaders$' -v ./versions/
