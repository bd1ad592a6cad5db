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

    /**
     * Every library a native file of the image links (its NEEDED entries) that the image does not
     * hold itself must come from a package named in admin.depends: the list the build passes by
     * name, so the .deb depends on GTK and the rest even when the build machine lacks them (then
     * jpackage's dpkg -S finds nothing). A new native dependency fails here until it is mapped
     * and listed.
     */
    @Test
    void everyLibraryTheNativesLinkComesFromAPackageDependedOnByName() throws Exception {
        java.util.List<String> declared = Arrays.stream(System.getProperty("admin.depends").split(","))
            .map(String::strip).toList();
        String depends = Packages.ok("dpkg-deb", "-f", Packages.ADMIN_DEB.toString(), "Depends");
        assertThat(depends.strip().split(",\\s*")).as("each package named once").doesNotHaveDuplicates();
        java.util.Set<String> inImage;
        java.util.List<Path> elves;
        try (var files = Files.walk(app)) {
            elves = files.filter(Files::isRegularFile).filter(AdminDebIT::isElf).toList();
        }
        inImage = elves.stream().map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        var needed = new java.util.TreeSet<String>();
        for (Path elf : elves) {
            Packages.ok("objdump", "-p", elf.toString()).lines().map(String::strip).filter(l -> l.startsWith("NEEDED"))
                .map(l -> l.substring("NEEDED".length()).strip()).filter(lib -> !inImage.contains(lib)).forEach(needed::add);
        }
        assertThat(needed).as("libraries linked by the image's natives").contains("libgtk-3.so.0", "libGL.so.1");
        for (String lib : needed) {
            String pkg = NativePackages.of(lib).orElseThrow(() -> new AssertionError(lib + " is linked by a native of the "
                + "admin image but not mapped in NativePackages: add its Debian package there and to admin.depends"));
            assertThat(declared).as(lib + " comes from " + pkg).contains(pkg);
            assertThat(depends.split(",\\s*")).as("Depends of the .deb").contains(pkg);
        }
    }

    private static boolean isElf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (java.io.IOException e) {
            return false;
        }
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
    void runtimeHoldsJavaFxAsModulesWithItsNativesAndLoadsTheMainClass() throws Exception {
        String java = app.resolve("lib/runtime/bin/java").toString();
        String modules = Packages.ok(java, "--list-modules");
        for (String module : System.getProperty("admin.modules").split(",")) {
            assertThat(modules).contains(module + "@");
        }
        assertThat(modules).contains("javafx.graphics@", "javafx.base@").doesNotContain("jdk.compiler");
        // The natives sit in the runtime's lib/, where JavaFX loads them before extracting copies.
        assertThat(Arrays.stream(app.resolve("lib/runtime/lib").toFile().list()))
            .contains("libglass.so", "libglassgtk3.so", "libprism_sw.so", "libjavafx_font_pango.so");
        Path lib = app.resolve("lib/app");
        assertThat(Arrays.stream(lib.toFile().list())).noneMatch(n -> n.startsWith("javafx-") || n.endsWith(".so"));
        String cfg = Files.readString(lib.resolve("cronkeeper-admin.cfg"));
        assertThat(cfg).contains("app.mainclass=io.cronkeeper.gui.app.Launcher",
            "java-options=--enable-native-access=javafx.graphics,ALL-UNNAMED")
            .doesNotContain("app.classpath=$APPDIR/javafx");
        // --dry-run creates the VM and loads and links the main class (and JavaFX's Application) without running it.
        Packages.Result r = Packages.run(java, "--dry-run", "-Djava.awt.headless=true", "-cp", lib + "/*",
            "io.cronkeeper.gui.app.Launcher");
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    /** The package build's training run left an AOT cache, and the launcher uses it from wherever it is installed. */
    @Test
    void launcherUsesTheAotCacheBuiltAtPackageTime() throws Exception {
        Path cache = app.resolve("lib/app/cronkeeper-admin.aot");
        assertThat(cache).isRegularFile();
        assertThat(Files.size(cache)).isGreaterThan(10_000_000L);
        assertThat(Files.readString(app.resolve("lib/app/cronkeeper-admin.cfg")))
            .contains("java-options=-XX:AOTCache=$APPDIR/cronkeeper-admin.aot");
        // The cache records the runtime and the class path as in the build's image; unpacked
        // elsewhere (as dpkg installs it in /opt), the JVM must still accept it: with
        // AOTMode=on it refuses to start when it cannot.
        // The launcher's own options and class path, as its config names them.
        java.util.List<String> cfg = Files.readAllLines(app.resolve("lib/app/cronkeeper-admin.cfg")).stream()
            .map(l -> l.replace("$APPDIR", app.resolve("lib/app").toString())).toList();
        var command = new java.util.ArrayList<>(java.util.List.of(app.resolve("lib/runtime/bin/java").toString()));
        cfg.stream().filter(l -> l.startsWith("java-options=")).map(l -> l.substring("java-options=".length()))
            .forEach(command::add);
        command.addAll(java.util.List.of("-XX:AOTMode=on", "-Xlog:aot=info", "-cp", String.join(":", cfg.stream()
            .filter(l -> l.startsWith("app.classpath=")).map(l -> l.substring("app.classpath=".length())).toList()),
            "--dry-run", "io.cronkeeper.gui.app.Launcher"));
        Packages.Result r = Packages.run(command);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("Opened AOT cache");
    }
}
