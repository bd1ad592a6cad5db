#!/usr/bin/env bash
# Hostile-LAN robustness: the server with the shipped JVM options (128 MB heap, exit on OOM) is
# attacked in turn by a body flood (300 x 1 MiB unauthenticated API bodies, held), 2,000 slow
# clients and a corpus of malformed requests, while normal clients keep pinging. Prints, per phase,
# the attack's answers by status, the normal pings' statuses and p50/p99 latency, and the server's
# peak RSS; then whether the server is still healthy (GET /api/v3/status/).
#
# usage: bench/abuse.sh [--no-build] [SECONDS_PER_PHASE (default 20)]
set -euo pipefail
. "$(dirname "$0")/lib.sh"

build_flag=""
[ "${1:-}" = --no-build ] && { build_flag=--no-build; shift; }
phase_seconds=${1:-20}
bench_prepare $build_flag
bench_make_dirs abuse
trap bench_cleanup EXIT
# The slow-client phase holds 2,000 connections: the server and the attackers need the descriptors.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

bench_create_project abuse
bench_start_server
uuid=$(curl -fs -X POST -H "X-Api-Key: $API_KEY" -d '{"name":"abuse-target"}' "$BASE_URL/api/v3/checks/" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["uuid"])')
bench_log "phases of ${phase_seconds}s; server log: $SERVER_LOG"

python3 "$BENCH_DIR/abuse-client.py" "$BASE_URL" "$uuid" "$SERVER_PID" "$phase_seconds"

echo "== end"
if kill -0 "$SERVER_PID" 2>/dev/null; then
  echo "   server alive; status: $(curl -s -m 10 -w ' (%{http_code})' "$BASE_URL/api/v3/status/")"
else
  wait "$SERVER_PID" 2>/dev/null && code=0 || code=$?
  echo "   server EXITED with status $code"
fi
echo "   OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$SERVER_LOG" || true)"
