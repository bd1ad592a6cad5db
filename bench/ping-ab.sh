#!/usr/bin/env bash
# Interleaved A/B of two server variants (jar and JVM options) on GET pings: on a shared 2-core
# machine a change is only visible against a neighbour run, never against yesterday's figures.
# Usage: bench/ping-ab.sh [--no-build]    (variants and load: see bench/README.md)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_prepare "${1:-}"

A_JAR=${AB_A_JAR:-$JAR}
B_JAR=${AB_B_JAR:-$JAR}
A_OPTS=${AB_A_OPTS-$APPLIANCE_JAVA_OPTS}
B_OPTS=${AB_B_OPTS-$APPLIANCE_JAVA_OPTS}
PAIRS=${AB_PAIRS:-2}
CHECKS=${AB_CHECKS:-10}
CONNECTIONS=${AB_CONNECTIONS:-64}
DURATION=${AB_DURATION:-10s}
WARMUP=${AB_WARMUP:-20s}
command -v wrk >/dev/null || bench_die "wrk is missing (apt-get install wrk)"
for jar in "$A_JAR" "$B_JAR"; do [ -f "$jar" ] || bench_die "$jar is missing"; done

# One measured run in its own server and data dir; prints "req/s p50_ms p99_ms srv_us_per_req".
run_variant() (
  JAR=$1
  BENCH_JAVA_OPTS=$2
  trap bench_cleanup EXIT
  bench_make_dirs ping-ab
  bench_start_server
  bench_create_project ab
  : >"$WORK_DIR/checks.txt"
  bench_create_checks 0 "$CHECKS" "$WORK_DIR/checks.txt"
  awk '{ print "/ping/" $1 }' "$WORK_DIR/checks.txt" >"$WORK_DIR/paths.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/rotate.lua" "$BASE_URL" -- "$WORK_DIR/paths.txt" 0 >/dev/null
  local cpu0 cpu1 line
  cpu0=$(bench_cpu_seconds "$SERVER_PID")
  line=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/rotate.lua" "$BASE_URL" \
    -- "$WORK_DIR/paths.txt" 0 | grep '^BENCH ')
  cpu1=$(bench_cpu_seconds "$SERVER_PID")
  python3 - "$line" "$cpu0" "$cpu1" <<'PY'
import sys
fields = dict(kv.split("=") for kv in sys.argv[1].split()[1:])
n, us = int(fields["requests"]), int(fields["duration_us"])
cpu = float(sys.argv[3]) - float(sys.argv[2])
print(f"{n / us * 1e6:9.0f} {int(fields['p50_us']) / 1000:7.2f} {int(fields['p99_us']) / 1000:7.2f} {cpu / n * 1e6:9.1f}")
PY
)

printf 'A: %s %s\nB: %s %s\n' "$A_JAR" "$A_OPTS" "$B_JAR" "$B_OPTS"
printf 'GET ping, %s checks, wrk -t2 -c%s -d%s after %s warm-up, A and B alternating\n' \
  "$CHECKS" "$CONNECTIONS" "$DURATION" "$WARMUP"
printf '%-7s %5s %9s %7s %7s %10s\n' variant pair 'req/s' 'p50 ms' 'p99 ms' 'srv us/req'
for pair in $(seq 1 "$PAIRS"); do
  printf '%-7s %5s %s\n' A "$pair" "$(run_variant "$A_JAR" "$A_OPTS")"
  printf '%-7s %5s %s\n' B "$pair" "$(run_variant "$B_JAR" "$B_OPTS")"
done
