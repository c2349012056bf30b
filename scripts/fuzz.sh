#!/usr/bin/env bash
# Runs every fuzz target of the module for a bounded budget each: scripts/fuzz.sh [BUDGET],
# where BUDGET is any -fuzztime value and overrides the per-target defaults below.
#
# The defaults are counts of executions, not durations: with a duration, Go 1.26's fuzz
# coordinator can report a spurious "context deadline exceeded" failure when the time runs
# out while a worker is mid-call (golang/go#75804, fixed in Go 1.27). A count has no deadline
# to race. Each default is about 10 s on two cores (extraction runs at 1-2k inputs/s, date
# parsing at 50-100k/s); a target not listed gets 20000x.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
declare -A budget=(
	[FuzzParseDate]=500000x
	[FuzzArticle]=15000x
	[FuzzNormalise]=100000x
	[FuzzRead]=15000x
)
for pkg in $(go list ./...); do
	for target in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
		t=${1:-${budget[$target]:-20000x}}
		echo "fuzz: $pkg $target for $t"
		PARLEY_SKIP_NEO4J=1 go test -run '^$' -fuzz "^${target}\$" -fuzztime "$t" "$pkg"
	done
done
