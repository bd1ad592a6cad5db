#!/usr/bin/env bash
# Issue 14, item 4: a normal ping's latency while SLOW_CLIENTS clients hold connections open with
# half-sent request heads (trickling a header line every 3 s; the server answers them 408 after
# the head timeout and they reconnect). Goal: p50 < 20 ms, max < 1 s with 2,000 slow clients.
# Usage: bench/slow-clients.sh [--no-build]     (SLOW_CLIENTS=2000 SLOW_SECONDS=60)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_prepare "${1:-}"
CLIENTS=${SLOW_CLIENTS:-2000}
MEASURE=${SLOW_SECONDS:-60}

trap bench_cleanup EXIT
bench_make_dirs slow-clients
bench_start_server
bench_create_project slow
: >"$WORK_DIR/checks.txt"
bench_create_checks 0 1 "$WORK_DIR/checks.txt"
read -r uuid _ <"$WORK_DIR/checks.txt"
bench_log "$CLIENTS slow clients, timing pings for ${MEASURE} s"
python3 "$BENCH_DIR/slow-clients.py" 127.0.0.1 "$SERVER_PORT" "$uuid" "$CLIENTS" "$MEASURE" | tee "$OUT_DIR/report.txt"
