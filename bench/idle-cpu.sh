#!/usr/bin/env bash
# What the appliance costs while nothing happens: a home-lab box runs it all day for a few pings
# an hour. Starts the server with IDLE_CHECKS checks (each pinged once, so each has a deadline a
# day away), lets start-up and compilation settle, then reports the server's CPU (per cent of one
# core) and RSS over IDLE_SECONDS with no requests at all.
# Usage: bench/idle-cpu.sh [--no-build]    (IDLE_CHECKS=1000 IDLE_SETTLE=30 IDLE_SECONDS=60)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_prepare "${1:-}"
CHECKS=${IDLE_CHECKS:-1000}
SETTLE=${IDLE_SETTLE:-30}
MEASURE=${IDLE_SECONDS:-60}

trap bench_cleanup EXIT
bench_make_dirs idle-cpu
bench_start_server
bench_create_project idle
: >"$WORK_DIR/checks.txt"
bench_create_checks 0 "$CHECKS" "$WORK_DIR/checks.txt"
while read -r uuid _; do
  curl -fs -o /dev/null "$BASE_URL/ping/$uuid"
done <"$WORK_DIR/checks.txt"
bench_log "$CHECKS checks pinged once; settling for ${SETTLE} s"
sleep "$SETTLE"
cpu0=$(bench_cpu_seconds "$SERVER_PID")
sleep "$MEASURE"
cpu1=$(bench_cpu_seconds "$SERVER_PID")
python3 - "$cpu0" "$cpu1" "$MEASURE" "$CHECKS" "$(bench_rss_mb "$SERVER_PID")" <<'PY' | tee "$OUT_DIR/report.txt"
import sys
cpu0, cpu1, seconds, checks, rss = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
print(f"idle server, {checks} checks: {100 * (cpu1 - cpu0) / seconds:.2f} % of one core over {seconds:.0f} s, RSS {rss} MB")
PY
