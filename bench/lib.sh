# Shared by the bench scripts (sourced, not run). Builds the server, starts and stops it on a free
# loopback port with a throw-away data dir, and reads the database with python3's sqlite3.
# Expects the caller to use `set -euo pipefail`.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR="$REPO_DIR/appliance-server/target/appliance-server.jar"
SERVER_PID=""
SERVER_PORT=""
SERVER_LOG=""
WORK_DIR=""

# Keep in step with the exec plugin in appliance-server/pom.xml and the README.
APPLIANCE_JAVA_OPTS="-XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xms32m -Xmx128m -XX:TrimNativeHeapInterval=5000 -XX:-TieredCompilation"

bench_log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
bench_die() { bench_log "ERROR: $*"; exit 1; }

# Finds a JDK 21+ the same way mvnw does (JAVA_HOME when new enough, else the newest found).
bench_find_java() {
  # shellcheck source=../.mvn/find-jdk.sh
  . "$REPO_DIR/.mvn/find-jdk.sh"
  JAVA="$JAVA_HOME/bin/java"
}

# Builds unless --no-build was given ($1 is "yes" to build).
bench_build() {
  if [ "$1" = yes ]; then
    bench_log "building (./mvnw -q -DskipTests package)"
    (cd "$REPO_DIR" && ./mvnw -q -DskipTests package) >&2
  fi
  [ -f "$JAR" ] || bench_die "$JAR is missing; build first or drop --no-build"
}

# The start of a script taking an optional --no-build: a JDK, and a fresh build unless told not to.
bench_prepare() {
  local build=yes
  [ "${1:-}" = --no-build ] && build=no
  bench_find_java
  bench_build "$build"
}

# A work dir for the data dir and wrk inputs, removed at exit; logs go to bench/out/ (git-ignored).
bench_make_dirs() {
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cronkeeper-bench.XXXXXX")
  OUT_DIR="$BENCH_DIR/out/$1-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$OUT_DIR"
  DATA_DIR="$WORK_DIR/data"
  mkdir -p "$DATA_DIR"
}

bench_cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$WORK_DIR" ]; then
    rm -rf "$WORK_DIR"
  fi
}

bench_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts the server in the background (extra server flags as arguments) and waits until GET /
# answers. The port is chosen once and kept, so a restart reuses it.
bench_start_server() {
  [ -n "$SERVER_PORT" ] || SERVER_PORT=$(bench_free_port)
  SERVER_LOG="$OUT_DIR/server.log"
  BASE_URL="http://127.0.0.1:$SERVER_PORT"
  echo "--- start $(date +%H:%M:%S) ---" >>"$SERVER_LOG"
  # BENCH_JAVA_OPTS passes JVM flags to the server; by default the appliance's recommended
  # options (README, "Running the server"): a small serial-GC heap, as on a home-lab box, and
  # two malloc arenas (SQLite's native memory otherwise spreads over many per-thread arenas).
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "$JAVA" ${BENCH_JAVA_OPTS-$APPLIANCE_JAVA_OPTS} -jar "$JAR" --port "$SERVER_PORT" --host 127.0.0.1 --data-dir "$DATA_DIR" "$@" \
    >>"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 180))
  until curl -fs -o /dev/null --max-time 2 "$BASE_URL/"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      tail -n 30 "$SERVER_LOG" >&2
      bench_die "server exited during start-up (log: $SERVER_LOG)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || bench_die "server did not answer within 180 s"
    sleep 0.3
  done
  bench_log "server pid $SERVER_PID listening on $BASE_URL"
}

# Sets API_KEY and PING_KEY from `project create` (stdout only: stderr may hold JVM warnings).
bench_create_project() {
  local json
  json=$("$JAVA" -jar "$JAR" project create --name "$1" --data-dir "$DATA_DIR" 2>>"$OUT_DIR/cli.log")
  API_KEY=$(printf '%s' "$json" | python3 -c 'import json, sys; print(json.load(sys.stdin)["api_key"])')
  PING_KEY=$(printf '%s' "$json" | python3 -c 'import json, sys; print(json.load(sys.stdin)["ping_key"])')
}

# Appends "uuid slug" lines for checks c<FIRST>..c<LAST-1> to the file $3.
bench_create_checks() {
  python3 "$BENCH_DIR/create-checks.py" "$BASE_URL" "$API_KEY" "$1" "$2" "${CREATE_THREADS:-4}" >>"$3"
}

# Runs one SQL query against the server's database and prints the first column of the first row.
bench_sql() {
  python3 - "$DATA_DIR/cronkeeper.db" "$1" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=30)
row = con.execute(sys.argv[2]).fetchone()
print(row[0] if row and row[0] is not None else 0)
con.close()
EOF
}

# VmRSS of a process in MB (0 when it is gone).
bench_rss_mb() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024; found = 1 } END { if (!found) print 0 }' \
    "/proc/$1/status" 2>/dev/null || echo 0
}

# CPU seconds (user + system) used so far by a process, from /proc/<pid>/stat.
bench_cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' \
    "/proc/$1/stat" 2>/dev/null || echo 0
}

# CPU seconds used so far by the thread(s) of process $1 whose name is $2 (0 if there is none).
bench_thread_cpu_seconds() {
  local task total=0
  for task in /proc/"$1"/task/*; do
    [ "$(cat "$task/comm" 2>/dev/null)" = "$2" ] || continue
    total=$(awk -v t="$total" -v hz="$(getconf CLK_TCK)" \
      '{ sub(/^.*\) /, ""); printf "%.2f", t + ($12 + $13) / hz }' "$task/stat")
  done
  echo "$total"
}
