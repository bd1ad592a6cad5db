# `bench/ping-throughput.sh --postgres` (sourced by it): the same GET and POST pings on three
# setups in one run: the SQLite server, one node on a throw-away PostgreSQL cluster, and two nodes
# on that same database with wrk's threads split between them. All three stay up throughout (the
# ones not loaded sit idle) so the rounds interleave the setups: a slow spell of the shared
# machine then hits all of them, not one.

PG_CHECKS=${BENCH_PG_CHECKS:-$SMALL}
PG_DB=cronkeeper_bench
[ $((THREADS % 2)) -eq 0 ] || bench_die "BENCH_THREADS must be even with --postgres: each node gets whole wrk threads"

# The nodes' own settings: a data dir each (its lock and its log), the database shared.
with_pg() { CRONKEEPER_DATABASE_URL=$PG_DATABASE_URL CRONKEEPER_DATABASE_PASSWORD=$PG_PASSWORD "$@"; }

# Before the SQLite server starts, so the three JVMs boot together. Both nodes migrate the empty
# database at once, as a real two-node install may: the migration lock makes one wait.
pg_start_nodes() {
  pg_cluster_start
  pg_cluster_create_database "$PG_DB"
  with_pg bench_start_node node-a "$WORK_DIR/node-a"
  NODE_A_PID=$NODE_PID NODE_A_PORT=$NODE_PORT
  with_pg bench_start_node node-b "$WORK_DIR/node-b"
  NODE_B_PID=$NODE_PID NODE_B_PORT=$NODE_PORT
}

select_setup() {
  case "$1" in
    sqlite) use_target sqlite "$SQLITE_PID" "$SQLITE_PORT" count_sqlite no_db_cpu; PATHS=$SQLITE_PATHS ;;
    pg-1node) use_target pg-1node "$NODE_A_PID" "$NODE_A_PORT" count_pg pg_cluster_cpu_seconds; PATHS=$PG_PATHS ;;
    pg-2nodes) use_target pg-2nodes "$NODE_A_PID $NODE_B_PID" "$NODE_A_PORT,$NODE_B_PORT" count_pg pg_cluster_cpu_seconds
      PATHS=$PG_PATHS ;;
  esac
}

# Once the SQLite server runs: checks on both stores, warm-up, the rounds, the report.
pg_compare() {
  bench_log "creating $PG_CHECKS checks on SQLite"
  bench_create_checks 0 "$PG_CHECKS" "$CHECKS_FILE"
  write_path_files
  SQLITE_PATHS="$WORK_DIR/uuid-sqlite.txt"
  mv "$WORK_DIR/uuid.txt" "$SQLITE_PATHS"

  bench_await_nodes
  # The CLI reaches the database like a node does; the project and its keys live there.
  DATA_DIR="$WORK_DIR/node-a" with_pg bench_create_project bench

  local seen_by_b round scenario body setup
  PG_CHECKS_FILE="$WORK_DIR/checks-pg.txt"
  PG_PATHS="$WORK_DIR/uuid-pg.txt"
  select_setup pg-1node
  bench_log "creating $PG_CHECKS checks on PostgreSQL through node A"
  bench_create_checks 0 "$PG_CHECKS" "$PG_CHECKS_FILE"
  awk '{ print "/ping/" $1 }' "$PG_CHECKS_FILE" >"$PG_PATHS"
  # Node B must serve what node A created, or the two-node figures would measure 404s.
  seen_by_b=$(curl -fs --max-time 30 -H "X-Api-Key: $API_KEY" "http://127.0.0.1:$NODE_B_PORT/api/v3/checks/" \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["checks"]))') || seen_by_b="no answer"
  [ "$seen_by_b" = "$PG_CHECKS" ] || bench_die "node B lists $seen_by_b checks, node A created $PG_CHECKS"

  # Each node alone: two nodes together on few checks may crawl (row locks), and a node that
  # served too few pings is still interpreted (the default options turn tiered compilation off).
  bench_log "warming up the JIT for $WARMUP on SQLite, on node A, then on node B (not measured)"
  select_setup sqlite
  run_wrk "$WARMUP" "$PATHS" 0 "$OUT_DIR/warmup-sqlite.txt"
  select_setup pg-1node
  run_wrk "$WARMUP" "$PATHS" 0 "$OUT_DIR/warmup-node-a.txt"
  use_target pg-1node "$NODE_B_PID" "$NODE_B_PORT" count_pg pg_cluster_cpu_seconds
  run_wrk "$WARMUP" "$PATHS" 0 "$OUT_DIR/warmup-node-b.txt"

  for round in $(seq 1 "$ROUNDS"); do
    for scenario in ping-get ping-post-1k; do
      body=0
      [ "$scenario" = ping-get ] || body=$BODY_BYTES
      for setup in sqlite pg-1node pg-2nodes; do
        select_setup "$setup"
        run_scenario "$scenario" "$PG_CHECKS" "$PATHS" "$body"
      done
    done
  done

  cp "$PG_DIR/log" "$OUT_DIR/postgres.log"
  python3 "$BENCH_DIR/postgres-report.py" "$RESULTS" "$CONNECTIONS" "$DURATION" "$THREADS" "$(nproc)" \
    "$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)" "$OUT_DIR/server.log" "$OUT_DIR/node-a.log" \
    "$OUT_DIR/node-b.log" "$OUT_DIR/postgres.log" | tee "$OUT_DIR/report.txt"
}
