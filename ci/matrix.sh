#!/usr/bin/env bash
# Runs the same test binaries against several libzmq builds.
#
#   ZMQ_LIBS="/usr/lib/x86_64-linux-gnu/libzmq.so.5 /opt/zmq/2.1.11/lib/libzmq.so.1" ci/matrix.sh
#
# The test binaries are compiled once (CGO_ENABLED=0), which is the point:
# one binary, many libzmq releases chosen at run time with ZMQ_LIBRARY.
# Prints one line per library with the version it reported and the test
# counts; "by-version" counts skips that the loaded release explains
# ("skipped-by-version"). Exits non-zero if any library had a failure.
# Full logs stay in $MATRIX_LOGS (default: a temporary directory).
#
# MATRIX_PKGS chooses the packages (default: ./zmq ./zmq4 ./zmq4/draft ./gozeromq/zmq4 ./loader ./versions ./internal/ccall ./internal/wait);
# MATRIX_RUN is passed to -test.run; MATRIX_TIMEOUT bounds each binary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source ci/testlog.sh

pkgs=${MATRIX_PKGS:-./zmq ./zmq4 ./zmq4/draft ./gozeromq/zmq4 ./loader ./versions ./internal/ccall ./internal/wait}
timeout=${MATRIX_TIMEOUT:-10m}
libs=${ZMQ_LIBS:-}
if [[ -z "${libs// /}" ]]; then
	# The system library: what the dynamic linker finds by soname.
	libs=$(ldconfig -p 2>/dev/null | awk '$1 ~ /^libzmq\.so\.[0-9]+$/ {print $NF; exit}')
	if [[ -z "$libs" ]]; then
		echo "matrix: no system libzmq found; set ZMQ_LIBS" >&2
		exit 1
	fi
fi

logs=${MATRIX_LOGS:-$(mktemp -d -t gozmq-matrix.XXXXXX)}
bin="$logs/bin"
mkdir -p "$bin"

echo "== building test binaries once (CGO_ENABLED=0)"
go build -o "$bin/version" ./examples/version
declare -a tests=()
build_tests "$bin" .test "$pkgs"

status=0
summary=()
for lib in $libs; do
	tag=$(echo "$lib" | tr '/' '_' | sed 's/^_//')
	ver=$(ZMQ_LIBRARY=$lib timeout 30 "$bin/version" -short 2>/dev/null || echo "not-loaded")
	P=0 F=0 S=0 V=0
	exits=""
	for t in "${tests[@]}"; do
		name=${t%%=*} dir=${t#*=}
		log="$logs/$tag.$name.log"
		echo "== $lib ($ver): ${name%.test}"
		run_test "${name%.test}" "$log" "$dir" "${MATRIX_RUN:-}" env ZMQ_LIBRARY="$lib" "$bin/$name"
	done
	[[ $F -gt 0 ]] && status=1
	summary+=("$(printf '%-45s %-12s passed %4d  failed %3d  skipped %3d  skipped-by-version %3d%s' \
		"$lib" "$ver" "$P" "$F" "$S" "$V" "$exits")")
done

echo
echo "== matrix (logs in $logs)"
printf '%s\n' "${summary[@]}"
exit $status
