#!/usr/bin/env bash
# Runs every test of the module once, verbosely into a log, and prints a readable
# summary: package results, the real Neo4j servers the integration tests ran against,
# and the full output of anything that failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p bin
log=bin/test.log
go test -count=1 -timeout 30m -v ./... >"$log" 2>&1
status=$?
grep -E '^(ok|FAIL|\?)\s|^neo4jtest: |^panic: ' "$log" | grep -v '^?' || true
passed=$(grep -c -- '^--- PASS' "$log" || true)
subpassed=$(grep -cE -- '^\s+--- PASS' "$log" || true)
skipped=$(grep -cE -- '--- SKIP' "$log" || true)
failed=$(grep -cE -- '--- FAIL' "$log" || true)
servers=$(grep -c '^neo4jtest: integration tests run against a real Neo4j' "$log" || true)
echo "tests: $passed passed ($subpassed subtests), $skipped skipped, $failed failed; real Neo4j servers started: $servers (full log: $log)"
if [[ $status -ne 0 ]]; then
	echo "---- failures ----"
	grep -nE -- '--- FAIL|^FAIL|panic:' "$log" | head -50
	echo "---- last 80 lines of the log ----"
	tail -n 80 "$log"
fi
exit $status
