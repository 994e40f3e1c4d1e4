#!/usr/bin/env bash
# The "run it" command (make demo): builds the echo server and client
# with CGO_ENABLED=0, starts the server on two loopback endpoints (tcp and
# ipc), runs the client against each, stops the server and prints a
# summary. Every step has a timeout, so it never hangs.
#
# DEMO_EXEC, when set, is a program that starts each binary (ci/musl.sh
# gives musl's dynamic loader); DEMO_DEPS=0 skips installing libzmq.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

[[ "${DEMO_DEPS:-1}" == 0 ]] || ci/install-deps.sh
run=${DEMO_EXEC:-}

work=$(mktemp -d -t gozmq-demo.XXXXXX)
server_pid=""
cleanup() {
	if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

echo "== building examples/echo-server, examples/echo-client, examples/version (CGO_ENABLED=0)"
timeout 300 go build -o "$work/" ./examples/echo-server ./examples/echo-client ./examples/version
go version -m "$work/echo-client" | awk '/CGO_ENABLED/ {print "   echo-client built with " $2 " (no C compiler, no libzmq headers)"}'

echo "== libzmq"
timeout 30 $run "$work/version"

port=${DEMO_PORT:-5555}
# Use another port if 5555 is taken.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
	port=$((20000 + RANDOM % 20000))
fi
tcp="tcp://127.0.0.1:$port"
ipc="ipc://$work/echo.sock"
rounds=${DEMO_ROUNDS:-3}

echo "== starting echo-server on $tcp and $ipc"
$run "$work/echo-server" -bind "$tcp" -bind "$ipc" -n $((2 * rounds)) -timeout 30s >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
	grep -q "listening on $ipc" "$work/server.log" 2>/dev/null && break
	if ! kill -0 "$server_pid" 2>/dev/null; then
		cat "$work/server.log"
		echo "demo: echo-server exited early" >&2
		exit 1
	fi
	sleep 0.1
done

status=0
for ep in "$tcp" "$ipc"; do
	echo "== echo-client -connect $ep -n $rounds"
	timeout 60 $run "$work/echo-client" -connect "$ep" -n "$rounds" -timeout 5s || status=1
done

# The server stops by itself after serving every request; give it a
# moment, then stop it with SIGTERM if it is still there.
for _ in $(seq 1 50); do
	kill -0 "$server_pid" 2>/dev/null || break
	sleep 0.1
done
if kill -0 "$server_pid" 2>/dev/null; then
	kill -TERM "$server_pid"
fi
wait "$server_pid" || status=1
server_pid=""
echo "== echo-server output"
cat "$work/server.log"

echo "== summary"
served=$(grep -c 'request [0-9]*:' "$work/server.log" || true)
echo "libzmq $($run "$work/version" -short) ($($run "$work/version" | awk '/library path/ {print $3}'))"
echo "server served $served requests of $((2 * rounds)) over tcp and ipc"
if [[ $status -eq 0 && $served -eq $((2 * rounds)) ]]; then
	echo "demo: OK"
else
	echo "demo: FAILED" >&2
	exit 1
fi
