#!/usr/bin/env bash
# Runs the ```sh blocks of docs/api-examples.md, in order and in one shell, against a fresh
# server on a temporary data dir and a free port, so the doc is known to work as written.
# Lines that set SERVER, DATA_DIR or JAR get this run's values; everything else runs unchanged.
# A block stops at its first failing call; later blocks still run. Exits 1 naming every failed
# call (doc line and command), 0 when all blocks passed.
#
#   bench/api-examples.sh [DOC]      SKIP_BUILD=1 uses the jar already in appliance-server/target
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOC=${1:-$ROOT/docs/api-examples.md}
DOC_NAME=${DOC#"$ROOT"/}
JAR_PATH=$ROOT/appliance-server/target/appliance-server.jar

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "api-examples: '$tool' is needed (apt-get install $tool)" >&2; exit 2; }
done
[ -f "$DOC" ] || { echo "api-examples: no such doc: $DOC" >&2; exit 2; }

# The doc runs `java -jar` as a user would: put a JDK 21+ first on PATH (as mvnw chooses one).
. "$ROOT/.mvn/find-jdk.sh"
PATH=$JAVA_HOME/bin:$PATH

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR_PATH" ]; then
  echo "api-examples: building the jar" >&2
  (cd "$ROOT" && ./mvnw -q -pl appliance-server -am -DskipTests package) || { echo "api-examples: build failed" >&2; exit 2; }
fi

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# A port nobody answers on; the race with another process taking it is accepted.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if port_is_free "$candidate"; then PORT=$candidate; break; fi
done
[ -n "$PORT" ] || { echo "api-examples: no free port found" >&2; exit 2; }

RUN_SERVER=http://127.0.0.1:$PORT
RUN_DATA_DIR=$WORK/data
java -jar "$JAR_PATH" --data-dir "$RUN_DATA_DIR" --host 127.0.0.1 --port "$PORT" --site-root "$RUN_SERVER" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
ready=0
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$RUN_SERVER/api/v3/status/" 2>/dev/null; then ready=1; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.5
done
if [ "$ready" != 1 ]; then
  echo "api-examples: the server did not start; its log:" >&2
  cat "$WORK/server.log" >&2
  exit 2
fi
echo "api-examples: server on $RUN_SERVER, data in $RUN_DATA_DIR"

# Split the doc into block files; remember each block's first line in the doc.
STARTS=()
n=0
in_block=0
lineno=0
while IFS= read -r line || [ -n "$line" ]; do
  lineno=$((lineno + 1))
  if [ "$in_block" = 0 ] && [[ "$line" =~ ^\`\`\`sh[[:space:]]*$ ]]; then
    in_block=1; n=$((n + 1)); STARTS[n]=$((lineno + 1)); : >"$WORK/block-$n.sh"
  elif [ "$in_block" = 1 ] && [[ "$line" =~ ^\`\`\`[[:space:]]*$ ]]; then
    in_block=0
  elif [ "$in_block" = 1 ]; then
    case "$line" in
      SERVER=*) line="SERVER=$RUN_SERVER" ;;
      DATA_DIR=*) line="DATA_DIR=$RUN_DATA_DIR" ;;
      JAR=*) line="JAR=$JAR_PATH" ;;
    esac
    printf '%s\n' "$line" >>"$WORK/block-$n.sh"
  fi
done <"$DOC"
[ "$n" -gt 0 ] || { echo "api-examples: no \`\`\`sh blocks in $DOC_NAME" >&2; exit 2; }

FAILED=()
IN_BLOCK=0
BLOCK=0
# The whole (possibly continued) command that ends at line $2 of block $1.
command_at() {
  local file=$WORK/block-$1.sh last=$2 first=$2
  while [ "$first" -gt 1 ] && sed -n "$((first - 1))p" "$file" | grep -q '\\$'; do first=$((first - 1)); done
  sed -n "${first},${last}p" "$file"
  echo "$first"
}
on_error() {
  local rc=$1 line=$2 text first
  text=$(command_at "$BLOCK" "$line")
  first=$(printf '%s\n' "$text" | tail -n 1)
  text=$(printf '%s\n' "$text" | sed '$d')
  FAILED+=("$DOC_NAME:$((STARTS[BLOCK] + first - 1)) (exit $rc): $text")
  printf '!! FAILED at %s:%d (exit %d):\n%s\n' "$DOC_NAME" "$((STARTS[BLOCK] + first - 1))" "$rc" "$text" >&2
}
# errtrace carries the trap into the sourced blocks; subshells (pipelines, $(...)) leave the
# report to the command that contains them, so a failure is reported once.
set -E
trap 'rc=$?; if ((IN_BLOCK && BASH_SUBSHELL == 0)); then on_error "$rc" "$LINENO"; IN_BLOCK=0; return "$rc"; fi' ERR
run_block() {
  BLOCK=$1
  IN_BLOCK=1
  source "$WORK/block-$1.sh"
  IN_BLOCK=0
}

cd "$WORK" || exit 2
for i in $(seq 1 "$n"); do
  echo
  echo "== $DOC_NAME:${STARTS[i]}"
  sed 's/^/$ /' "$WORK/block-$i.sh"
  run_block "$i"
done
trap - ERR
set +E

echo
passed=$((n - ${#FAILED[@]}))
if [ "${#FAILED[@]}" -gt 0 ]; then
  echo "api-examples: ${#FAILED[@]} of $n blocks failed:" >&2
  for f in "${FAILED[@]}"; do echo "  $f" >&2; done
  echo "api-examples: $passed passed, ${#FAILED[@]} failed"
  exit 1
fi
echo "api-examples: $passed passed, 0 failed"
