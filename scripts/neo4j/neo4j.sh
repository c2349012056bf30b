#!/usr/bin/env bash
# A local Neo4j Community server without Docker, assembled from Maven Central jars.
#
#   scripts/neo4j/neo4j.sh assemble   download the pinned jars into .neo4j/<version>/lib (once)
#   scripts/neo4j/neo4j.sh start      assemble, set the password, start in the background, wait for Bolt
#   scripts/neo4j/neo4j.sh stop       stop exactly the process recorded in the pid file
#   scripts/neo4j/neo4j.sh status     say whether it runs
#   scripts/neo4j/neo4j.sh java-cmd   print the server's JVM command line (used by the Go test harness)
#
# Settings come from the environment, then from .env at the repository root:
# NEO4J_PASSWORD (required, 8+ characters), NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
# PARLEY_NEO4J_DIR (.neo4j), NEO4J_START_TIMEOUT (seconds, 120).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
POM="$ROOT/scripts/neo4j/pom.xml"
VERSION=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")

if [[ -f "$ROOT/.env" ]]; then
	# Values already in the environment win over .env, as in the Go binary.
	while IFS='=' read -r key value; do
		[[ -z "$key" || "$key" == \#* ]] && continue
		key=$(echo "$key" | tr -d '[:space:]')
		value="${value%\"}"; value="${value#\"}"; value="${value%\'}"; value="${value#\'}"
		[[ -z "${!key:-}" ]] && export "$key=$value"
	done < "$ROOT/.env"
fi

BASE="${PARLEY_NEO4J_DIR:-$ROOT/.neo4j}"
LIB="$BASE/$VERSION/lib"
INSTANCE="$BASE/instance"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"

say() { echo "neo4j: $*" >&2; }
die() { echo "neo4j: error: $*" >&2; exit 1; }

# need_tools checks for Java 17+ and Maven; as root on Debian/Ubuntu it installs them.
need_tools() {
	local missing=()
	if ! command -v java >/dev/null 2>&1; then
		missing+=(openjdk-17-jre-headless)
	else
		local major
		major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
		[[ "${major:-0}" -ge 17 ]] || missing+=(openjdk-17-jre-headless)
	fi
	command -v mvn >/dev/null 2>&1 || missing+=(maven)
	[[ ${#missing[@]} -eq 0 ]] && return 0
	if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
		say "installing ${missing[*]} with apt-get"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
		return 0
	fi
	die "missing ${missing[*]}. Install Java 17 and Maven, e.g. 'sudo apt-get install openjdk-17-jre-headless maven' (Debian/Ubuntu) or 'brew install openjdk@17 maven' (macOS)."
}

assemble() {
	if [[ -f "$LIB/.complete" ]]; then
		return 0
	fi
	# Several test packages start servers at once on a fresh clone: one assembles, the
	# others wait on the lock and then find the finished folder.
	mkdir -p "$BASE/$VERSION"
	exec 9>"$BASE/$VERSION/.assemble.lock"
	flock 9
	if [[ -f "$LIB/.complete" ]]; then
		exec 9>&-
		return 0
	fi
	need_tools
	say "assembling Neo4j $VERSION from Maven Central into $LIB (once)"
	rm -rf "$LIB.tmp"
	mkdir -p "$LIB.tmp"
	mvn -B -q -Dstyle.color=never --no-transfer-progress -f "$POM" dependency:copy-dependencies -DincludeScope=runtime \
		-DoutputDirectory="$LIB.tmp" 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2 || die "maven could not download the Neo4j jars (see above)"
	rm -rf "$LIB"
	mv "$LIB.tmp" "$LIB"
	touch "$LIB/.complete"
	exec 9>&-
}

# write_conf DIR BOLT HTTP writes a loopback-only configuration.
write_conf() {
	local dir=$1 bolt=$2 http=$3
	mkdir -p "$dir/conf" "$dir/data" "$dir/logs" "$dir/run" "$dir/plugins" "$dir/import"
	ln -sfn "$LIB" "$dir/lib"
	cat > "$dir/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j/neo4j.sh; edits are overwritten at the next start.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$bolt
server.http.listen_address=127.0.0.1:$http
server.https.enabled=false
server.bolt.advertised_address=127.0.0.1:$bolt
server.http.advertised_address=127.0.0.1:$http
dbms.usage_report.enabled=false
server.memory.heap.initial_size=${NEO4J_HEAP:-512m}
server.memory.heap.max_size=${NEO4J_HEAP_MAX:-1g}
server.memory.pagecache.size=${NEO4J_PAGECACHE:-256m}
db.transaction.timeout=${NEO4J_TX_TIMEOUT:-120s}
server.jvm.additional=-XX:+UseG1GC
server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
CONF
}

# set_password DIR sets the initial password before the first start; later it is a no-op.
set_password() {
	local dir=$1
	[[ -f "$dir/data/dbms/auth.ini" ]] && return 0
	[[ -n "${NEO4J_PASSWORD:-}" ]] || die "NEO4J_PASSWORD is not set (copy .env.example to .env)"
	[[ ${#NEO4J_PASSWORD} -ge 8 ]] || die "NEO4J_PASSWORD must have at least 8 characters"
	NEO4J_HOME="$dir" NEO4J_CONF="$dir/conf" java -cp "$LIB/*" \
		org.neo4j.server.startup.Neo4jAdminCommand dbms set-initial-password "$NEO4J_PASSWORD" >/dev/null \
		|| die "could not set the initial password"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() {
	local pidfile="$INSTANCE/run/neo4j.pid"
	[[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start() {
	assemble
	if pid_alive; then
		say "already running (pid $(cat "$INSTANCE/run/neo4j.pid")), Bolt on 127.0.0.1:$BOLT_PORT"
		return 0
	fi
	for p in "$BOLT_PORT" "$HTTP_PORT"; do
		port_open "$p" && die "port $p is already taken by another process; stop it or set NEO4J_BOLT_PORT/NEO4J_HTTP_PORT (and NEO4J_URI) in .env"
	done
	write_conf "$INSTANCE" "$BOLT_PORT" "$HTTP_PORT"
	set_password "$INSTANCE"
	say "starting Neo4j $VERSION (Bolt 127.0.0.1:$BOLT_PORT, HTTP 127.0.0.1:$HTTP_PORT)"
	local t0=$SECONDS
	NEO4J_HOME="$INSTANCE" NEO4J_CONF="$INSTANCE/conf" java -cp "$LIB/*" \
		org.neo4j.server.startup.Neo4jCommand start >"$INSTANCE/logs/start.out" 2>&1 \
		|| { tail -n 30 "$INSTANCE/logs/start.out" >&2; die "Neo4j did not start"; }
	local waited=0
	until port_open "$BOLT_PORT"; do
		if ! pid_alive || [[ $waited -ge $TIMEOUT ]]; then
			say "Bolt did not answer within ${waited}s; the last lines of the log:"
			tail -n 40 "$INSTANCE/logs/neo4j.log" >&2 2>/dev/null || true
			tail -n 20 "$INSTANCE/logs/debug.log" >&2 2>/dev/null || true
			stop || true
			die "Neo4j did not come up"
		fi
		sleep 1
		waited=$((waited + 1))
	done
	say "up after $((SECONDS - t0))s (pid $(cat "$INSTANCE/run/neo4j.pid")); Neo4j Browser: http://localhost:$HTTP_PORT/browser/"
}

stop() {
	local pidfile="$INSTANCE/run/neo4j.pid"
	if ! pid_alive; then
		say "not running"
		rm -f "$pidfile"
		return 0
	fi
	local pid
	pid=$(cat "$pidfile")
	say "stopping pid $pid"
	kill "$pid"
	for _ in $(seq 1 60); do
		kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; say "stopped"; return 0; }
		sleep 1
	done
	kill -9 "$pid" 2>/dev/null || true
	rm -f "$pidfile"
	say "killed pid $pid after 60s"
}

status() {
	if pid_alive; then
		echo "running (pid $(cat "$INSTANCE/run/neo4j.pid"))"
	else
		echo "not running"
		return 3
	fi
}

# java-cmd DIR BOLT HTTP prepares a throwaway instance in DIR and prints, one argument per
# line, the JVM command that runs it in the foreground. The Go test harness runs it as its
# own child so that the server dies with the test process.
java_cmd() {
	local dir=$1 bolt=$2 http=$3
	assemble
	write_conf "$dir" "$bolt" "$http"
	set_password "$dir"
	NEO4J_HOME="$dir" NEO4J_CONF="$dir/conf" java -cp "$LIB/*" \
		org.neo4j.server.startup.Neo4jCommand console --dry-run 2>/dev/null | tail -n 1
}

case "${1:-}" in
	assemble) assemble ;;
	start) start ;;
	stop) stop ;;
	status) status ;;
	java-cmd) shift; java_cmd "$@" ;;
	*) echo "usage: $0 assemble|start|stop|status|java-cmd DIR BOLT HTTP" >&2; exit 2 ;;
esac
