package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin app's .deb as dpkg sees it, and its unpacked runtime loading the app. */
class AdminDebIT {
    @TempDir
    static Path tmp;
    static Path tree;
    static Path app;

    @BeforeAll
    static void unpack() {
        tree = tmp.resolve("tree");
        app = tree.resolve("opt/cronkeeper-admin");
        Packages.ok("dpkg-deb", "-x", Packages.ADMIN_DEB.toString(), tree.toString());
    }

    @Test
    void controlNamesThePackageAndTheGraphicsLibrariesJavaFxLinks() {
        String info = Packages.ok("dpkg-deb", "-I", Packages.ADMIN_DEB.toString());
        assertThat(info).contains("Package: cronkeeper-admin", "Architecture: amd64",
            "Version: " + Packages.VERSION.replace('-', '~'));
        String depends = info.lines().filter(l -> l.strip().startsWith("Depends:")).findFirst().orElseThrow();
        assertThat(depends).contains("libc6", "libgtk-3-0", "libx11-6", "libxtst6", "libgl1", "libfreetype6");
        // jpackage's own desktop integration (xdg-utils in its scripts) is left out: ours is in the overlay.
        assertThat(depends).doesNotContain("xdg-utils");
    }

    @Test
    void packageHoldsTheLauncherTheDesktopEntryAndTheIcons() {
        String listing = Packages.ok("dpkg-deb", "-c", Packages.ADMIN_DEB.toString());
        assertThat(listing).contains("./opt/cronkeeper-admin/bin/cronkeeper-admin\n",
            "./usr/bin/cronkeeper-admin -> /opt/cronkeeper-admin/bin/cronkeeper-admin",
            "./usr/share/applications/cronkeeper-admin.desktop",
            "./usr/share/icons/hicolor/scalable/apps/cronkeeper-admin.svg",
            "./usr/share/icons/hicolor/256x256/apps/cronkeeper-admin.png");
        assertThat(listing).doesNotContain("cronkeeper-admin-cronkeeper-admin.desktop");
        assertThat(Files.isExecutable(app.resolve("bin/cronkeeper-admin"))).isTrue();
    }

    @Test
    void packagedDesktopEntryValidatesAndStartsTheInstalledLauncher() throws Exception {
        Path entry = tree.resolve("usr/share/applications/cronkeeper-admin.desktop");
        Packages.Result r = Packages.run("desktop-file-validate", entry.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).doesNotContain("error:", "warning:");
        assertThat(Files.readAllLines(entry)).contains("Exec=/opt/cronkeeper-admin/bin/cronkeeper-admin",
            "StartupWMClass=io.cronkeeper.gui.app.AdminApp");
    }

    @Test
    void runtimeHasTheModulesAndItsJavaLoadsTheMainClassFromTheAppDir() throws Exception {
        String java = app.resolve("lib/runtime/bin/java").toString();
        String modules = Packages.ok(java, "--list-modules");
        for (String module : System.getProperty("admin.modules").split(",")) {
            assertThat(modules).contains(module + "@");
        }
        assertThat(modules).doesNotContain("jdk.compiler", "javafx.");
        Path lib = app.resolve("lib/app");
        assertThat(Arrays.stream(lib.toFile().list())).contains("javafx-controls-25.0.2-linux.jar".replaceAll("25\\.0\\.2", version(lib)),
            "libglass.so", "libglassgtk3.so", "libprism_sw.so");
        // The launcher's config names the class-path entry point, not the Application subclass.
        assertThat(Files.readString(lib.resolve("cronkeeper-admin.cfg"))).contains("app.mainclass=io.cronkeeper.gui.app.Launcher");
        // --dry-run creates the VM and loads and links the main class (and JavaFX's Application) without running it.
        Packages.Result r = Packages.run(java, "--dry-run", "-Djava.awt.headless=true", "-cp", lib + "/*",
            "io.cronkeeper.gui.app.Launcher");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    /** The JavaFX version in the jar names, so the test does not repeat admin-gui's pom. */
    private static String version(Path lib) {
        return Arrays.stream(lib.toFile().list()).filter(n -> n.startsWith("javafx-base-") && n.endsWith("-linux.jar"))
            .map(n -> n.substring("javafx-base-".length(), n.length() - "-linux.jar".length())).findFirst().orElseThrow();
    }
}
