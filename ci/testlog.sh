# Sourced by ci/matrix.sh and ci/windows.sh.
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
