package io.cronkeeper.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server package installed, upgraded and purged with apt for real, in a throw-away overlay
 * of this machine (see {@link Overlay}), as an admin would with {@code sudo} and no terminal:
 * no conffile prompt, edits and data kept, a copy of the database before the upgrade migrates
 * it, and debconf's defaults (no group membership, data kept) with the one command printed.
 * There is no systemd as PID 1, so {@code cronkeeper migrate} stands in for the service's start.
 */
class DebLifecycleIT {
    @TempDir
    static Path tmp;
    static Path upgrade;

    @BeforeAll
    static void rebuildWithAChangedTemplateAndANewMigration() throws Exception {
        Assumptions.assumeTrue(Overlay.unavailable(tmp).isEmpty(), "cannot make an overlay of / here (needs root and unshare -m)");
        Path root = tmp.resolve("v2");
        Packages.ok("dpkg-deb", "-R", Packages.SERVER_DEB.toString(), root.toString());
        Path template = root.resolve("usr/share/cronkeeper/server.yaml");
        Files.writeString(template, Files.readString(template) + "# a line the next release added\n");
        Path control = root.resolve("DEBIAN/control");
        Files.writeString(control, Files.readString(control).replaceFirst("(?m)^Version: (.*)$", "Version: $1+upgrade1"));
        Path jar;
        try (var files = Files.list(root.resolve("opt/cronkeeper/lib/app"))) {
            jar = files.filter(f -> f.getFileName().toString().startsWith("appliance-server-")).findFirst().orElseThrow();
        }
        Path extra = tmp.resolve("jar");
        Files.createDirectories(extra.resolve("db/migration"));
        Packages.ok("unzip", "-q", "-o", jar.toString(), "db/migration/migrations.txt", "-d", extra.toString());
        Path list = extra.resolve("db/migration/migrations.txt");
        Files.writeString(list, Files.readString(list).strip() + "\nVtest__upgrade_probe.sql\n");
        Files.writeString(extra.resolve("db/migration/Vtest__upgrade_probe.sql"), "CREATE TABLE upgrade_probe (id INTEGER);\n");
        Packages.ok("sh", "-c", "cd '" + extra + "' && zip -q '" + jar + "' db/migration/migrations.txt db/migration/Vtest__upgrade_probe.sql");
        // Not under /tmp: the overlay mounts its own /tmp.
        upgrade = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upgrade-").resolve("cronkeeper-server-upgrade.deb");
        Packages.ok("dpkg-deb", "-Zgzip", "--root-owner-group", "--build", root.toString(), upgrade.toString());
    }

    @Test
    void installEditUpgradeAndPurgeWithoutAQuestion() throws Exception {
        Packages.Result r = Overlay.run(tmp.resolve("upgrade"), String.join("\n",
            "export DEBIAN_FRONTEND=noninteractive SUDO_USER=alice",
            "useradd --create-home alice",
            "apt-get install -y -q " + Packages.SERVER_DEB + " </dev/null 2>&1",
            "echo \"groups: $(id -nG alice)\"",
            "cronkeeper project create --name Kept >/dev/null",
            "before=$(cronkeeper migrate)",
            "echo 'port: 9000' >> /etc/cronkeeper/server.yaml",
            "apt-get install -y -q " + upgrade + " </dev/null 2>&1",
            "echo \"conffiles: [$(dpkg-query -W -f='${Conffiles}' cronkeeper-server)]\"",
            "grep -x 'port: 9000' /etc/cronkeeper/server.yaml",
            "cronkeeper migrate",
            "echo \"before: $before\"",
            "ls /var/lib/cronkeeper",
            "cronkeeper project list",
            "apt-get purge -y -q cronkeeper-server </dev/null 2>&1",
            "test -d /var/lib/cronkeeper && echo 'data kept'",
            "test ! -e /etc/cronkeeper && echo 'config gone'"));
        String out = r.output();
        assertThat(r.exitCode()).as(out).isZero();
        assertThat(out).doesNotContain("conffile prompt", "Configuration file '/etc/cronkeeper/server.yaml'");
        assertThat(out).contains("cronkeeper: to let alice use the admin app on this machine: sudo usermod -a -G cronkeeper alice",
            "conffiles: []", "port: 9000", "\"name\":\"Kept\"",
            "cronkeeper: kept the data in /var/lib/cronkeeper", "data kept", "config gone");
        assertThat(out.lines().filter(l -> l.startsWith("groups: ")).findFirst().orElseThrow()).doesNotContain("cronkeeper");
        int oldVersion = Integer.parseInt(out.replaceAll("(?s).*before: \\S+: schema version (\\d+).*", "$1"));
        assertThat(out).contains("cronkeeper.db: schema version " + (oldVersion + 1), "cronkeeper.db.pre-" + oldVersion);
    }

    @Test
    void preseededAnswersAddTheUserAndDeleteTheDataOnPurge() throws Exception {
        Packages.Result r = Overlay.run(tmp.resolve("preseeded"), String.join("\n",
            "export DEBIAN_FRONTEND=noninteractive SUDO_USER=bob",
            "useradd --create-home bob",
            "printf '%s\\n' 'cronkeeper-server cronkeeper-server/add-user-to-group boolean true'"
                + " 'cronkeeper-server cronkeeper-server/purge-data boolean true' | debconf-set-selections",
            "apt-get install -y -q " + Packages.SERVER_DEB + " </dev/null 2>&1",
            "echo \"groups: $(id -nG bob)\"",
            "cronkeeper migrate",
            "apt-get purge -y -q cronkeeper-server </dev/null 2>&1",
            "test ! -e /var/lib/cronkeeper && echo 'data gone'"));
        String out = r.output();
        assertThat(r.exitCode()).as(out).isZero();
        assertThat(out).contains("cronkeeper: added bob to group cronkeeper", "data gone");
        assertThat(out.lines().filter(l -> l.startsWith("groups: ")).findFirst().orElseThrow()).contains("cronkeeper");
    }
}
