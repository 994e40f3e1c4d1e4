#!/usr/bin/env bash
# make interop: gozmq against pyzmq and go-zeromq/zmq4 over tcp on
# 127.0.0.1, and the two-namespace link-cut test (root and iproute2,
# else it skips). ci/interop is a module of its own.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
ci/install-deps.sh
cd ci/interop
go vet ./...
go test -count=1 -timeout "${GO_TEST_TIMEOUT:-10m}" -v ./...
