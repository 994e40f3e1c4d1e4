#!/usr/bin/env bash
# make test-windows ZMQ_WIN_DLL=/path/libzmq.dll: cross-compiles the test
# binaries for windows/amd64 (CGO_ENABLED=0) and runs each under Wine
# against that libzmq DLL, then sums up passed/failed/skipped as
# ci/matrix.sh does. Installs Wine with apt when missing (Debian, as
# root); it builds no libzmq: the DLL is yours (a vcpkg, MSYS2 or MinGW
# build). Wine runs in a throwaway WINEPREFIX under /tmp.
#
# WIN_PKGS chooses the packages (default: ./zmq ./loader ./versions ./internal/wait;
# ./examples needs a Go tool chain inside Wine and is left out);
# WIN_RUN is passed to -test.run; WIN_TIMEOUT bounds each binary;
# WIN_LOGS, when set, is a directory that keeps the logs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source ci/testlog.sh

dll=${ZMQ_WIN_DLL:-}
need_file test-windows ZMQ_WIN_DLL "$dll" "a libzmq DLL for windows/amd64, e.g.
  make test-windows ZMQ_WIN_DLL=/opt/win/libzmq.dll"
dll=$(realpath "$dll")

wine=$(command -v wine64 || command -v wine || true)
if [[ -z "$wine" ]]; then
	echo "test-windows: installing wine" >&2
	apt_install wine wine64
	wine=$(command -v wine64 || command -v wine)
fi

pkgs=${WIN_PKGS:-./zmq ./loader ./versions ./internal/wait}
timeout=${WIN_TIMEOUT:-15m}
work=$(mktemp -d -t gozmq-win.XXXXXX)
keep=${WIN_LOGS:-}
[[ -n "$keep" ]] && mkdir -p "$keep"
trap 'rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Wine maps / to drive Z:, so a unix path is Z: plus the path with
# backslashes: the loader is given the Windows form, as a user would.
windll="Z:${dll//\//\\}"

echo "== wine: $("$wine" --version 2>/dev/null) (WINEPREFIX $WINEPREFIX)"
"$wine" wineboot --init >/dev/null 2>&1 || true
sys32="$WINEPREFIX/drive_c/windows/system32"
if [[ ! -e "$sys32/bcryptprimitives.dll" ]]; then
	# Go 1.24+ programs abort at start without ProcessPrng from
	# bcryptprimitives.dll, which Wine 8 lacks: put a stand-in in the
	# throwaway prefix (ci/windows/bcryptprimitives.c).
	if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
		echo "test-windows: installing gcc-mingw-w64-x86-64 (for the bcryptprimitives.dll stand-in)" >&2
		apt_install gcc-mingw-w64-x86-64
	fi
	echo "== wine has no bcryptprimitives.dll: building the stand-in"
	x86_64-w64-mingw32-gcc -O2 -shared -o "$sys32/bcryptprimitives.dll" ci/windows/bcryptprimitives.c -ladvapi32
fi

echo "== building test binaries for windows/amd64 (CGO_ENABLED=0)"
declare -a tests=()
GOOS=windows GOARCH=amd64 build_tests "$work" .test.exe "$pkgs"

status=0
P=0 F=0 S=0 V=0
exits=""
for t in "${tests[@]}"; do
	name=${t%%=*} dir=${t#*=}
	log="$work/${name%.exe}.log"
	echo "== windows/amd64 under wine: ${name%.test.exe} (ZMQ_LIBRARY=$windll)"
	run_test "${name%.test.exe}" "$log" "$dir" "${WIN_RUN:-}" env ZMQ_LIBRARY="$windll" "$wine" "$work/$name"
	[[ -n "$keep" ]] && cp "$log" "$keep/"
done
[[ $F -gt 0 ]] && status=1
wineserver=$(command -v wineserver || ls /usr/lib/wine/wineserver* 2>/dev/null | head -1 || true)
[[ -n "$wineserver" ]] && "$wineserver" -k >/dev/null 2>&1 || true
echo
echo "== windows/amd64 under wine ($dll)"
# This summary counts skips by version with the other skips.
printf 'passed %4d  failed %3d  skipped %3d%s\n' "$P" "$F" "$((S + V))" "$exits"
exit $status
