#!/usr/bin/env bash
# Crash durability: a client POSTs pings with unique markers and logs each one answered 200; the
# server is killed with SIGKILL mid-load, restarted on the same data dir, and every acknowledged
# marker must be in the database, which must pass PRAGMA integrity_check. Repeats CRASH_ROUNDS times.
# Usage: bench/crash-durability.sh [--no-build]      (env knobs: see bench/README.md)
set -euo pipefail

BUILD=yes
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=no ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
  esac
done

ROUNDS=${CRASH_ROUNDS:-3}
LOAD_SECONDS=${CRASH_LOAD_SECONDS:-3}
CHECKS=${CRASH_CHECKS:-20}
CLIENT_THREADS=${CRASH_THREADS:-16}
# Safety bound: the client stops by itself after this long even if nobody signals it.
CLIENT_MAX_SECONDS=${CRASH_CLIENT_MAX_SECONDS:-60}
# Keep every ping so that each acknowledged marker can be looked up (the default keeps 100 per check).
SERVER_FLAGS=(--ping-log-limit 1000000)

. "$(dirname "$0")/lib.sh"

CLIENT_PID=""
cleanup() {
  if [ -n "$CLIENT_PID" ] && kill -0 "$CLIENT_PID" 2>/dev/null; then
    kill "$CLIENT_PID" 2>/dev/null || true
    wait "$CLIENT_PID" 2>/dev/null || true
  fi
  bench_cleanup
}
trap cleanup EXIT

bench_find_java
bench_build "$BUILD"
bench_make_dirs crash-durability
bench_start_server "${SERVER_FLAGS[@]}"
bench_create_project crash
CHECKS_FILE="$WORK_DIR/checks.txt"
: >"$CHECKS_FILE"
bench_create_checks 0 "$CHECKS" "$CHECKS_FILE"
FIRST_UUID=$(awk 'NR == 1 { print $1 }' "$CHECKS_FILE")

stat_of() { sed -n "s/^$1=//p" "$2"; }
lines_of() { wc -l <"$1" | tr -d ' '; }

ROWS="$OUT_DIR/rounds.txt"
: >"$ROWS"
ACK_LOGS=()
FAILED=0
for round in $(seq 1 "$ROUNDS"); do
  ack="$OUT_DIR/ack-r$round.log"
  stats="$WORK_DIR/client-r$round.stats"
  : >"$ack"
  ACK_LOGS+=("$ack")
  bench_log "round $round: load for ${LOAD_SECONDS}s with $CLIENT_THREADS client threads, then kill -9"
  python3 "$BENCH_DIR/crash-client.py" "$BASE_URL" "$CHECKS_FILE" "$ack" "$stats" "$round" \
    "$CLIENT_THREADS" "$CLIENT_MAX_SECONDS" &
  CLIENT_PID=$!
  sleep "$LOAD_SECONDS"

  # The kill must land while pings are being acknowledged, not after the client has stopped.
  before=$(lines_of "$ack")
  sleep 0.3
  after=$(lines_of "$ack")
  kill -0 "$CLIENT_PID" 2>/dev/null || bench_die "round $round: the client stopped before the kill"
  [ "$after" -gt "$before" ] || bench_die "round $round: no ping acknowledged in the 0.3 s before the kill"
  kill -9 "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  sleep 0.5 # the client keeps sending into the dead server meanwhile
  kill -0 "$CLIENT_PID" 2>/dev/null || bench_die "round $round: the client stopped before it was told to"
  kill -TERM "$CLIENT_PID"
  wait "$CLIENT_PID"
  CLIENT_PID=""
  cut_off=$(stat_of failed_after_ack "$stats")
  [ "$cut_off" -gt 0 ] || bench_die "round $round: no request failed after the kill; it did not land mid-load"

  bench_start_server "${SERVER_FLAGS[@]}"
  restart="ok"
  answer=$(curl -s --max-time 10 -w ' %{http_code}' "$BASE_URL/ping/$FIRST_UUID") || true
  [ "$answer" = "OK 200" ] || { restart="FAIL($answer)"; FAILED=1; }

  verify="$WORK_DIR/verify-r$round.txt"
  python3 "$BENCH_DIR/crash-verify.py" "$DATA_DIR/cronkeeper.db" "${ACK_LOGS[@]}" >"$verify" || FAILED=1
  grep '^lost_marker=' "$verify" >&2 || true
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$(stat_of acked "$stats")" "$cut_off" \
    "$(stat_of acked "$verify")" "$(stat_of stored_acked "$verify")" "$(stat_of lost "$verify")" \
    "$(stat_of stored_unacked "$verify")" "$(stat_of integrity "$verify")" "$restart" >>"$ROWS"
done

{
  echo
  echo "Cronkeeper crash durability: $ROUNDS rounds of ${LOAD_SECONDS}s POST /ping load ($CLIENT_THREADS threads," \
    "$CHECKS checks), kill -9 mid-load, restart, verify (counts are cumulative over rounds)"
  printf '%-5s %9s %8s %9s %9s %6s %9s %-10s %-8s\n' round "acked" "errors" "acked" "stored" \
    "lost" "unacked" integrity restart
  printf '%-5s %9s %8s %9s %9s %6s %9s %-10s %-8s\n' "" "(round)" "at kill" "(total)" "(of acked)" \
    "" "stored" "" ""
  printf -- '-%.0s' $(seq 1 80)
  echo
  while IFS=$'\t' read -r r a c t s l u i ok; do
    printf '%-5s %9s %8s %9s %9s %6s %9s %-10s %-8s\n' "$r" "$a" "$c" "$t" "$s" "$l" "$u" "$i" "$ok"
  done <"$ROWS"
  echo "(errors at kill = client requests that failed once the server died: it was still sending;"
  echo " unacked stored = pings committed whose 200 never reached the client: allowed)"
  echo
  if [ "$FAILED" -eq 0 ]; then
    echo "Durability: PASS (no acknowledged ping lost, integrity ok, clean restarts)"
  else
    echo "Durability: FAIL"
  fi
} | tee "$OUT_DIR/report.txt"
exit "$FAILED"
