#!/usr/bin/env bash
# make bench: compare gozmq with github.com/pebbe/zmq4 (cgo) and with C
# (cbench/cbench.c) on the system libzmq, interleaved, several rounds;
# prints medians and ratios, writes results/results.md and a chart.
#
#   ROUNDS=7 SCALE=1 CHART=results/perf.png ci/bench/run.sh [-only REGEXP] [-baseline old/results.json]
#
# BENCH_WAIT=1 adds columns for gozmq with GOZMQ_WAIT=thread.
# BENCH_BASE_COMMIT=<rev> adds columns for gozmq as of that commit, run
# in the same rounds, and checks the 16 B and 1 KiB rows against them.
#
# To refresh the README's chart: CHART=../../docs/perf.png make bench
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PATH:/usr/local/go/bin"

# The comparison needs a C compiler and libzmq's headers (cgo for
# pebbe/zmq4, gcc for cbench.c); install them on Debian when missing.
need=()
command -v gcc >/dev/null || need+=(gcc)
{ [ -f /usr/include/zmq.h ] && ldconfig -p | grep -q 'libzmq\.so '; } || need+=(libzmq3-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
if ((${#need[@]})); then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "bench: installing ${need[*]}"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
	else
		echo "bench: needs ${need[*]} (Debian: apt-get install ${need[*]})" >&2
		exit 1
	fi
fi

mkdir -p results
# The driver and pebbe/zmq4's workers need cgo; gozmq's workers are a
# CGO_ENABLED=0 build, as a gozmq program is meant to be built (and the
# build in which gozmq tunes the C allocator by default).
CGO_ENABLED=1 go build -o results/bench .
CGO_ENABLED=0 go build -o results/bench-gozmq .
if [ -n "${BENCH_BASE_COMMIT:-}" ]; then
	# The earlier commit's bench, from its own tree (git archive, so the
	# checkout is untouched). Commits before the bench had a cgo-free
	# build need cgo; that is said in the header.
	base=results/base-src
	rm -rf "$base" && mkdir -p "$base"
	git -C ../.. archive "$BENCH_BASE_COMMIT" | tar -x -C "$base"
	label=$(git -C ../.. rev-parse --short "$BENCH_BASE_COMMIT")
	if ! (cd "$base/ci/bench" && CGO_ENABLED=0 go build -o ../../../bench-base . 2>/dev/null); then
		(cd "$base/ci/bench" && CGO_ENABLED=1 go build -o ../../../bench-base .)
		label="$label (cgo build)"
	fi
	export BENCH_BASE=$PWD/results/bench-base BENCH_BASE_LABEL=$label
fi
exec results/bench -gozmq results/bench-gozmq -rounds "${ROUNDS:-7}" -scale "${SCALE:-1}" -out results -chart "${CHART:-results/perf.png}" "$@"
