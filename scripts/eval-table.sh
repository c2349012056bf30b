#!/usr/bin/env bash
# Prints the README's extraction-quality table: totals per gold set (P/R/F1 and counts).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
go build -o bin/parley ./cmd/parley
echo "| gold set | meetings P/R/F1 (TP/FP/FN) | calls | statements (right speaker) | not-met violations |"
echo "|---|---|---|---|---|"
for d in testdata/gold/dev testdata/gold/seeds testdata/gold/validation testdata/gold/heldout; do
	# awk reads the whole report (an early exit would kill parley with SIGPIPE under pipefail).
	bin/parley eval "$d" 2>/dev/null | awk -F'|' -v d="${d#testdata/gold/}" '/^\| \*\*total/ && !done {printf "| %s |%s|%s|%s|%s|\n", d, $3, $4, $5, $6; done=1}'
done
