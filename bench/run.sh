#!/usr/bin/env bash
# make bench: extraction on the real articles (seeds + dev gold), then
# bench/scale.sh at 1,000 and 10,000 synthetic articles (about 10 minutes).
# The 100,000 size is an opt-in: bench/run.sh 100000 (about 45 minutes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
echo "## Extraction of the real articles (seeds + gold dev texts, nine languages), one core"
go test -run '^$' -bench 'Article' -benchmem -cpu 1 -count 3 ./graph/extract/ | grep -E '^Benchmark'
if [[ $# -eq 0 ]]; then
	set -- 1000 10000
fi
bench/scale.sh "$@"
