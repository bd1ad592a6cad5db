#!/usr/bin/env bash
# How fast the packaged admin app starts: launch-to-window and launch-to-table, medians over a
# few runs, with the package's AOT cache and without it (-XX:AOTMode=off), interleaved.
#
#   bench/admin-start.sh [--no-build] [--runs N]
#
# Builds the packages (./mvnw -q -pl installer -am package -DskipTests) unless --no-build,
# unpacks the admin .deb into a temp dir (as dpkg would into /opt: the AOT cache must work from
# anywhere), starts a throw-away server with 3 projects and 40 checks
# (installer/src/build/admin-fixture.sh) and one Xvfb display for all runs. Each run launches
# bin/cronkeeper-admin with a fresh HOME and --url/--token-file, so every run is a first start.
# The app itself reports when: with CRONKEEPER_ADMIN_TIMING=1 it prints the wall-clock time of
# the first drawn frame of its window ("window-shown") and of the first frame with rows in the
# checks table ("table-filled") to stderr; CRONKEEPER_ADMIN_EXIT_AFTER=table then quits it.
# Launch is the moment before the bench starts the launcher. Needs Xvfb, curl, dpkg-deb.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

build=yes
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=no ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: $0 [--no-build] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

bench_find_java
for tool in Xvfb curl dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || bench_die "$tool is missing (sudo apt-get install xvfb curl dpkg)"
done
if [ "$build" = yes ]; then
  bench_log "building the packages (./mvnw -q -pl installer -am package -DskipTests)"
  (cd "$REPO_DIR" && ./mvnw -q -pl installer -am package -DskipTests) >&2
fi
deb=$(ls "$REPO_DIR"/installer/target/packages/cronkeeper-admin_*_amd64.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || bench_die "no admin .deb under installer/target/packages; build first or drop --no-build"

bench_make_dirs admin-start
# shellcheck source=../installer/src/build/admin-fixture.sh
. "$REPO_DIR/installer/src/build/admin-fixture.sh"
XVFB_PID=""
cleanup() {
  fixture_stop
  [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true
  bench_cleanup
}
trap cleanup EXIT

dpkg-deb -x "$deb" "$WORK_DIR/tree"
app=$WORK_DIR/tree/opt/cronkeeper-admin/bin/cronkeeper-admin
[ -f "$WORK_DIR/tree/opt/cronkeeper-admin/lib/app/cronkeeper-admin.aot" ] \
  || bench_log "WARNING: the package has no AOT cache (built without xvfb-run?)"

bench_log "starting a server with 3 projects and 40 checks"
fixture_start "$JAVA" "$REPO_DIR/installer/target/server-input/*" "$WORK_DIR"

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$OUT_DIR/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

# One launch; prints "<window ms> <table ms> <cpu s>" (times after launch, "-" when a milestone
# never came; cpu: user + system seconds of the whole run, to the exit after the table).
launch() {
  local variant=$1 n=$2 home log t0 window table
  home=$WORK_DIR/home-$variant-$n
  log=$OUT_DIR/$variant-$n.log
  mkdir -p "$home"
  local tool_options=""
  [ "$variant" = aot ] || tool_options="-XX:AOTMode=off"
  t0=$(date +%s%3N)
  HOME=$home DISPLAY=:$display CRONKEEPER_ADMIN_TIMING=1 CRONKEEPER_ADMIN_EXIT_AFTER=table \
    JAVA_TOOL_OPTIONS=$tool_options timeout 120 /usr/bin/time -f "cpu %U %S" -o "$log.cpu" "$app" --url "$FIXTURE_URL" --token-file "$FIXTURE_TOKEN_FILE" \
    >"$log" 2>&1 || true
  window=$(awk '/timing window-shown/ {print $4}' "$log")
  table=$(awk '/timing table-filled/ {print $4}' "$log")
  cpu=$(awk '/^cpu/ {print $2 + $3}' "$log.cpu" 2>/dev/null)
  echo "${window:+$((window - t0))} ${table:+$((table - t0))}" \
    | awk -v cpu="${cpu:--}" '{print ($1 == "" ? "-" : $1), ($2 == "" ? "-" : $2), cpu}'
}

median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

bench_log "warm-up launch (not counted: the first start reads the files from disk)"
launch aot 0 >/dev/null
for n in $(seq 1 "$runs"); do
  for variant in aot noaot; do
    read -r w t c < <(launch "$variant" "$n")
    bench_log "run $n $variant: window $w ms, table $t ms, cpu $c s"
    echo "$variant $w $t $c" >>"$OUT_DIR/runs.txt"
  done
done

{
  echo "admin app start ($runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  printf '%-28s %12s %12s %10s\n' "variant" "window ms" "table ms" "cpu s"
  for variant in aot noaot; do
    label=$([ "$variant" = aot ] && echo "packaged (AOT cache)" || echo "-XX:AOTMode=off")
    w=$(awk -v v="$variant" '$1 == v && $2 != "-" {print $2}' "$OUT_DIR/runs.txt" | median)
    t=$(awk -v v="$variant" '$1 == v && $3 != "-" {print $3}' "$OUT_DIR/runs.txt" | median)
    c=$(awk -v v="$variant" '$1 == v && $4 != "-" {print $4}' "$OUT_DIR/runs.txt" | median)
    printf '%-28s %12s %12s %10s\n' "$label (median)" "$w" "$t" "$c"
  done
  echo "goal: window <= 2000 ms, table <= 3000 ms (median, packaged)"
} | tee "$OUT_DIR/report.txt"
