#!/usr/bin/env bash
# The "test it" command (make test): installs the run-time libraries if
# missing, then vets, checks formatting and runs every test of the main
# module with cgo off. Any failure makes the script exit non-zero.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

ci/install-deps.sh

echo "== go vet"
go vet ./...

echo "== gofmt"
# Modules of their own under ci/ are checked by their own tests.
unformatted=$(gofmt -l $(git ls-files -co --exclude-standard '*.go' 2>/dev/null || find . -name '*.go') 2>&1 || true)
if [[ -n "$unformatted" ]]; then
	echo "gofmt: these files need gofmt -w:" >&2
	echo "$unformatted" >&2
	exit 1
fi

echo "== header facts: versions tables against every release's zmq.h facts (versions/testdata), doc comments against the tables"
go test -count=1 -run '^(TestHeaderFacts|TestDocReleases)' -v ./versions/ | grep -v -E '^(=== RUN|=== NAME|    --- PASS)'

echo "== go test"
go test -count=1 -timeout "${GO_TEST_TIMEOUT:-20m}" ${GO_TEST_FLAGS:-} ./...

echo "== go test -tags gozmq_purego (the portable call path other architectures use)"
go vet -tags gozmq_purego ./...
go test -count=1 -timeout "${GO_TEST_TIMEOUT:-20m}" -tags gozmq_purego ${GO_TEST_FLAGS:-} ./internal/... ./loader/ ./zmq/

echo "== go test (ci/interop: pyzmq, go-zeromq/zmq4, network namespaces)"
(cd ci/interop && go vet ./... && go test -count=1 -timeout "${GO_TEST_TIMEOUT:-20m}" ${GO_TEST_FLAGS:-} ./...)
