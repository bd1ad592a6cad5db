#!/usr/bin/env bash
# Ping throughput and latency with wrk: durable pings (GET by UUID, POST with a 1 KB body, GET by
# ping key + slug) against the no-database route GET /, first with 10 checks, then with 10,000.
# Checks that every 2xx ping was counted in the database. Prints a table and the targets.
# Usage: bench/ping-throughput.sh [--no-build]      (env knobs: see bench/README.md)
set -euo pipefail

BUILD=yes
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=no ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
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

RSS_PID=""
cleanup() {
  [ -z "$RSS_PID" ] || kill "$RSS_PID" 2>/dev/null || true
  bench_cleanup
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
bench_start_server
bench_create_project bench

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

# Waits until the ping counter stops moving: requests in flight when wrk stopped still commit.
settled_pings() {
  local last now i
  last=$(bench_sql 'SELECT sum(n_pings) FROM check_')
  for i in $(seq 1 20); do
    sleep 0.25
    now=$(bench_sql 'SELECT sum(n_pings) FROM check_')
    [ "$now" != "$last" ] || break
    last=$now
  done
  echo "$last"
}

run_wrk() { # duration path-file body-bytes output-file
  local TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s --latency \
      -s "$BENCH_DIR/rotate.lua" "$BASE_URL" -- "$2" "$3" >"$4"; } 2>"$4.time"
}

# scenario-name checks path-file body-bytes
run_scenario() {
  local name=$1 checks=$2 paths=$3 body=$4 out="$OUT_DIR/wrk-$1-$2.txt"
  local before after srv0 srv1 wr0 wr1 busy0 busy1 start end line
  before=$(settled_pings)
  srv0=$(bench_cpu_seconds "$SERVER_PID")
  wr0=$(bench_thread_cpu_seconds "$SERVER_PID" ping-writer)
  busy0=$(busy_jiffies)
  start=$(date +%s.%N)
  bench_log "wrk $name with $checks checks for $DURATION"
  run_wrk "$DURATION" "$paths" "$body" "$out"
  end=$(date +%s.%N)
  srv1=$(bench_cpu_seconds "$SERVER_PID")
  wr1=$(bench_thread_cpu_seconds "$SERVER_PID" ping-writer)
  busy1=$(busy_jiffies)
  after=$(settled_pings)
  line=$(grep '^BENCH ' "$out") || bench_die "wrk printed no summary; see $out"
  # One TSV row: name checks requests non2xx sockerr duration_us p50_us p99_us delta
  #              server_cores wrk_cores other_cores server_cpu_us_per_request writer_cores
  awk -v name="$name" -v checks="$checks" -v delta=$((after - before)) \
      -v srv="$(awk -v a="$srv0" -v b="$srv1" 'BEGIN { print b - a }')" \
      -v writer="$(awk -v a="$wr0" -v b="$wr1" 'BEGIN { print b - a }')" \
      -v wrkcpu="$(awk '{ print $1 + $2 }' "$out.time")" \
      -v busy="$(awk -v a="$busy0" -v b="$busy1" -v hz="$(getconf CLK_TCK)" 'BEGIN { print (b - a) / hz }')" \
      -v wall="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
    {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      other = busy - srv - wrkcpu; if (other < 0) other = 0
      printf "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.0f\t%.2f\n", name, checks, v["requests"],
        v["non2xx"], v["connect"] + v["read"] + v["write"] + v["timeout"], v["duration_us"],
        v["p50_us"], v["p99_us"], delta, srv / wall, wrkcpu / wall, other / wall,
        v["requests"] ? srv * 1e6 / v["requests"] : 0, writer / wall
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
