#!/usr/bin/env bash
# Finishes the admin app's image (package.sh --post-image), before its tarball and .deb are made:
#   1. JavaFX's natives go into the runtime's lib/, where JavaFX, linked into the runtime,
#      loads them first ("from relative path"); without them it would extract copies into
#      each user's ~/.openjfx.
#   2. An AOT cache (JDK 25, JEP 483/514) from a training run: the image's own launcher opens a
#      throw-away server's 40 checks on a virtual display (xvfb-run) and quits once the table is
#      drawn (CRONKEEPER_ADMIN_EXIT_AFTER=table); -XX:AOTCacheOutput writes what it loaded and
#      linked to lib/app/cronkeeper-admin.aot, and the launcher's config then names it. Paths
#      under the image are recorded relative to it, so the installed copy in /opt uses it.
#      Without xvfb-run the image is left without a cache (slower start, same behaviour) and
#      this says so; ADMIN_AOT=required makes that an error (CI).
# Environment (from installer/pom.xml): ADMIN_NATIVES (dir of JavaFX .so files), ADMIN_JAVA (a
# JDK's java for the training server), ADMIN_SERVER_CLASSPATH (the server's jars).
set -euo pipefail
image=$1
name=$(basename "$image")
here=$(cd "$(dirname "$0")" && pwd)

cp "$ADMIN_NATIVES"/*.so "$image/lib/runtime/lib/"
echo "admin-image.sh: JavaFX natives in $image/lib/runtime/lib"

no_cache() {
    if [ "${ADMIN_AOT:-}" = required ]; then
        echo "admin-image.sh: ERROR: $1" >&2
        exit 1
    fi
    echo "admin-image.sh: WARNING: $1; the app image has no AOT cache and starts slower" >&2
}

if ! command -v xvfb-run >/dev/null 2>&1; then
    no_cache "xvfb-run is missing (sudo apt-get install xvfb xauth)"
    exit 0
fi
cache=$image/lib/app/$name.aot
work=$(mktemp -d "${TMPDIR:-/tmp}/cronkeeper-admin-aot.XXXXXX")
# shellcheck source=admin-fixture.sh
. "$here/admin-fixture.sh"
trap 'fixture_stop; rm -rf "$work"' EXIT
fixture_start "$ADMIN_JAVA" "$ADMIN_SERVER_CLASSPATH" "$work"
mkdir -p "$work/home"
echo "admin-image.sh: AOT training run"
if ! HOME=$work/home CRONKEEPER_ADMIN_EXIT_AFTER=table JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache" \
    timeout 600 xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/$name" --url "$FIXTURE_URL" \
    --token-file "$FIXTURE_TOKEN_FILE" >"$work/training.log" 2>&1 || [ ! -s "$cache" ]; then
    cat "$work/training.log" >&2
    rm -f "$cache"
    no_cache "the AOT training run failed"
    exit 0
fi
# shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded when it starts.
echo 'java-options=-XX:AOTCache=$APPDIR/'"$name.aot" >>"$image/lib/app/$name.cfg"
echo "admin-image.sh: wrote $cache ($(du -h "$cache" | cut -f1))"
