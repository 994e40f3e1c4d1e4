#!/usr/bin/env bash
# make test-musl ZMQ_MUSL_LIB=/path/libzmq.so.5: the tests and the echo
# demo on musl libc, as on Alpine, against a libzmq built for
# x86_64-linux-musl. Installs Debian's musl package when its dynamic
# loader is missing (as root); it builds no libzmq: the library is yours
# (cross-built for musl, needing nothing but musl's libc.so and what
# sits beside it).
#
# How a CGO_ENABLED=0 binary of ours meets musl. Go writes the glibc
# loader (/lib64/ld-linux-x86-64.so.2) into the binary as its ELF
# interpreter and libc.so.6, libpthread.so.0 and libdl.so.2 as its
# needed libraries, with no symbol versions. musl's loader answers those
# three names (and every libc/libpthread/libdl/libm/librt name) with
# itself, so only the interpreter has to change:
#   - the test binaries are linked with musl's loader as interpreter
#     (-ldflags=-I$MUSL_LD), so that a test which re-executes its own
#     binary (os.Args[0]) starts the child under musl too;
#   - the demo's binaries are built exactly as for glibc and started
#     through musl's loader ($MUSL_LD ./echo-server ...), which is what
#     Alpine's gcompat package does for an unchanged binary (gcompat
#     also preloads its libgcompat, which these binaries do not need).
# The musl processes get a temporary directory as LD_LIBRARY_PATH with
# libzmq under its soname, found as `apk add zeromq` makes it found
# (nothing sets ZMQ_LIBRARY), and libc.so.6, libpthread.so.0 and
# libdl.so.2 naming musl's libc, the gcompat-style names. MUSL_SHIMS=0
# leaves those out: musl resolves the three names to itself before it
# searches any path, so the run is the same without them. Only the musl
# processes see that directory: a glibc program given it would load
# musl as its libc.so.6 and crash.
#
# MUSL_PKGS chooses the packages (default: ./zmq ./zmq4 ./zmq4/draft
# ./loader ./versions ./internal/ccall, and ./internal/wait when it
# exists); MUSL_RUN is passed to -test.run; MUSL_TIMEOUT bounds each
# binary; MUSL_LOGS, when set, is a directory that keeps the logs;
# MUSL_DEMO=0 skips the echo demo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source ci/testlog.sh

lib=${ZMQ_MUSL_LIB:-}
need_file test-musl ZMQ_MUSL_LIB "$lib" "a libzmq built for x86_64-linux-musl, e.g.
  make test-musl ZMQ_MUSL_LIB=/opt/zmq/musl-4.3.5/lib/libzmq.so.5"
given=$(basename "$lib")
lib=$(realpath "$lib")
if [[ "$(go env GOARCH)" != amd64 || "$(uname -m)" != x86_64 ]]; then
	echo "test-musl: only linux/amd64 (x86_64 musl) is wired up here" >&2
	exit 2
fi

MUSL_LD=${MUSL_LD:-/lib/ld-musl-x86_64.so.1}
if [[ ! -e "$MUSL_LD" ]]; then
	echo "test-musl: installing musl" >&2
	apt_install musl
fi
musl_libc=$(realpath "$MUSL_LD")
# musl's loader prints its version when started with no program.
musl_ver=$("$MUSL_LD" 2>&1 | awk '/^Version/ {print $2; exit}' || true)

pkgs=${MUSL_PKGS:-./zmq ./zmq4 ./zmq4/draft ./loader ./versions ./internal/ccall}
if [[ -z "${MUSL_PKGS:-}" && -d internal/wait ]]; then
	pkgs+=" ./internal/wait"
fi
timeout=${MUSL_TIMEOUT:-10m}
work=$(mktemp -d -t gozmq-musl.XXXXXX)
keep=${MUSL_LOGS:-}
[[ -n "$keep" ]] && mkdir -p "$keep"
trap 'rm -rf "$work"' EXIT

# The library directory: libzmq under its soname, and the glibc names.
libdir="$work/lib"
mkdir -p "$libdir"
soname=libzmq.so.5
[[ "$given" =~ ^libzmq\.so\.[0-9]+$ ]] && soname=$given
ln -s "$lib" "$libdir/$soname"
if [[ "${MUSL_SHIMS:-1}" != 0 ]]; then
	for n in libc.so.6 libpthread.so.0 libdl.so.2; do
		ln -s "$musl_libc" "$libdir/$n"
	done
fi
unset ZMQ_LIBRARY
# Prefix for starting a program built with musl's loader as interpreter.
menv=(env LD_LIBRARY_PATH="$libdir")

echo "== musl ${musl_ver:-?} ($MUSL_LD -> $musl_libc)"
echo "== $lib: what musl's loader needs for it"
rc=0
deps=$("$MUSL_LD" --list "$lib" 2>&1) || rc=$?
echo "$deps" | head -20 | sed 's/^/   /'
if [[ $rc -ne 0 ]]; then
	echo "test-musl: musl's loader cannot load $lib: not built for musl, or a dependency is missing (above)" >&2
	exit 1
fi

echo "== building the version example and the test binaries (CGO_ENABLED=0, interpreter $MUSL_LD)"
ldflags="-I $MUSL_LD"
go build -ldflags="$ldflags" -o "$work/version" ./examples/version
ver=$(timeout 30 "${menv[@]}" "$work/version" -short 2>/dev/null || echo "not-loaded")
if [[ "$ver" == not-loaded ]]; then
	timeout 30 "${menv[@]}" "$work/version" || true
	echo "test-musl: the version example could not load $lib under musl" >&2
	exit 1
fi
declare -a tests=()
build_tests "$work" .test "$pkgs" -ldflags="$ldflags"

status=0
P=0 F=0 S=0 V=0
exits=""
for t in "${tests[@]}"; do
	name=${t%%=*} dir=${t#*=}
	log="$work/${name}.log"
	echo "== linux/amd64 on musl ${musl_ver:-?}, libzmq $ver: ${name%.test}"
	run_test "${name%.test}" "$log" "$dir" "${MUSL_RUN:-}" "${menv[@]}" "$work/$name"
	# Skips are listed with their reasons: on musl none may be silent.
	# go test -v prints a skip's reason on the line before "--- SKIP".
	awk '/^ *--- SKIP/ { r = prev; sub(/^ +/, "", r); if (r ~ /^=== /) r = "(no reason given)"; print "   skip " $3 ": " r }
		{ prev = $0 }' "$log" | head -40
	[[ -n "$keep" ]] && cp "$log" "$keep/"
done
[[ $F -gt 0 ]] && status=1

demo="not run (MUSL_DEMO=0)"
if [[ "${MUSL_DEMO:-1}" != 0 ]]; then
	echo
	echo "== echo demo: binaries built as for glibc, started through $MUSL_LD"
	# musl's loader takes the library path as an option here, so that
	# the script's own (glibc) commands never see it.
	if DEMO_EXEC="$MUSL_LD --library-path $libdir" DEMO_DEPS=0 ci/demo.sh; then
		demo="OK"
	else
		demo="FAILED"
		status=1
	fi
fi

echo
echo "== linux/amd64 on musl ${musl_ver:-?} ($lib, libzmq $ver)"
printf 'passed %4d  failed %3d  skipped %3d  skipped-by-version %3d%s\n' "$P" "$F" "$S" "$V" "$exits"
echo "echo demo under musl: $demo"
exit $status
