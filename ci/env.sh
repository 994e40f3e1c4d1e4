# Sourced by the ci/ scripts: puts Go on PATH and moves to the repo root.
if ! command -v go >/dev/null 2>&1; then
	export PATH="/usr/local/go/bin:$PATH"
fi
if ! command -v go >/dev/null 2>&1; then
	echo "ci: go not found on PATH or in /usr/local/go/bin" >&2
	exit 1
fi
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CGO_ENABLED=0
