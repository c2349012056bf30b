#!/usr/bin/env bash
# Soak test on loopback: `parley serve` over a graph (the seeds, or N synthetic
# articles) under concurrent clients for a while, sampling the server's memory
# and goroutines (through `serve -debug-addr`) every 15 s. No errors, and no
# growth from the first sample after warm-up to the last, is the pass mark.
#
#   bench/soak.sh                 # seeds, 180 seconds
#   bench/soak.sh 10000 300       # 10,000 synthetic articles, 300 seconds
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-0}
secs=${2:-180}
work=$(mktemp -d /tmp/parley-soak-XXXXXX)
neo_pid=""; serve_pid=""; load_pid=""
cleanup() {
	for p in $load_pid $serve_pid; do kill "$p" 2>/dev/null || true; done
	[[ -n $neo_pid ]] && kill "$neo_pid" 2>/dev/null && wait "$neo_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
go build -o "$work/parley" ./cmd/parley
go build -o "$work/corpus" ./bench/corpus
go build -o "$work/loadgen" ./bench/loadgen
PW=soak-bench-pass
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
mkdir -p "$work/neo4j"
mapfile -t cmd < <(NEO4J_PASSWORD=$PW scripts/neo4j/neo4j.sh java-cmd "$work/neo4j" 17787 17574 | tr ' ' '\n')
NEO4J_HOME=$work/neo4j NEO4J_CONF=$work/neo4j/conf "${cmd[@]}" >"$work/neo4j/console.log" 2>&1 &
neo_pid=$!
for _ in $(seq 1 120); do port_open 17787 && break; sleep 1; done
export NEO4J_URI=bolt://127.0.0.1:17787 NEO4J_USER=neo4j NEO4J_PASSWORD=$PW PARLEY_ADDR=127.0.0.1:18180
if [[ $n -gt 0 ]]; then
	"$work/corpus" -n "$n" -seed 1 -o "$work/corpus.jsonl"
	"$work/parley" load "$work/corpus.jsonl" 2>/dev/null
else
	"$work/parley" load seeds 2>/dev/null
fi
"$work/parley" serve -debug-addr 127.0.0.1:16160 >"$work/serve.log" 2>&1 &
serve_pid=$!
base=http://$PARLEY_ADDR
for _ in $(seq 1 30); do curl -fs "$base/healthz" >/dev/null && break; sleep 1; done
actor=$(curl -fs "$base/" | grep -o 'href="/actors/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
meeting=$(curl -fs "$base/meetings" | grep -o 'href="/meetings/m[^"]*"' | head -1 | sed 's/href="//; s/"$//')
article=$(curl -fs "$base$meeting" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
urls=("$base/" "$base$actor" "$base$meeting" "$base$article" "$base/actors?q=haftar" "$base/meetings?mode=call" "$base/statements" "$base/api/network?from=2019-06-01&to=2020-06-30")
per=$(( secs / ${#urls[@]} ))
args=()
for u in "${urls[@]}"; do args+=(-url "$u"); done
# Two load generators at once, each walking all URLs: 16 concurrent clients.
"$work/loadgen" -c 8 -d "${per}s" "${args[@]}" >"$work/load1.txt" &
load_pid=$!
"$work/loadgen" -c 8 -d "${per}s" "${args[@]}" >"$work/load2.txt" &
load2=$!
echo "Soak: $([[ $n -gt 0 ]] && echo "$n synthetic articles" || echo seeds), $secs s, 16 clients over ${#urls[@]} URLs; $(date -u +%F)"
echo
echo "| t (s) | RSS | heap in use | goroutines |"
echo "|---|---|---|---|"
sample() {
	local vars rss
	vars=$(curl -fs --max-time 5 http://127.0.0.1:16160/debug/vars || echo '{}')
	rss=$(awk '/VmRSS/{printf "%.0f MB", $2/1024}' "/proc/$serve_pid/status")
	VARS=$vars python3 - "$1" "$rss" <<'PY'
import json, os, sys
v = json.loads(os.environ["VARS"])
heap = v.get("memstats", {}).get("HeapInuse", 0) / 1e6
print(f"| {sys.argv[1]} | {sys.argv[2]} | {heap:.1f} MB | {v.get('goroutines', '?')} |")
PY
}
t0=$SECONDS
while kill -0 "$load_pid" 2>/dev/null; do
	sample "$((SECONDS - t0))"
	sleep 15
done
wait "$load2" || true
# Idle again: what is left once the clients are gone (goroutines back to the base),
# after a forced collection (the heap profile endpoint's gc=1), so the heap shows what
# is still referenced rather than garbage not yet collected.
sleep 5
curl -fs --max-time 10 -o /dev/null "http://127.0.0.1:16160/debug/pprof/heap?gc=1" || true
sample "$((SECONDS - t0)) (idle, after GC)"
echo
echo "Latency (first generator; the second is alike):"
echo
cat "$work/load1.txt"
# totals over both generators (header rows add nothing: their cells are not numbers)
read -r requests errors < <(awk -F'|' '{r += $3; e += $4} END {print r+0, e+0}' "$work/load1.txt" "$work/load2.txt")
echo
echo "requests (both generators): $requests"
echo "errors: $errors"
