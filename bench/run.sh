#!/usr/bin/env bash
# Benchmarks, each printing its own table. quick: extraction throughput and a
# 500-article load against a throwaway Neo4j next to Neo4j's own bulk path.
# large: the same load at 10,000 articles (PARLEY_BENCH_ARTICLES overrides).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-quick}
n=500
[[ $mode == large ]] && n=${PARLEY_BENCH_ARTICLES:-10000}
echo "## Extraction (seeds + gold dev texts, mixed languages), $(nproc) cores"
go test -run '^$' -bench 'Article' -benchmem -count 3 ./graph/extract/ | grep -E '^Benchmark|MB/s'
echo "## Extraction on one core"
go test -run '^$' -bench 'Article' -benchmem -cpu 1 -count 3 ./graph/extract/ | grep -E '^Benchmark'
echo "## Load of $n synthetic articles vs Neo4j's bulk path (UNWIND ... CREATE)"
PARLEY_BENCH_ARTICLES=$n go test -run '^$' -bench 'Load' -benchtime 1x -timeout 60m ./graph/neo4j/ | grep -E '^Benchmark|ratio|articles'
