#!/usr/bin/env bash
# Renders the admin app's main screens into docs/screenshots/*.png: a real server with sample
# data (in-process), the real app window under Xvfb, one PNG per screen. Needs Xvfb and GTK 3:
#   apt-get install -y xvfb xauth libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null 2>&1 || { echo "screenshots.sh needs xvfb-run: apt-get install -y xvfb xauth libgtk-3-0" >&2; exit 1; }
# The JDK mvnw uses (21+), whatever `java` is first on PATH.
. .mvn/find-jdk.sh
./mvnw -q -pl admin-gui -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="admin-gui/target/test-classes:admin-gui/target/classes:$(cat admin-gui/target/test-classpath.txt)"
xvfb-run -a -s "-screen 0 1600x1000x24" "$JAVA_HOME/bin/java" -Dcronkeeper.noTray=true -Dprism.order=sw \
  -cp "$cp" io.cronkeeper.gui.Screenshots docs/screenshots
