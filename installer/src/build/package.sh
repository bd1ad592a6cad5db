#!/usr/bin/env bash
# Builds one application's packages with the JDK's own tools:
#   1. a runtime with only the listed modules (jlink), unless --runtime names one;
#   2. an app image (jpackage --type app-image) and its portable tarball;
#   3. a .deb (jpackage --type deb) with our maintainer scripts from --resource-dir;
#   4. the .deb re-packed with the files jpackage cannot place: everything under --overlay
#      (a systemd unit, /usr/bin links, /etc conffiles, desktop entries), the app moved to
#      --install-dir, and the files under the overlay's etc/ declared as conffiles.
# jpackage names a service unit <package>-<launcher>.service and puts files only under its own
# install dir, hence step 4. Its own .deb is built uncompressed (fast); the final one is gzip.
set -euo pipefail

usage() { echo "usage: $0 --java-home DIR --name NAME --package PKG --version V --input DIR --main-jar JAR --main-class CLS (--modules LIST [--module-path PATH] | --runtime DIR) [--resource-dir DIR] --overlay DIR --install-dir DIR --description TEXT --dest DIR [--java-options OPTS] [--exclude-files GLOBS] [--icon PNG] [--license FILE] [--depends LIST]" >&2; exit 2; }

resource_dir="" java_options="" exclude_files="" icon="" license="" depends="" runtime="" modules="" module_path=""
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

image_args=(--type app-image --name "$name" --app-version "$deb_version" --runtime-image "$runtime"
    --input "$input" --main-jar "$main_jar" --main-class "$main_class" --dest "$work/app-image")
[ -z "$java_options" ] || image_args+=(--java-options "$java_options")
[ -z "$icon" ] || image_args+=(--icon "$icon")
echo "package.sh: jpackage app image $name"
"$java_home/bin/jpackage" "${image_args[@]}"
# An app's own finishing of its image (the admin app: JavaFX natives, AOT cache), before the
# tarball and the .deb are made from it.
[ -z "$post_image" ] || "$post_image" "$work/app-image/$name"

tarball=$dest/$package-$version-linux-x64.tar.gz
tar -C "$work/app-image" -czf "$tarball" "$name"
echo "package.sh: wrote $tarball"

deb_args=(--type deb --app-image "$work/app-image/$name" --name "$name" --linux-package-name "$package"
    --app-version "$deb_version" --install-dir /opt --description "$description"
    --vendor Cronkeeper --linux-deb-maintainer "cronkeeper@localhost" --linux-app-category admin --dest "$work/deb")
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
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
# jpackage appends --depends to the packages it found itself (dpkg -S): name each once.
awk '/^Depends: / { n = split(substr($0, 10), d, ", "); out = "";
    for (i = 1; i <= n; i++) if (!seen[d[i]]++) out = out (out == "" ? "" : ", ") d[i]; $0 = "Depends: " out } { print }' \
    "$root/DEBIAN/control" >"$root/DEBIAN/control.new" && mv "$root/DEBIAN/control.new" "$root/DEBIAN/control"
deb=$dest/${package}_${deb_version}_amd64.deb
fakeroot dpkg-deb -Zgzip -z6 --root-owner-group --build "$root" "$deb" >/dev/null
echo "package.sh: wrote $deb"
