# Shared by the bench scripts (sourced, not run). Builds the server, starts and stops it on a free
# loopback port with a throw-away data dir, and reads the database with python3's sqlite3.
# Expects the caller to use `set -euo pipefail`.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR="$REPO_DIR/appliance-server/target/appliance-server.jar"
SERVER_PID=""
SERVER_PORT=""
SERVER_LOG=""
NODE_PIDS=""
NODE_STARTS=""
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
  local pid
  for pid in $SERVER_PID $NODE_PIDS; do
    kill -0 "$pid" 2>/dev/null || continue
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
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
  bench_spawn_server "$SERVER_LOG" "$DATA_DIR" "$SERVER_PORT" "$@"
  SERVER_PID=$SPAWNED_PID
  bench_await_server "$SERVER_PID" "$SERVER_PORT" "$SERVER_LOG"
}

# One more server beside the main one (e.g. a second node on a shared PostgreSQL database), with
# its own data dir, port and log (bench/out/.../NAME.log); stopped by bench_cleanup. Settings
# come from the caller's environment: `CRONKEEPER_DATABASE_URL=… bench_start_node node-a DIR`.
# Does not wait, so several can boot at once: bench_await_nodes waits for all. Sets NODE_PID and
# NODE_PORT.
bench_start_node() {
  local name=$1 dir=$2
  shift 2
  mkdir -p "$dir"
  NODE_PORT=$(bench_free_port)
  bench_spawn_server "$OUT_DIR/$name.log" "$dir" "$NODE_PORT" "$@"
  NODE_PID=$SPAWNED_PID
  NODE_PIDS="$NODE_PIDS $NODE_PID"
  NODE_STARTS="$NODE_STARTS $NODE_PID:$NODE_PORT:$OUT_DIR/$name.log"
}

bench_await_nodes() {
  local start
  for start in $NODE_STARTS; do
    bench_await_server "${start%%:*}" "$(cut -d: -f2 <<<"$start")" "${start#*:*:}"
  done
  NODE_STARTS=""
}

# log data-dir port [server flags]: starts the jar in the background; sets SPAWNED_PID.
bench_spawn_server() {
  local log=$1 dir=$2 port=$3
  shift 3
  echo "--- start $(date +%H:%M:%S) ---" >>"$log"
  # BENCH_JAVA_OPTS passes JVM flags to the server; by default the appliance's recommended
  # options (README, "Running the server"): a small serial-GC heap, as on a home-lab box, and
  # two malloc arenas (SQLite's native memory otherwise spreads over many per-thread arenas).
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "$JAVA" ${BENCH_JAVA_OPTS-$APPLIANCE_JAVA_OPTS} -jar "$JAR" --port "$port" --host 127.0.0.1 --data-dir "$dir" "$@" \
    >>"$log" 2>&1 &
  SPAWNED_PID=$!
}

# pid port log: waits until GET / answers.
bench_await_server() {
  local pid=$1 port=$2 log=$3 deadline=$((SECONDS + 180))
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      bench_die "server exited during start-up (log: $log)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || bench_die "server did not answer within 180 s"
    sleep 0.3
  done
  bench_log "server pid $pid listening on http://127.0.0.1:$port"
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
# One awk over all threads: a fork per thread is slow on a loaded machine, between two samples.
bench_thread_cpu_seconds() {
  { cat /proc/"$1"/task/*/stat 2>/dev/null || true; } | awk -v name="($2)" -v hz="$(getconf CLK_TCK)" '
    { i = index($0, " ("); j = index($0, ") ") }
    substr($0, i + 1, j - i) == name { sub(/^.*\) /, ""); total += $12 + $13 }
    END { printf "%.2f", total / hz }'
}
