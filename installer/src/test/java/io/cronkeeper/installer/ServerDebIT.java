package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server .deb as dpkg sees it: metadata, layout, maintainer scripts, unit and libraries. */
class ServerDebIT {
    @TempDir
    static Path tmp;
    static Path tree;
    static Path control;

    @BeforeAll
    static void unpack() {
        tree = tmp.resolve("tree");
        control = tmp.resolve("control");
        Packages.ok("dpkg-deb", "-x", Packages.SERVER_DEB.toString(), tree.toString());
        Packages.ok("dpkg-deb", "-e", Packages.SERVER_DEB.toString(), control.toString());
    }

    @Test
    void controlNamesThePackageAndNoGraphicsLibrary() {
        String info = Packages.ok("dpkg-deb", "-I", Packages.SERVER_DEB.toString());
        assertThat(info).contains("Package: cronkeeper-server", "Architecture: amd64",
            "Version: " + Packages.VERSION.replace('-', '~'));
        String depends = info.lines().filter(l -> l.strip().startsWith("Depends:")).findFirst().orElseThrow();
        assertThat(depends).contains("libc6", "passwd");
        assertThat(depends.toLowerCase()).doesNotContain("libx", "libgtk", "libasound", "libfreetype", "libgl");
    }

    @Test
    void packageHoldsTheServerTheUnitTheCommandAndTheConfiguration() throws IOException {
        String listing = Packages.ok("dpkg-deb", "-c", Packages.SERVER_DEB.toString());
        assertThat(listing).contains("./opt/cronkeeper/bin/cronkeeper", "./opt/cronkeeper/lib/runtime/release",
            "./usr/lib/systemd/system/cronkeeper.service", "./usr/bin/cronkeeper", "./usr/share/cronkeeper/server.yaml",
            "./usr/share/doc/cronkeeper-server/copyright", "./usr/share/doc/cronkeeper-server/changelog.gz",
            "./usr/share/man/man1/cronkeeper.1.gz", "./opt/cronkeeper/lib/app/native/libsqlitejdbc.so");
        assertThat(listing).doesNotContain("./opt/cronkeeper-server", "libawt_xawt.so", "libjawt.so", "./etc/");
        // server.yaml is made by postinst when absent, never a conffile: upgrades cannot prompt.
        assertThat(control.resolve("conffiles")).doesNotExist();
        assertThat(Files.readString(control.resolve("postinst"))).contains(
            "install -m 0644 /usr/share/cronkeeper/server.yaml /etc/cronkeeper/server.yaml");
        assertThat(Files.isExecutable(tree.resolve("usr/bin/cronkeeper"))).isTrue();
    }

    @Test
    void noLibraryInThePackageLinksAgainstX11() throws IOException {
        List<Path> libraries;
        try (Stream<Path> files = Files.walk(tree.resolve("opt/cronkeeper"))) {
            libraries = files.filter(f -> f.getFileName().toString().endsWith(".so")).toList();
        }
        assertThat(libraries).extracting(p -> p.getFileName().toString()).contains("libjvm.so", "libawt_headless.so");
        for (Path lib : libraries) {
            assertThat(Packages.ok("ldd", lib.toString())).as(lib.toString()).doesNotContain("libX", "libasound", "libfreetype");
        }
    }

    @Test
    void maintainerScriptsAndTheCommandAreValidShell() {
        assertThat(control.resolve("preinst")).as("jpackage's empty default").doesNotExist();
        for (String script : List.of("postinst", "prerm", "postrm", "config")) {
            Path file = control.resolve(script);
            assertThat(Files.isExecutable(file)).as(script).isTrue();
            assertThat(Packages.run("sh", "-n", file.toString()).exitCode()).as(script).isZero();
        }
        assertThat(Packages.run("sh", "-n", tree.resolve("usr/bin/cronkeeper").toString()).exitCode()).isZero();
    }

    @Test
    void maintainerScriptsKeepDataOnRemoveAndDeleteItOnPurgeOnly() throws IOException {
        String postrm = String.join("\n", Files.readAllLines(control.resolve("postrm")).stream()
            .filter(l -> !l.strip().startsWith("#")).toList());
        String purge = postrm.substring(postrm.indexOf("purge)"), postrm.indexOf(";;", postrm.indexOf("purge)")));
        assertThat(purge).contains("rm -rf /etc/cronkeeper", "db_get cronkeeper-server/purge-data", "rm -rf /var/lib/cronkeeper");
        assertThat(postrm.replace(purge, "")).doesNotContain("/var/lib/cronkeeper");
        assertThat(Files.readString(control.resolve("prerm"))).contains("stop cronkeeper.service");
    }

    @Test
    void systemdAcceptsTheUnitWithoutAWarning() throws IOException {
        String unit = Files.readString(tree.resolve("usr/lib/systemd/system/cronkeeper.service"));
        assertThat(unit).contains("ExecStart=/opt/cronkeeper/bin/cronkeeper\n", "User=cronkeeper\n",
            "StateDirectory=cronkeeper\n", "ConfigurationDirectory=cronkeeper\n", "SuccessExitStatus=143\n",
            "EnvironmentFile=-/etc/cronkeeper/cronkeeper.env\n", "CapabilityBoundingSet=\n", "ProtectSystem=strict\n",
            "NoNewPrivileges=yes\n");
        assertThat(unit.lines()).noneMatch(l -> l.startsWith("MemoryDenyWriteExecute"));
        assertThat(unit).doesNotContain("AF_NETLINK");
        // verify wants ExecStart to exist: point it at the unpacked launcher.
        Path copy = tmp.resolve("unit/cronkeeper.service");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, unit.replace("ExecStart=/opt/cronkeeper/", "ExecStart=" + tree.resolve("opt/cronkeeper") + "/"));
        Packages.Result r = Packages.run("systemd-analyze", "verify", "--man=no", copy.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).isEmpty();
    }
}
