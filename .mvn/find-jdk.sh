# Sourced by mvnw. Cronkeeper builds with JDK 21 or newer (25 recommended), but many machines
# default to an older java. Keep JAVA_HOME when it is new enough; otherwise pick the newest
# JDK >= 21 found in the usual places, or stop with a message that says what to install.

ck_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

ck_find_jdk() {
  ck_best=""
  ck_best_major=0
  for ck_dir in "${JAVA_HOME-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/*; do
    [ -n "$ck_dir" ] && [ -x "$ck_dir/bin/java" ] && [ -x "$ck_dir/bin/javac" ] || continue
    ck_major=$(ck_java_major "$ck_dir")
    case "$ck_major" in '' | *[!0-9]*) continue ;; esac
    if [ "$ck_major" -gt "$ck_best_major" ]; then
      ck_best="$ck_dir"
      ck_best_major="$ck_major"
    fi
  done
  if [ "$ck_best_major" -lt 21 ]; then
    echo "Cronkeeper needs a JDK 21 or newer (25 recommended); none was found." >&2
    echo "Install one (Debian/Ubuntu: 'sudo apt-get install openjdk-21-jdk', or Temurin 25 from" >&2
    echo "your distribution's Adoptium repository), or set JAVA_HOME to a JDK 21+ directory." >&2
    exit 1
  fi
  if [ "${JAVA_HOME-}" != "$ck_best" ]; then
    [ -z "${MVNW_VERBOSE-}" ] || echo "mvnw: using JDK $ck_best_major at $ck_best" >&2
  fi
  JAVA_HOME="$ck_best"
  export JAVA_HOME
}

if [ -z "${JAVA_HOME-}" ] || [ "$(ck_java_major "$JAVA_HOME" 2>/dev/null)" = "" ] \
    || [ "$(ck_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  ck_find_jdk
fi
