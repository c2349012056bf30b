#!/usr/bin/env bash
# Runs every fuzz target of the module for a bounded time each (default 10s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
t=${1:-10s}
for pkg in $(go list ./...); do
	for target in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
		echo "fuzz: $pkg $target for $t"
		PARLEY_SKIP_NEO4J=1 go test -run '^$' -fuzz "^${target}\$" -fuzztime "$t" "$pkg"
	done
done
