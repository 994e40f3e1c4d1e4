#!/usr/bin/env bash
# make soak: a million messages of mixed sizes over inproc and tcp on
# 127.0.0.1, with the process's RSS at start, middle and end. Extra
# arguments go to the soak command (-n, -tolerance).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
go run ./ci/soak "$@"
