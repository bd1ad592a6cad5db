#!/usr/bin/env bash
# Down-detection latency and monitor loop cost at 1,000 and 100,000 checks (issue 4).
# Usage: bench/monitor.sh [--no-build] [sizes...]   e.g. bench/monitor.sh --no-build 1000 100000
# Runs io.cronkeeper.bench.MonitorBenchmark from the test classes against a real server in one
# JVM (real clock, real SQLite file in a temp dir) and prints a Markdown table.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build=yes
if [ "${1:-}" = "--no-build" ]; then build=no; shift; fi
bench_find_java
if [ "$build" = yes ]; then
  bench_log "building (./mvnw -q -DskipTests test-compile package)"
  (cd "$REPO_DIR" && ./mvnw -q -DskipTests -pl appliance-server -am package test-compile) >&2
fi
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
(cd "$REPO_DIR" && ./mvnw -q -o -pl appliance-server dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test) >&2
CP="$REPO_DIR/appliance-server/target/test-classes:$REPO_DIR/appliance-server/target/classes:$(cat "$CP_FILE")"
bench_log "running the monitor benchmark (about 40 s per size)"
# shellcheck disable=SC2086
"$JAVA" $APPLIANCE_JAVA_OPTS -cp "$CP" io.cronkeeper.bench.MonitorBenchmark "$@" 2> >(grep -v '^WARNING\|INFO' >&2)
