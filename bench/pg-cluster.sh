# A throw-away PostgreSQL cluster for the benches (sourced after lib.sh, not run): Debian's server
# programs, a temp dir, a free loopback port, stopped and deleted by pg_cluster_stop (call it from
# the EXIT trap). Unlike the test cluster it keeps PostgreSQL's default durability (fsync on,
# synchronous_commit on, full-page writes): a benchmark measures the real thing.
#
#   pg_cluster_start                  initdb + start; sets PG_DIR, PG_PORT, PG_BIN
#   pg_cluster_create_database NAME   role cronkeeper (random password, once) and a database it owns;
#                                     sets PG_DATABASE_URL and PG_PASSWORD, the values of
#                                     CRONKEEPER_DATABASE_URL and CRONKEEPER_DATABASE_PASSWORD
#   pg_cluster_psql SQL [DB]          runs SQL as the superuser, prints rows unaligned (-At)
#   pg_cluster_cpu_seconds            CPU used so far by the postmaster and its backends
#   pg_cluster_stop [LOG_COPY]        stops, copies the server log to LOG_COPY, deletes the dir

PG_DIR=""
PG_PORT=""
PG_BIN=""
PG_ROLE=cronkeeper
PG_PASSWORD=""
PG_DATABASE_URL=""
PG_AS=()

# The newest Debian server (>= 15, the oldest Cronkeeper supports), else pg_config's.
pg_find_bin() {
  local dir version best=0
  for dir in /usr/lib/postgresql/*/bin; do
    version=${dir#/usr/lib/postgresql/}
    version=${version%/bin}
    [[ $version =~ ^[0-9]+$ ]] && [ "$version" -ge 15 ] && [ -x "$dir/initdb" ] || continue
    if [ "$version" -gt "$best" ]; then best=$version; PG_BIN=$dir; fi
  done
  if [ -z "$PG_BIN" ] && command -v pg_config >/dev/null; then
    version=$(pg_config --version | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')
    [ "${version:-0}" -ge 15 ] && PG_BIN=$(pg_config --bindir)
  fi
  [ -n "$PG_BIN" ] || bench_die "no PostgreSQL 15+ server (/usr/lib/postgresql/<N>/bin); Debian: apt-get install postgresql"
  local tool
  for tool in initdb pg_ctl postgres psql; do
    [ -x "$PG_BIN/$tool" ] || bench_die "no executable $tool in $PG_BIN"
  done
}

# Runs a PostgreSQL program as the cluster's owner, in its dir (the owner may not read ours),
# with no PG* variable of ours pointing it at another server.
pg_as() {
  local unset=() name
  for name in $(compgen -e | grep '^PG' || true); do unset+=(-u "$name"); done
  (cd "$PG_DIR" && env "${unset[@]}" "${PG_AS[@]}" "$@")
}

pg_cluster_start() {
  pg_find_bin
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cronkeeper-bench-pg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses root: run the cluster as Debian's postgres user, in a dir only it may enter
    # (the superuser's socket inside trusts whoever reaches it).
    id -u postgres >/dev/null 2>&1 || bench_die "running as root, which initdb refuses, and there is no user postgres"
    command -v runuser >/dev/null || bench_die "running as root, which initdb refuses, and runuser is missing"
    PG_AS=(runuser -u postgres --)
    chown postgres: "$PG_DIR"
  fi
  chmod 700 "$PG_DIR"
  local locale=--no-locale
  locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' && locale=--locale=C.UTF-8
  # TCP (what the servers use) needs the password; the socket is trusted, for our psql only.
  pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 "$locale" \
    --auth-host=scram-sha-256 --auth-local=trust --no-instructions >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; bench_die "initdb failed"; }
  # Only where it listens changes; fsync, synchronous_commit and the rest keep their defaults.
  pg_as tee -a "$PG_DIR/data/postgresql.conf" >/dev/null <<EOF

# Cronkeeper bench cluster (bench/pg-cluster.sh): default durability
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
EOF
  local attempt
  for attempt in 1 2 3; do
    # Free when we look, maybe taken by the time postgres binds: retried on a new port.
    PG_PORT=$(bench_free_port)
    if pg_as "$PG_BIN/pg_ctl" start -w -t 60 -D "$PG_DIR/data" -l "$PG_DIR/log" -o "-p $PG_PORT" >/dev/null; then
      bench_log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$PG_PORT ($PG_DIR)"
      return 0
    fi
    grep -q 'Address already in use' "$PG_DIR/log" 2>/dev/null || break
  done
  tail -n 20 "$PG_DIR/log" >&2 2>/dev/null || true
  bench_die "PostgreSQL did not start (log above)"
}

pg_cluster_psql() {
  # SQL on stdin, so a password in it never shows in ps.
  printf '%s\n' "$1" | pg_as "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" \
    -U postgres -d "${2:-postgres}" -f -
}

pg_cluster_create_database() {
  [[ $1 =~ ^[a-z_][a-z0-9_]*$ ]] || bench_die "not a plain database name: $1"
  if [ -z "$PG_PASSWORD" ]; then
    PG_PASSWORD=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    pg_cluster_psql "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'" >/dev/null
  fi
  pg_cluster_psql "CREATE DATABASE $1 OWNER $PG_ROLE" >/dev/null
  PG_DATABASE_URL="postgresql://$PG_ROLE@127.0.0.1:$PG_PORT/$1"
}

pg_cluster_cpu_seconds() {
  local postmaster
  postmaster=$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  # The postmaster's own time and its reaped children's, plus the backends alive now. cat, not
  # awk's own reads: a backend may exit between the glob and the read.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$postmaster" -v hz="$(getconf CLK_TCK)" '
    { pid = $1; sub(/^.*\) /, "") }
    pid == pm { total += $12 + $13 + $14 + $15 }
    $2 == pm { total += $12 + $13 }
    END { printf "%.2f", total / hz }'
}

pg_cluster_stop() {
  [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    pg_as "$PG_BIN/pg_ctl" stop -m fast -w -t 30 -D "$PG_DIR/data" >/dev/null 2>&1 \
      || pg_as "$PG_BIN/pg_ctl" stop -m immediate -w -D "$PG_DIR/data" >/dev/null 2>&1 \
      || echo "pg-cluster: could not stop the cluster in $PG_DIR" >&2
  fi
  if [ -n "${1:-}" ] && [ -f "$PG_DIR/log" ]; then cp "$PG_DIR/log" "$1" || true; fi
  rm -rf "$PG_DIR"
  PG_DIR=""
}
