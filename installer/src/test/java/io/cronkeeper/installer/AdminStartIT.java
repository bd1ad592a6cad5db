package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked package's launcher starts the app on a virtual X display (xvfb-run): JavaFX, a
 * named module of the runtime, loads its GTK and font natives from the runtime's lib/ (not from an
 * ~/.openjfx copy), does not warn about its configuration, and the app keeps running.
 */
class AdminStartIT {
    @TempDir
    Path tmp;

    @Test
    void launcherStartsTheAppWithTheBundledNatives() throws IOException, InterruptedException {
        Path tree = tmp.resolve("tree");
        Packages.ok("dpkg-deb", "-x", Packages.ADMIN_DEB.toString(), tree.toString());
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path log = tmp.resolve("out.log");
        var builder = new ProcessBuilder("xvfb-run", "-a", tree.resolve("opt/cronkeeper-admin/bin/cronkeeper-admin").toString(),
            "--data-dir", tmp.resolve("no-server").toString())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Djavafx.verbose=true");
        Process p = builder.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (p.isAlive() && !Files.readString(log).contains("libjavafx_font_pango.so") && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(2000);
            String out = Files.readString(log);
            assertThat(p.isAlive()).as(out).isTrue();
            assertThat(out).contains("opt/cronkeeper-admin/lib/runtime/lib/libglassgtk3.so from relative path",
                "opt/cronkeeper-admin/lib/runtime/lib/libjavafx_font_pango.so from relative path");
            assertThat(out).doesNotContain("Exception", "Error:", "Unsupported JavaFX configuration", "WARNING: ");
            assertThat(home.resolve(".openjfx")).doesNotExist();
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor();
        }
    }
}
