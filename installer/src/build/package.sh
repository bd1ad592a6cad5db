#!/usr/bin/env bash
# Builds one application's packages with the JDK's own tools:
#   1. a runtime with only the listed modules (jlink), unless --runtime names one;
#   2. an app image (jpackage --type app-image) and its portable tarball;
#   3. a .deb (jpackage --type deb) with our maintainer scripts from --resource-dir;
#   4. the .deb re-packed with the files jpackage cannot place: everything under --overlay
#      (a systemd unit, /usr/bin links, /etc conffiles, desktop entries), the app moved to
#      --install-dir, and the files under the overlay's etc/ declared as conffiles;
#   5. made the way lintian expects a Debian package: a DEP-5 copyright and a changelog under
#      /usr/share/doc/<package>, an extended description, stripped ELF files, gzipped man pages
#      (--man-pages CLASS writes them from the app's own model), debconf files (templates and
#      config from --resource-dir), and Depends/Provides as dpkg writes them;
#   2b. with --launcher shell: bin/<name> replaced by a shell script that starts the runtime's java
#      with the options and class path of lib/app/<name>.cfg (see shell_launcher);
#   6. with --aot-cache UNIT: a JDK AOT cache (JEP 483/515) from a training run of the server as
#      installed (the app bind-mounted at --install-dir in a private mount namespace, with the
#      JVM options of the systemd unit UNIT), which that unit's JAVA_TOOL_OPTIONS name.
# jpackage names a service unit <package>-<launcher>.service and puts files only under its own
# install dir, hence step 4. Its own .deb is built uncompressed (fast); the final one is gzip.
set -euo pipefail

usage() { echo "usage: $0 --java-home DIR --name NAME --package PKG --version V --input DIR --main-jar JAR --main-class CLS (--modules LIST [--module-path PATH] | --runtime DIR) [--resource-dir DIR] --overlay DIR --install-dir DIR --description TEXT --dest DIR [--java-options OPTS] [--exclude-files GLOBS] [--icon PNG] [--license FILE] [--depends LIST] [--maintainer 'NAME <ADDRESS>'] [--long-description TEXT] [--man-pages CLASS] [--sqlite-native ENTRY] [--aot-cache UNIT] [--launcher jpackage|shell] [--compression gzip|xz]" >&2; exit 2; }

resource_dir="" java_options="" exclude_files="" icon="" license="" depends="" runtime="" modules="" module_path=""
# The Maintainer field: a real address for whoever builds and ships the packages (lintian
# refuses @localhost); -Ddeb.maintainer=... on the Maven command line sets it.
maintainer="Cronkeeper maintainers <maintainers@cronkeeper.example.org>" long_description="" man_pages="" sqlite_native="" aot_unit="" compression=gzip
launcher=jpackage
post_image=""
while [ $# -gt 0 ]; do
    case "$1" in
        --java-home) java_home=$2 ;;
        --name) name=$2 ;;
        --package) package=$2 ;;
        --version) version=$2 ;;
        --input) input=$2 ;;
        --main-jar) main_jar=$2 ;;
        --main-class) main_class=$2 ;;
        --modules) modules=$2 ;;
        --runtime) runtime=$2 ;;
        --module-path) module_path=$2 ;;
        --exclude-files) exclude_files=$2 ;;
        --java-options) java_options=$2 ;;
        --resource-dir) resource_dir=$2 ;;
        --overlay) overlay=$2 ;;
        --install-dir) install_dir=$2 ;;
        --description) description=$2 ;;
        --icon) icon=$2 ;;
        --license) license=$2 ;;
        --depends) depends=$2 ;;
        # --post-image SCRIPT: run with the app image's dir before the tarball and .deb are made.
        --post-image) post_image=$2 ;;
        --dest) dest=$2 ;;
        --maintainer) [ -z "$2" ] || maintainer=$2 ;;
        --long-description) long_description=$2 ;;
        --man-pages) man_pages=$2 ;;
        --sqlite-native) sqlite_native=$2 ;;
        --aot-cache) aot_unit=$2 ;;
        --compression) compression=$2 ;;
        --launcher) launcher=$2 ;;
        *) usage ;;
    esac
    shift 2
done
for v in java_home name package version input main_jar main_class overlay install_dir description dest; do
    [ -n "${!v:-}" ] || { echo "package.sh: --${v//_/-} is required" >&2; usage; }
done

missing=()
for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "package.sh: building the .deb packages needs ${missing[*]}: sudo apt-get install fakeroot dpkg" >&2
    exit 1
fi

maintainer_address() { sed -n 's/.*<\(.*\)>.*/\1/p' <<<"$maintainer"; }

# Step 5: what lintian asks of any Debian package, beyond what jpackage writes.
debianize() {
    local root=$1 doc=$1/usr/share/doc/$package control=$1/DEBIAN/control
    mkdir -p "$doc"
    rm -f "$root$install_dir/share/doc/copyright"
    rmdir --ignore-fail-on-non-empty "$root$install_dir/share/doc" "$root$install_dir/share" 2>/dev/null || true
    {
        echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
        echo "Upstream-Name: Cronkeeper"
        echo
        echo "Files: *"
        echo "Copyright: 2025-2026 The Cronkeeper authors"
        echo "License: Apache-2.0"
        echo " On Debian systems, the full text of the Apache License 2.0 is in"
        echo " /usr/share/common-licenses/Apache-2.0."
        echo
        echo "Files: ${install_dir#/}/lib/runtime/*"
        echo "Copyright: 1995-2025 Oracle and/or its affiliates, and the OpenJDK contributors"
        echo "License: GPL-2 with Classpath exception"
        echo " The Java runtime, linked (jlink) from the JDK the package was built with; its"
        echo " notices are in ${install_dir}/lib/runtime/legal. On Debian systems, the GPL 2"
        echo " is in /usr/share/common-licenses/GPL-2."
    } > "$doc/copyright"
    {
        echo "$package ($deb_version) unstable; urgency=medium"
        echo
        echo "  * Built from the Cronkeeper sources, version $version."
        echo
        echo " -- $maintainer  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")"
    } | gzip -9n > "$doc/changelog.gz"
    if [ -n "$man_pages" ]; then
        mkdir -p "$root/usr/share/man/man1"
        "$runtime/bin/java" -cp "$input/*" "$man_pages" "$root/usr/share/man/man1"
    fi
    if [ -d "$root/usr/share/man" ]; then
        find "$root/usr/share/man" -type f -name '*.[0-9]' -exec gzip -9nf {} +
    fi
    # Debug symbols only add size: strip every ELF file as dh_strip would.
    find "$root" -path "$root/DEBIAN" -prune -o -type f -print | while read -r f; do
        if [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ]; then
            strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
        fi
    done
    find "$root" -path "$root/DEBIAN" -prune -o -type f -name '*.so' -exec chmod 0644 {} +
    # A maintainer script not in --resource-dir is jpackage's default, which does nothing here
    # (no icon, no desktop integration of its own): lintian rightly calls it empty.
    for f in preinst postinst prerm postrm; do
        [ -n "$resource_dir" ] && [ -f "$resource_dir/$f" ] || rm -f "$root/DEBIAN/$f"
    done
    if [ -n "$resource_dir" ]; then
        for f in templates config; do
            [ ! -f "$resource_dir/$f" ] || install -m "$([ $f = config ] && echo 0755 || echo 0644)" "$resource_dir/$f" "$root/DEBIAN/$f"
        done
    fi
    [ -s "$root/DEBIAN/conffiles" ] || rm -f "$root/DEBIAN/conffiles"
    # jpackage's layout keeps the jars beside the launcher and runtime under /opt (what
    # dir-or-file-in-opt says), not in /usr/share/java; further overrides come from
    # --resource-dir, each with its reason.
    mkdir -p "$root/usr/share/lintian/overrides"
    {
        echo "# The jpackage layout: jars live under $install_dir beside the launcher and runtime."
        echo "$package: jar-not-in-usr-share [${install_dir#/}/lib/*]"
        if [ -n "$resource_dir" ] && [ -f "$resource_dir/lintian-overrides" ]; then
            cat "$resource_dir/lintian-overrides"
        fi
    } > "$root/usr/share/lintian/overrides/$package"
    # jpackage lists the package in its own Provides and writes "libc6 , passwd".
    sed -i -e '/^Provides:/d' -e '/^Depends:/s/ ,/,/g' -e "s/^Maintainer:.*/Maintainer: $maintainer/" "$control"
    if [ -n "$long_description" ]; then
        local extended
        extended=$(fold -s -w 78 <<<"$long_description" | sed -e 's/ *$//' -e 's/^$/./' -e 's/^/ /')
        awk -v ext="$extended" '{ print } /^Description:/ { print ext }' "$control" > "$control.new"
        mv "$control.new" "$control"
    fi
}

# Step 6: the server started once as the unit starts it, with a few requests, writes the AOT
# cache at exit. It holds the classes loaded and linked, so the next start skips that work; the
# JVM accepts it only with the same JDK, class path and flags, hence the run at the installed path.
aot_cache() {
    local root=$1 unit=$1/$aot_unit cache=$install_dir/lib/$name.aot tool_options
    tool_options=$(sed -n 's/^Environment="\{0,1\}JAVA_TOOL_OPTIONS=\([^"]*\)"\{0,1\}$/\1/p' "$unit")
    case "$tool_options" in
        *"-XX:AOTCache=$cache"*) ;;
        *) echo "package.sh: $aot_unit must set JAVA_TOOL_OPTIONS=... -XX:AOTCache=$cache" >&2; exit 1 ;;
    esac
    if ! unshare -m true 2>/dev/null || ! command -v curl >/dev/null; then
        echo "package.sh: WARNING: no AOT cache (needs root for unshare -m, and curl): the server starts slower" >&2
        sed -i "s| -XX:AOTCache=$cache||" "$unit"
        return
    fi
    echo "package.sh: AOT training run of $name"
    local train=$work/aot-train
    rm -rf "$train" && mkdir -p "$train"
    cat > "$train/run.sh" <<'TRAIN'
set -eu
launcher=$1 tool_options=$2 cache=$3 data=$4
port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 20000 ))
config=$data/empty.yaml
mkdir -p "$data" && : > "$config"
key=$(CRONKEEPER_DATA_DIR=$data "$launcher" project create --name training --config "$config" | sed -n 's/.*"api_key":"\([^"]*\)".*/\1/p')
JAVA_TOOL_OPTIONS="$(echo "$tool_options" | sed 's/-XX:AOTCache=/-XX:AOTCacheOutput=/')" CRONKEEPER_DATA_DIR=$data \
    "$launcher" --port "$port" --host 127.0.0.1 --config "$config" > "$data/server.log" 2>&1 &
pid=$!
url=http://127.0.0.1:$port
i=0
until curl -fs -o /dev/null "$url/api/v3/status/"; do
    i=$((i + 1)); [ $i -lt 600 ] && kill -0 $pid || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.2
done
uuid=$(curl -fs -H "X-Api-Key: $key" -d '{"name":"training","timeout":3600,"grace":60}' "$url/api/v3/checks/" \
    | sed -n 's/.*"ping_url":"[^"]*\/\([0-9a-f-]\{36\}\)".*/\1/p')
for kind in start "" fail ""; do curl -fs -o /dev/null "$url/ping/$uuid${kind:+/$kind}"; done
curl -fs -o /dev/null -d 'log line' "$url/ping/$uuid/log"
curl -fs -o /dev/null -H "X-Api-Key: $key" "$url/api/v3/checks/"
curl -fs -o /dev/null -H "X-Api-Key: $key" "$url/api/v3/checks/$uuid/pings/"
curl -s -o /dev/null "$url/ping/00000000-0000-0000-0000-000000000000"
kill -TERM $pid
wait $pid || true
test -s "$cache" || { cat "$data/server.log" >&2; echo "no AOT cache written" >&2; exit 1; }
TRAIN
    # The host's own /opt stays as it is: the namespace gets an empty one with only this app.
    unshare -m --propagation private sh -c \
        'mount -t tmpfs tmpfs "$(dirname "$1")" && mkdir "$1" && mount --bind "$2" "$1" && shift 2 && exec sh "$@"' \
        sh "$install_dir" "$root$install_dir" "$train/run.sh" "$install_dir/bin/$name" "$tool_options" "$cache" "$train/data"
    rm -rf "$train/data"
}

# Debian orders 0.1.0~SNAPSHOT before 0.1.0; jpackage accepts it as the package version.
deb_version=${version//-/\~}
work=$dest/work/$package
rm -rf "$work"
mkdir -p "$work" "$dest"

if [ -z "$runtime" ]; then
    [ -n "$modules" ] || { echo "package.sh: --modules or --runtime is required" >&2; exit 2; }
    runtime=$work/runtime
    jlink_args=(--add-modules "$modules" --output "$runtime" --strip-debug --no-header-files --no-man-pages)
    [ -z "$exclude_files" ] || jlink_args+=(--exclude-files "$exclude_files")
    # Modular jars beyond the JDK's own (JavaFX's, for the admin app) come in through --module-path.
    [ -z "$module_path" ] || jlink_args+=(--module-path "$module_path")
    echo "package.sh: jlink $modules"
    "$java_home/bin/jlink" "${jlink_args[@]}"
fi

# sqlite-jdbc carries its native library for every platform and unpacks it into /tmp at run time
# (which fails where /tmp is noexec). The package ships this platform's one unpacked in
# <app>/native, which -Dorg.sqlite.lib.path names (in --java-options), and the jar without any.
if [ -n "$sqlite_native" ]; then
    command -v zip >/dev/null 2>&1 || { echo "package.sh: --sqlite-native needs zip: sudo apt-get install zip" >&2; exit 1; }
    cp -a "$input" "$work/input"
    input=$work/input
    sqlite_jar=$(find "$input" -maxdepth 1 -name 'sqlite-jdbc-*.jar' | head -n1)
    [ -n "$sqlite_jar" ] || { echo "package.sh: no sqlite-jdbc jar in $input" >&2; exit 1; }
    mkdir -p "$input/native"
    unzip -q -j -o "$sqlite_jar" "$sqlite_native" -d "$input/native"
    zip -q -d "$sqlite_jar" 'org/sqlite/native/*' >/dev/null
    # Bouncy Castle's post-quantum algorithms (a quarter of bcprov) serve none of its uses here:
    # building the self-signed certificate and reading PEM keys (UnpackedServerIT serves TLS).
    # Nor is it a JCA provider here: the trimmed runtime lacks some providers java.security names
    # (SunPKCS11, XMLDSig), so the first TLS context looks for them among the class path's
    # java.security.Provider services, and found Bouncy Castle's: verifying the signed jar and
    # registering its algorithms took 0.6 s of every start (issue 16). Without the service entry
    # the package's JCA is the JDK's own, as it is for `java -jar`.
    for bcprov in "$input"/bcprov-*.jar; do
        [ ! -f "$bcprov" ] || zip -q -d "$bcprov" 'org/bouncycastle/pqc/*' 'META-INF/versions/*/org/bouncycastle/pqc/*' \
            'META-INF/services/java.security.Provider' >/dev/null
    done
    # The main jar's Class-Path (libs/...) is for `java -jar` beside target/libs; jpackage's
    # launcher names every jar itself, and lintian flags relative entries.
    manifest=$work/manifest/META-INF/MANIFEST.MF
    mkdir -p "$(dirname "$manifest")"
    unzip -p "$input/$main_jar" META-INF/MANIFEST.MF | tr -d '\r' \
        | awk '/^Class-Path:/ { skip = 1; next } skip && /^ / { next } { skip = 0; print }' > "$manifest"
    (cd "$work/manifest" && zip -q "$input/$main_jar" META-INF/MANIFEST.MF)
fi

# Step 2b: jpackage's Linux launcher asks rpm and dpkg which package owns it (rpm -qf, dpkg -S),
# twice, before every start: 0.4 s on an idle machine (more with many packages installed), for
# every server start and every CLI command (issue 16: first answer within 1.5 s of exec). This
# script starts the same JVM as that launcher would, from the same lib/app/<name>.cfg: its
# java-options in order ($APPDIR = lib/app), its class path, its main class; paths are found
# from the script's own place, so the unpacked tree and the portable tarball work too.
shell_launcher() {
    local image=$1 cfg=$1/lib/app/$name.cfg script=$1/bin/$name line value main=""
    local -a options=() classpath=()
    while IFS= read -r line; do
        case "$line" in
            app.mainclass=*) main=${line#app.mainclass=} ;;
            app.classpath=*) classpath+=("${line#app.classpath=}") ;;
            java-options=*) options+=("${line#java-options=}") ;;
        esac
    done < "$cfg"
    [ -n "$main" ] || { echo "package.sh: no app.mainclass in $cfg" >&2; exit 1; }
    quoted() {  # $1 in double quotes for sh, with $APPDIR as $root/lib/app
        value=${1//\\/\\\\}; value=${value//\"/\\\"}; value=${value//\`/\\\`}; value=${value//\$/\\\$}
        printf '"%s"' "${value//\\\$APPDIR/\$root/lib/app}"
    }
    {
        echo '#!/bin/sh'
        echo "# Written by package.sh from lib/app/$name.cfg: starts the JVM as jpackage's launcher would,"
        echo "# without asking rpm and dpkg who owns this file at every start (0.4 s, see package.sh)."
        # One process to find the install dir (through a /usr/bin symlink too): dirname twice
        # cost two more forks, 15 ms of every start.
        echo 'self=$(readlink -f "$0")'
        echo 'root=${self%/bin/*}'
        printf 'exec "$root/lib/runtime/bin/java"'
        for value in "${options[@]}"; do printf ' \\\n    %s' "$(quoted "$value")"; done
        printf ' \\\n    -Djpackage.app-path="$root/bin/%s"' "$name"
        printf ' \\\n    -cp %s' "$(quoted "$(IFS=:; echo "${classpath[*]}")")"
        printf ' \\\n    %s "$@"\n' "$main"
    } > "$script.new"
    chmod 0755 "$script.new"
    mv "$script.new" "$script"
}

image_args=(--type app-image --name "$name" --app-version "$deb_version" --runtime-image "$runtime"
    --input "$input" --main-jar "$main_jar" --main-class "$main_class" --dest "$work/app-image")
[ -z "$java_options" ] || image_args+=(--java-options "$java_options")
[ -z "$icon" ] || image_args+=(--icon "$icon")
echo "package.sh: jpackage app image $name"
"$java_home/bin/jpackage" "${image_args[@]}"
# An app's own finishing of its image (the admin app: JavaFX natives, AOT cache), before the
# tarball and the .deb are made from it.
[ -z "$post_image" ] || "$post_image" "$work/app-image/$name"
[ "$launcher" != shell ] || shell_launcher "$work/app-image/$name"

tarball=$dest/$package-$version-linux-x64.tar.gz
tar -C "$work/app-image" -czf "$tarball" "$name"
echo "package.sh: wrote $tarball"

deb_args=(--type deb --app-image "$work/app-image/$name" --name "$name" --linux-package-name "$package"
    --app-version "$deb_version" --install-dir /opt --description "$description"
    --vendor Cronkeeper --linux-deb-maintainer "$(maintainer_address)" --linux-app-category admin --dest "$work/deb")
# Without a resource dir jpackage writes its default maintainer scripts (no-ops without an icon).
[ -z "$resource_dir" ] || deb_args+=(--resource-dir "$resource_dir")
[ -z "$license" ] || deb_args+=(--license-file "$license")
[ -z "$depends" ] || deb_args+=(--linux-package-deps "$depends")
echo "package.sh: jpackage deb $package"
DPKG_DEB_COMPRESSOR_TYPE=none "$java_home/bin/jpackage" "${deb_args[@]}"

root=$work/root
dpkg-deb -R "$work/deb/${package}_${deb_version}_amd64.deb" "$root"
if [ "/opt/$package" != "$install_dir" ]; then
    mkdir -p "$root$(dirname "$install_dir")"
    mv "$root/opt/$package" "$root$install_dir"
fi
cp -a "$overlay/." "$root/"
if [ -d "$overlay/etc" ]; then
    (cd "$root" && find etc -type f | sort | sed 's|^|/|') >> "$root/DEBIAN/conffiles"
fi
debianize "$root"
[ -z "$aot_unit" ] || aot_cache "$root"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
# jpackage appends --depends to the packages it found itself (dpkg -S): name each once.
awk '/^Depends: / { n = split(substr($0, 10), d, ", "); out = "";
    for (i = 1; i <= n; i++) if (!seen[d[i]]++) out = out (out == "" ? "" : ", ") d[i]; $0 = "Depends: " out } { print }' \
    "$root/DEBIAN/control" >"$root/DEBIAN/control.new" && mv "$root/DEBIAN/control.new" "$root/DEBIAN/control"
deb=$dest/${package}_${deb_version}_amd64.deb
# gzip is quick; xz (as Debian's own packages) is several times slower and a fifth smaller.
fakeroot dpkg-deb "-Z$compression" -z6 --root-owner-group --build "$root" "$deb" >/dev/null
echo "package.sh: wrote $deb"
