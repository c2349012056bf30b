#!/usr/bin/env bash
# make run: Neo4j (the configured one if it answers, else the local one), the schema,
# the seeds, the dashboard. Ctrl-C stops the dashboard, and the local Neo4j if this
# script started it (start it with `make neo4j` to keep it running between runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
set -a; [[ -f .env ]] && . ./.env; set +a

started=0
cleanup() {
	if [[ $started == 1 ]]; then scripts/neo4j/neo4j.sh stop; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if bin/parley ping --timeout 5s >/dev/null 2>&1; then
	echo "run: using the Neo4j at ${NEO4J_URI:-bolt://127.0.0.1:7687}"
else
	echo "run: ${NEO4J_URI:-bolt://127.0.0.1:7687} does not answer; starting the local Neo4j"
	started=1
	scripts/neo4j/neo4j.sh start
	bin/parley ping --timeout 30s
fi

bin/parley load seeds

addr=${PARLEY_ADDR:-127.0.0.1:8080}
cat <<MSG

  Dashboard:     http://${addr}/
  Neo4j Browser: ${PARLEY_NEO4J_BROWSER:-http://localhost:${NEO4J_HTTP_PORT:-7474}/browser/}  (user ${NEO4J_USER:-neo4j}, password from .env)

  Ctrl-C stops the dashboard$( [[ $started == 1 ]] && echo " and the local Neo4j").

MSG
bin/parley serve &
serve=$!
trap 'kill -TERM $serve 2>/dev/null; wait $serve; exit 130' INT TERM
wait $serve
