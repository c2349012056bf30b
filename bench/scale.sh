#!/usr/bin/env bash
# How Parley grows with the archive: for each size (default 1000 10000; add
# 100000 as an opt-in, it takes about 45 minutes), a synthetic corpus from
# bench/corpus (seed 1), then
#   1. extraction throughput and peak heap (go test -bench Corpus, 1 and all cores);
#   2. the loader against Neo4j's own bulk path for the same extracted rows
#      (go test -bench Load, a throwaway Neo4j; up to 20,000 articles), and the bulk
#      path alone (go test -bench Bulk) at every size;
#   3. `parley load` of the JSONL into a fresh throwaway Neo4j (the first-load path:
#      extraction, the merge in memory, bulk writes): wall time, the loader's peak
#      resident memory (/usr/bin/time), its ratio to the bulk path. Both servers get the
#      same memory: heap 512 MB-1 GB and page cache 256 MB; heap 1-2 GB and page cache
#      1 GB above 20,000 articles;
#   4. `parley serve` on that graph under bench/loadgen: p50/p99 of the overview, an
#      actor, a meeting, the filtered network JSON.
# Prints one Markdown table per step and size. Loopback only; nothing is kept.
#
#   bench/scale.sh            # 1000 and 10000
#   bench/scale.sh 100000     # the opt-in size
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(1000 10000)
work=$(mktemp -d /tmp/parley-scale-XXXXXX)
neo_pid=""
serve_pid=""
cleanup() {
	[[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null || true
	[[ -n $neo_pid ]] && kill "$neo_pid" 2>/dev/null && wait "$neo_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
command -v /usr/bin/time >/dev/null || { echo "bench/scale.sh needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

go build -o "$work/parley" ./cmd/parley
go build -o "$work/corpus" ./bench/corpus
go build -o "$work/loadgen" ./bench/loadgen
PW=scale-bench-pass

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_neo4j() { # DIR BOLT HTTP
	local cmd
	mapfile -t cmd < <(NEO4J_PASSWORD=$PW scripts/neo4j/neo4j.sh java-cmd "$1" "$2" "$3" | tr ' ' '\n')
	NEO4J_HOME=$1 NEO4J_CONF=$1/conf "${cmd[@]}" >"$1/console.log" 2>&1 &
	neo_pid=$!
	for _ in $(seq 1 120); do port_open "$2" && return 0; sleep 1; done
	echo "neo4j did not start; see $1/console.log" >&2
	exit 1
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(go version | cut -d' ' -f3); $(date -u +%F)"
for n in "${sizes[@]}"; do
	corpus="$work/corpus-$n.jsonl"
	"$work/corpus" -n "$n" -seed 1 -o "$corpus"
	echo
	echo "# $n articles ($(du -m "$corpus" | cut -f1) MB of JSONL)"
	echo
	echo "## Extraction"
	echo '```'
	for cpu in 1 "$(nproc)"; do
		PARLEY_BENCH_CORPUS=$corpus go test -run '^$' -bench Corpus -benchtime 1x -cpu "$cpu" ./graph/extract/ | grep -E '^Benchmark'
	done
	echo '```'
	# The same server memory for Parley and for the bulk path it is compared with.
	if [[ $n -gt 20000 ]]; then
		export NEO4J_HEAP=1g NEO4J_HEAP_MAX=2g NEO4J_PAGECACHE=1g
	else
		export NEO4J_HEAP=512m NEO4J_HEAP_MAX=1g NEO4J_PAGECACHE=256m
	fi
	echo "## Loader vs Neo4j's bulk path (same extracted rows; server heap $NEO4J_HEAP-$NEO4J_HEAP_MAX, page cache $NEO4J_PAGECACHE)"
	echo '```'
	if [[ $n -le 20000 ]]; then
		PARLEY_BENCH_CORPUS=$corpus go test -run '^$' -bench 'Load$' -benchtime 1x -timeout 120m ./graph/neo4j/ | grep -E '^Benchmark|ratio'
	fi
	PARLEY_BENCH_CORPUS=$corpus go test -run '^$' -bench 'Bulk$' -benchtime 1x -timeout 120m ./graph/neo4j/ | grep -E '^Benchmark' | tee "$work/bulk.txt"
	bulk=$(awk '{for (i = 1; i < NF; i++) if ($(i+1) == "bulk-s") print $i}' "$work/bulk.txt")
	echo '```'

	dir="$work/neo4j-$n"
	mkdir -p "$dir"
	start_neo4j "$dir" 17687 17474
	export NEO4J_URI=bolt://127.0.0.1:17687 NEO4J_USER=neo4j NEO4J_PASSWORD=$PW PARLEY_ADDR=127.0.0.1:18080
	echo "## parley load (CLI, fresh database)"
	PARLEY_DEBUG=1 /usr/bin/time -f "%e %M" -o "$work/time" "$work/parley" load "$corpus" 2>"$work/load.log" | tail -n 1 || true
	read -r secs rss <"$work/time"
	echo
	echo "| articles | seconds | articles/s | peak RSS | bulk path (s) | ratio to bulk |"
	echo "|---|---|---|---|---|---|"
	# (the ratio is computed apart: a ">" among printf's arguments would redirect its output)
	awk -v n="$n" -v s="$secs" -v r="$rss" -v b="${bulk:-0}" 'BEGIN{x = "?"; if (b > 0) x = sprintf("%.1fx", s/b)
		printf "| %d | %.1f | %.0f | %.0f MB | %.1f | %s |\n", n, s, n/s, r/1024, b, x}'
	echo
	echo "Into the empty database the load takes the bulk path: articles written as they are"
	echo "extracted, then the merge and the rest of the graph (ms since the start of the load):"
	echo
	grep -E 'msg="bulk: ' "$work/load.log" | sed -E 's/^time=[^ ]+ level=DEBUG //' || true
	# (`parley load -incremental` and bench/phases.py give the batch loader's phases.)

	"$work/parley" serve >"$work/serve.log" 2>&1 &
	serve_pid=$!
	for _ in $(seq 1 30); do curl -fs "http://$PARLEY_ADDR/healthz" >/dev/null && break; sleep 1; done
	base="http://$PARLEY_ADDR"
	actor=$(curl -fs "$base/" | grep -o 'href="/actors/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
	meeting=$(curl -fs "$base/meetings" | grep -o 'href="/meetings/m[^"]*"' | head -1 | sed 's/href="//; s/"$//')
	echo
	echo "## Dashboard latency (8 clients per URL, 10 s each)"
	echo
	"$work/loadgen" -c 8 -d 10s -url "$base/" -url "$base$actor" -url "$base$meeting" \
		-url "$base/api/network?from=2019-06-01&to=2020-06-30&min_sources=2" -url "$base/api/network?actor=${actor#/actors/}"
	kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=""
	kill "$neo_pid"; wait "$neo_pid" 2>/dev/null || true; neo_pid=""
	unset NEO4J_URI
done
