#!/usr/bin/env bash
# Time from exec to the first answered request (GET /api/v3/status/ = 200), median of N cold
# starts each way: "first start" on an empty data dir (migrations, first project, secrets) and
# "restart" on the data dir the last first start left (a service restart or boot), for:
#   jar       java -jar appliance-server.jar with the README's options;
#   packaged  the server .deb's launcher with the unit's JAVA_TOOL_OPTIONS (its AOT cache included),
#             unpacked and bind-mounted at /opt/cronkeeper in a private mount namespace (root),
#             so that the cache (made at package time for that path) is accepted;
#   no-cache  the same without the AOT cache. Both are skipped without a .deb or without root.
# usage: bench/start-time.sh [--no-build] [RUNS]   (default 7 runs; the .deb comes from
#        installer/target/packages, built with ./mvnw -pl installer -am -DskipTests package)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

build=yes
if [ "${1:-}" = --no-build ]; then build=no; shift; fi
runs=${1:-7}
bench_find_java
bench_build "$build"
command -v python3 >/dev/null || bench_die "needs python3"
bench_make_dirs start-time
trap bench_cleanup EXIT

# Prints milliseconds from exec of "$@" to the first 200 from the status endpoint, then stops it.
time_start() {
  local mode=$1 port=$2 t0 t1 pid; shift 2
  [ "$mode" = restart ] || { rm -rf "$DATA_DIR" && mkdir -p "$DATA_DIR"; }
  t0=$(date +%s%N)
  "$@" >"$OUT_DIR/last.log" 2>&1 &
  pid=$!
  # One poller process: a curl spawned every 10 ms took a core's share from the JVM it timed and
  # added 0.6 s to every start on 2 cores.
  python3 - "$port" "$pid" <<'POLL' || bench_die "the server exited: $(tail -5 "$OUT_DIR/last.log")"
import os, socket, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
ask = b"GET /api/v3/status/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
while True:
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(ask)
            if s.recv(12) == b"HTTP/1.1 200":
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.01)
POLL
  t1=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() {
  local name=$1 port=$2 mode i times; shift 2
  for mode in first restart; do
    times=()
    for i in $(seq "$runs"); do
      times+=("$(time_start "$mode" "$port" "$@")")
    done
    bench_log "$name $mode: ${times[*]} ms"
    printf '%-9s %-8s median %5d ms to the first request (%d cold starts)\n' "$name" "$mode" \
      "$(printf '%s\n' "${times[@]}" | median)" "$runs"
  done
}

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# shellcheck disable=SC2086
measure jar "$port" env MALLOC_ARENA_MAX=2 CRONKEEPER_DATA_DIR="$DATA_DIR" \
  "$JAVA" $APPLIANCE_JAVA_OPTS -jar "$JAR" --port "$port" --host 127.0.0.1 --config /dev/null

deb=$(ls "$REPO_DIR"/installer/target/packages/cronkeeper-server_*_amd64.deb 2>/dev/null | head -n1 || true)
if [ -z "$deb" ]; then
  bench_log "no server .deb under installer/target/packages: packaged start not measured"
elif ! unshare -m true 2>/dev/null; then
  bench_log "unshare -m is refused (run as root): packaged start not measured"
else
  dpkg-deb -x "$deb" "$WORK_DIR/tree"
  printf '%-9s %s: %s bytes\n' package "$(basename "$deb")" "$(stat -c %s "$deb")"
  # The unit's JVM options, AOT cache included; and the same without the cache, to compare.
  unit_opts=$(sed -n 's/^Environment="\{0,1\}JAVA_TOOL_OPTIONS=\([^"]*\)"\{0,1\}$/\1/p' \
    "$WORK_DIR/tree/usr/lib/systemd/system/cronkeeper.service")
  no_cache_opts=$(echo "$unit_opts" | sed 's/ *-XX:AOTCache=[^ ]*//')
  # The launcher sees /opt/cronkeeper, as installed; the host's /opt stays untouched.
  packaged() {
    exec unshare -m --propagation private sh -c \
      'mount -t tmpfs tmpfs /opt && mkdir /opt/cronkeeper && mount --bind "$1" /opt/cronkeeper && shift && exec "$@"' sh \
      "$WORK_DIR/tree/opt/cronkeeper" env MALLOC_ARENA_MAX=2 JAVA_TOOL_OPTIONS="$1" CRONKEEPER_DATA_DIR="$DATA_DIR" \
      /opt/cronkeeper/bin/cronkeeper --port "$port" --host 127.0.0.1 --config /dev/null
  }
  measure "no-cache" "$port" packaged "$no_cache_opts"
  measure packaged "$port" packaged "$unit_opts"
fi
