package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check-config}, {@code migrate} and {@code admin-token}. */
class OperationsCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void checkConfigPrintsTheEffectiveSettingsWithSecretsMasked() throws IOException {
        Path config = tmp.resolve("server.yaml");
        Files.writeString(config, "port: 9000\nsite-root: https://cron.example.org\n");
        Cli.Run r = new Cli(tmp).env("CRONKEEPER_ADMIN_TOKEN", "a-very-secret-admin-token")
            .run("check-config", "--config", config.toString(), "--data-dir", tmp.resolve("d").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).contains("port: 9000", "site-root: https://cron.example.org",
            "ping-endpoint: https://cron.example.org/ping/", "admin-token: ****", "data-dir: " + tmp.resolve("d"));
        assertThat(r.out()).doesNotContain("a-very-secret-admin-token");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void checkConfigExitsWith2OnABadValue() throws IOException {
        Path config = tmp.resolve("server.yaml");
        Files.writeString(config, "ping-log-limit: lots\n");
        Cli.Run r = new Cli(tmp).run("check-config", "--config", config.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("lots");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void migrateBringsAFreshDataDirToTheNewestSchema() {
        Cli.Run r = new Cli(tmp).ok("migrate", "--data-dir", tmp.resolve("d").toString());
        assertThat(r.out()).matches(java.util.regex.Pattern.quote(tmp.resolve("d/cronkeeper.db").toString())
            + ": schema version [1-9][0-9]*\\R");
    }

    @Test
    void migrateRefusesADatabaseFromANewerReleaseWithExitCode3() throws SQLException {
        Path d = tmp.resolve("d");
        new Cli(tmp).ok("migrate", "--data-dir", d.toString());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + d.resolve("cronkeeper.db"))) {
            c.createStatement().execute("INSERT INTO schema_version VALUES (999, 0)");
        }
        Cli.Run r = new Cli(tmp).run("migrate", "--data-dir", d.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("schema is version 999", "newer release");
    }

    @Test
    void adminTokenPrintsTheTokenTheServerUses() throws IOException {
        Path d = tmp.resolve("d");
        Cli.Run r = new Cli(tmp).ok("admin-token", "--data-dir", d.toString());
        assertThat(r.out().strip()).startsWith("ckadm_");
        assertThat(Files.getPosixFilePermissions(d.resolve("admin-token"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (TestServer server = TestServer.start(d)) {
            var res = server.send(server.request("/api/admin/v1/projects")
                .header("Authorization", "Bearer " + r.out().strip()).GET().build());
            assertThat(res.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void adminTokenGroupReadableLetsTheDataDirsGroupReadItAndKeepsTheToken() throws IOException {
        Path d = tmp.resolve("d");
        String first = new Cli(tmp).ok("admin-token", "--data-dir", d.toString()).out();
        String again = new Cli(tmp).ok("admin-token", "--group-readable", "--data-dir", d.toString()).out();
        assertThat(again).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(d.resolve("admin-token"))).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(Files.getPosixFilePermissions(d)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void adminTokenGroupReadableRefusesAConfiguredToken() {
        Cli.Run r = new Cli(tmp).env("CRONKEEPER_ADMIN_TOKEN", "configured-token-0123456789")
            .run("admin-token", "--group-readable", "--data-dir", tmp.resolve("d").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("configured");
    }
}
