# A throw-away server with a home lab's worth of checks, for the admin app to open: the package
# build's AOT training run (admin-image.sh) and bench/admin-start.sh. Sourced, not run.
#   fixture_start JAVA CLASSPATH WORKDIR   sets FIXTURE_URL, FIXTURE_TOKEN_FILE, FIXTURE_PID
#   fixture_stop
# Three projects, 40 checks in all, some pinged up, started, failed with output, or paused, so
# the app draws every kind of row. Needs curl.

FIXTURE_PID=""

fixture_start() {
    local java=$1 classpath=$2 work=$3
    local data=$work/fixture-data
    mkdir -p "$data"
    FIXTURE_PORT=$(fixture_free_port)
    FIXTURE_URL=http://127.0.0.1:$FIXTURE_PORT
    FIXTURE_TOKEN_FILE=$data/admin-token
    "$java" -XX:+UseSerialGC -Xmx128m -cp "$classpath" io.cronkeeper.Main --port "$FIXTURE_PORT" --host 127.0.0.1 \
        --data-dir "$data" >"$work/fixture-server.log" 2>&1 &
    FIXTURE_PID=$!
    local i
    for i in $(seq 1 600); do
        [ -s "$FIXTURE_TOKEN_FILE" ] && curl -fsS -o /dev/null "$FIXTURE_URL/" 2>/dev/null && break
        kill -0 "$FIXTURE_PID" 2>/dev/null || { cat "$work/fixture-server.log" >&2; return 1; }
        sleep 0.2
    done
    local token project check p n
    token=$(cat "$FIXTURE_TOKEN_FILE")
    n=0
    for p in "Home lab" "Backups" "Media server"; do
        project=$(fixture_api "$token" POST /projects "{\"name\":\"$p\"}" | fixture_uuid)
        for i in $(seq 1 13); do
            n=$((n + 1))
            check=$(fixture_api "$token" POST "/projects/$project/checks" \
                "{\"name\":\"$p job $i\",\"tags\":\"nightly\",\"timeout\":$((3600 * i)),\"grace\":600}" | fixture_uuid)
            case $((n % 5)) in
                0) curl -fsS -o /dev/null "$FIXTURE_URL/ping/$check" ;;
                1) curl -fsS -o /dev/null --data-binary "rsync: 12 files, 3.2 MB" "$FIXTURE_URL/ping/$check/0" ;;
                2) curl -fsS -o /dev/null "$FIXTURE_URL/ping/$check/start" ;;
                3) curl -fsS -o /dev/null --data-binary "error: disk full" "$FIXTURE_URL/ping/$check/3" ;;
                4) fixture_api "$token" POST "/checks/$check/pause" "{}" >/dev/null ;;
            esac
        done
    done
    fixture_api "$token" POST /projects/"$project"/checks '{"name":"Certificate renewal","schedule":"0 3 * * 1","tz":"UTC"}' >/dev/null
}

fixture_stop() {
    if [ -n "$FIXTURE_PID" ] && kill -0 "$FIXTURE_PID" 2>/dev/null; then
        kill "$FIXTURE_PID" 2>/dev/null || true
        wait "$FIXTURE_PID" 2>/dev/null || true
    fi
    FIXTURE_PID=""
}

fixture_api() {
    curl -fsS -X "$2" -H "Authorization: Bearer $1" --data-binary "$4" "$FIXTURE_URL/api/admin/v1$3"
}

# The first "uuid" of a JSON object: the project's or the check's own.
fixture_uuid() {
    sed -n 's/^[^{]*{.*"uuid" *: *"\([0-9a-f-]*\)".*/\1/p' | head -n 1
}

fixture_free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
