# Sourced by ci/matrix.sh, ci/musl.sh and ci/windows.sh: the steps they
# share to build test binaries once, run them one by one and count what
# the logs say.
#
# count_tests summarises one -test.v log as "pass fail skip by-version".
# Log lines are attributed to the test named by the last === RUN/CONT
# line, so a skip is "by version" when its test said skipped-by-version.
# Carriage returns (a Windows binary's output) are dropped first.
count_tests() {
	tr -d '\r' <"$1" | awk '
	/^=== (RUN|CONT|PAUSE|NAME)/ { cur = $3; next }
	/skipped-by-version/ { byver[cur] = 1 }
	/^ *--- PASS/ { pass++ }
	/^ *--- FAIL/ { fail++ }
	/^ *--- SKIP/ { name = $3; if (name in byver) vskip++; else skip++ }
	END { printf "%d %d %d %d\n", pass, fail, skip, vskip }'
}

# need_file SCRIPT VAR PATH EXAMPLE exits 2, saying how to set VAR, when
# PATH (VAR's value) is not a file.
need_file() {
	if [[ -z "$3" || ! -f "$3" ]]; then
		echo "$1: set $2 to $4" >&2
		exit 2
	fi
}

# apt_install PKG... installs Debian packages quietly (as root), for a
# tool a script needs and does not find.
apt_install() {
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq </dev/null >/dev/null
	apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
}

# build_tests DIR SUFFIX PKGS [FLAG...] compiles the test binary of each
# package with tests among PKGS (a space-separated list) into DIR, named
# after its import path plus SUFFIX, with go test -c FLAGs, and appends
# "name=package directory" to the array tests. GOOS and GOARCH from the
# environment choose the target.
build_tests() {
	local out=$1 suffix=$2 pkgs=$3 p ip name
	shift 3
	for p in $pkgs; do
		for ip in $(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}={{.Dir}}{{end}}' "$p"); do
			name=${ip%%=*}
			name=${name//\//_}$suffix
			go test -c "$@" -o "$out/$name" "${ip%%=*}"
			tests+=("$name=${ip#*=}")
			echo "   $out/$name"
		done
	done
}

# run_test NAME LOG DIR RUN CMD... runs the test binary CMD (with any
# command and environment before it) in DIR, its package's directory,
# with -test.v, one count, -test.timeout=$timeout and RUN as -test.run
# when not empty, into LOG; the whole run is bounded at 30 minutes. It
# adds the log's counts to P F S V and, when the binary fails, appends
# " NAME:exit=RC" to exits, sets status=1 and prints the failure lines.
run_test() {
	local name=$1 log=$2 dir=$3 run=$4 rc=0 p f s v
	shift 4
	(cd "$dir" && timeout --kill-after=30s 30m "$@" \
		-test.v -test.count=1 -test.timeout="$timeout" ${run:+-test.run="$run"} \
		>"$log" 2>&1) || rc=$?
	read -r p f s v < <(count_tests "$log")
	P=$((P + p)) F=$((F + f)) S=$((S + s)) V=$((V + v))
	if [[ $rc -ne 0 ]]; then
		exits+=" $name:exit=$rc"
		status=1
		tr -d '\r' <"$log" | grep -E '^ *--- FAIL|^panic:|^FAIL' | head -20 | sed 's/^/   /' || true
	fi
}
