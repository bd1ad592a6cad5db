#!/usr/bin/env bash
# Ping throughput and latency with wrk: durable pings (GET by UUID, POST with a 1 KB body, GET by
# ping key + slug) against the no-database route GET /, first with 10 checks, then with 10,000.
# Checks that every 2xx ping was counted in the database. Prints a table and the targets.
# With --postgres: GET and POST pings on SQLite, on one node on a throw-away PostgreSQL cluster and
# on two nodes sharing that database, side by side, instead.
# Usage: bench/ping-throughput.sh [--no-build] [--postgres]   (env knobs: see bench/README.md)
set -euo pipefail

BUILD=yes
POSTGRES=no
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=no ;;
    --postgres) POSTGRES=yes ;;
    *) echo "usage: $0 [--no-build] [--postgres]" >&2; exit 2 ;;
  esac
done

DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-30s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
SMALL=${BENCH_SMALL_CHECKS:-10}
LARGE=${BENCH_LARGE_CHECKS:-10000}
BODY_BYTES=${BENCH_BODY_BYTES:-1024}
ROUNDS=${BENCH_ROUNDS:-1}

. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pg-cluster.sh"

RSS_PID=""
cleanup() {
  [ -z "$RSS_PID" ] || kill "$RSS_PID" 2>/dev/null || true
  bench_cleanup
  # After the servers, so they do not log a lost database on the way out.
  pg_cluster_stop "${OUT_DIR:-/nonexistent}/postgres.log"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  bench_log "installing wrk"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get install -y wrk >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y wrk >&2; }
fi

bench_find_java
bench_build "$BUILD"
bench_make_dirs ping-throughput
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$POSTGRES" = yes ]; then
  . "$BENCH_DIR/ping-throughput-pg.sh"
  pg_start_nodes
fi
bench_start_server
bench_create_project bench

# The server(s) a scenario loads: a setup name for the report, the pids whose CPU counts as the
# server's, their ports (wrk spreads its threads over them), and how to count stored pings and the
# database's CPU. Default: the one SQLite server.
count_sqlite() { bench_sql 'SELECT sum(n_pings) FROM check_'; }
count_pg() { pg_cluster_psql 'SELECT coalesce(sum(n_pings), 0) FROM check_' "$PG_DB"; }
no_db_cpu() { echo 0; }
use_target() { # setup pids ports count-function db-cpu-function
  SETUP=$1 TARGET_PIDS=$2 TARGET_PORTS=$3 COUNT_PINGS=$4 DB_CPU=$5
  BASE_URL="http://127.0.0.1:${TARGET_PORTS%%,*}"
}
use_target sqlite "$SERVER_PID" "$SERVER_PORT" count_sqlite no_db_cpu
SQLITE_PID=$SERVER_PID SQLITE_PORT=$SERVER_PORT

# Samples the server's RSS every 0.5 s, keeps the maximum in a file and logs every sample
# (time, MB) to rss.log, to match a peak with the phase the script logged at that time.
RSS_MAX_FILE="$WORK_DIR/rss-max"
echo 0 >"$RSS_MAX_FILE"
(
  max=0
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    rss=$(bench_rss_mb "$SERVER_PID")
    echo "$(date +%H:%M:%S) $rss" >>"$OUT_DIR/rss.log"
    if [ "$rss" -gt "$max" ]; then max=$rss; echo "$max" >"$RSS_MAX_FILE"; fi
    sleep 0.5
  done
) &
RSS_PID=$!

CHECKS_FILE="$WORK_DIR/checks.txt"
: >"$CHECKS_FILE"
RESULTS="$OUT_DIR/results.tsv"
: >"$RESULTS"
echo / >"$WORK_DIR/root.txt"

write_path_files() {
  awk '{ print "/ping/" $1 }' "$CHECKS_FILE" >"$WORK_DIR/uuid.txt"
  awk -v key="$PING_KEY" '{ print "/ping/" key "/" $2 }' "$CHECKS_FILE" >"$WORK_DIR/slug.txt"
}

busy_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }

# CPU seconds of all the target's servers; the busiest ping-writer thread (one per node).
target_cpu() {
  local pid total=0
  for pid in $TARGET_PIDS; do total=$(awk -v t="$total" -v c="$(bench_cpu_seconds "$pid")" 'BEGIN { print t + c }'); done
  echo "$total"
}
target_writers() { local pid; for pid in $TARGET_PIDS; do printf '%s ' "$(bench_thread_cpu_seconds "$pid" ping-writer)"; done; }
busiest_writer() { # writers-before writers-after
  awk -v a="$1" -v b="$2" 'BEGIN { n = split(a, x, " "); split(b, y, " ")
    for (i = 1; i <= n; i++) if (y[i] - x[i] > max) max = y[i] - x[i]; print max + 0 }'
}

# Waits until the ping counter stops moving: requests in flight when wrk stopped still commit.
settled_pings() {
  local last now i
  last=$($COUNT_PINGS)
  for i in $(seq 1 20); do
    sleep 0.25
    now=$($COUNT_PINGS)
    [ "$now" != "$last" ] || break
    last=$now
  done
  echo "$last"
}

run_wrk() { # duration path-file body-bytes output-file
  local TIMEFORMAT='%U %S'
  { time WRK_NODE_PORTS=$TARGET_PORTS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s --latency \
      -s "$BENCH_DIR/rotate.lua" "$BASE_URL" -- "$2" "$3" >"$4"; } 2>"$4.time"
}

# scenario-name checks path-file body-bytes
run_scenario() {
  local name=$1 checks=$2 paths=$3 body=$4 out="$OUT_DIR/wrk-$1-$2-$SETUP.txt"
  local before after srv0 srv1 wr0 wr1 db0 db1 busy0 busy1 start end line
  before=$(settled_pings)
  srv0=$(target_cpu)
  wr0=$(target_writers)
  db0=$($DB_CPU)
  busy0=$(busy_jiffies)
  start=$(date +%s.%N)
  bench_log "wrk $name with $checks checks on $SETUP for $DURATION"
  run_wrk "$DURATION" "$paths" "$body" "$out"
  busy1=$(busy_jiffies)
  end=$(date +%s.%N)
  srv1=$(target_cpu)
  wr1=$(target_writers)
  db1=$($DB_CPU)
  after=$(settled_pings)
  line=$(grep '^BENCH ' "$out") || bench_die "wrk printed no summary; see $out"
  # One TSV row: name checks requests non2xx sockerr duration_us p50_us p99_us delta
  #              server_cores wrk_cores other_cores server_cpu_us_per_request writer_cores
  #              setup db_cores
  awk -v name="$name" -v checks="$checks" -v delta=$((after - before)) -v setup="$SETUP" \
      -v srv="$(awk -v a="$srv0" -v b="$srv1" 'BEGIN { print b - a }')" \
      -v db="$(awk -v a="$db0" -v b="$db1" 'BEGIN { print b - a }')" \
      -v writer="$(busiest_writer "$wr0" "$wr1")" \
      -v wrkcpu="$(awk '{ print $1 + $2 }' "$out.time")" \
      -v busy="$(awk -v a="$busy0" -v b="$busy1" -v hz="$(getconf CLK_TCK)" 'BEGIN { print (b - a) / hz }')" \
      -v wall="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
    {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      other = busy - srv - wrkcpu - db; if (other < 0) other = 0
      printf "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.0f\t%.2f\t%s\t%.2f\n", name, checks, v["requests"],
        v["non2xx"], v["connect"] + v["read"] + v["write"] + v["timeout"], v["duration_us"],
        v["p50_us"], v["p99_us"], delta, srv / wall, wrkcpu / wall, other / wall,
        v["requests"] ? srv * 1e6 / v["requests"] : 0, writer / wall, setup, db / wall
    }' <<<"$line" >>"$RESULTS"
}

# Rounds interleave the scenarios, so a slow spell of the machine does not land on one of them only.
run_all_scenarios() {
  local checks=$1 round
  write_path_files
  for round in $(seq 1 "$ROUNDS"); do
    run_scenario ping-get "$checks" "$WORK_DIR/uuid.txt" 0
    run_scenario ping-post-1k "$checks" "$WORK_DIR/uuid.txt" "$BODY_BYTES"
    run_scenario ping-slug "$checks" "$WORK_DIR/slug.txt" 0
    run_scenario no-db-root "$checks" "$WORK_DIR/root.txt" 0
  done
}

if [ "$POSTGRES" = yes ]; then
  pg_compare
  exit
fi

bench_log "creating $SMALL checks"
bench_create_checks 0 "$SMALL" "$CHECKS_FILE"
write_path_files
bench_log "warming up the JIT for $WARMUP (not measured)"
run_wrk "$WARMUP" "$WORK_DIR/uuid.txt" 0 "$WORK_DIR/warmup1.txt"
run_wrk "$WARMUP" "$WORK_DIR/root.txt" 0 "$WORK_DIR/warmup2.txt"
run_all_scenarios "$SMALL"

bench_log "creating checks up to $LARGE"
bench_create_checks "$SMALL" "$LARGE" "$CHECKS_FILE"
[ "$(wc -l <"$CHECKS_FILE")" -eq "$LARGE" ] && [ "$(bench_sql 'SELECT count(*) FROM check_')" -eq "$LARGE" ] \
  || bench_die "expected exactly $LARGE checks"
run_all_scenarios "$LARGE"

RSS_END=$(bench_rss_mb "$SERVER_PID")
RSS_MAX=$(cat "$RSS_MAX_FILE")
[ "$RSS_END" -le "$RSS_MAX" ] || RSS_MAX=$RSS_END

python3 "$BENCH_DIR/throughput-report.py" "$RESULTS" "$CONNECTIONS" "$RSS_END" "$RSS_MAX" \
  "$DURATION" "$THREADS" "$(nproc)" | tee "$OUT_DIR/report.txt"
