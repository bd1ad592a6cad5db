package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} through the CLI, on data dirs a real server wrote. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    private Cli cli() {
        return new Cli(tmp);
    }

    private record Source(String checkUuid, ProjectService.CreatedProject project) {
    }

    /** A data dir with a project, a check pinged twice, then the server stopped. */
    private Source stoppedServerWithData(Path data) {
        try (TestServer server = TestServer.start(data)) {
            var project = server.createProject("Home");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"nightly\",\"slug\":\"nightly\"}").get("uuid").asText();
            assertThat(server.post("/ping/" + uuid, "first").statusCode()).isEqualTo(200);
            assertThat(server.post("/ping/" + project.pingKey() + "/nightly", "second").statusCode()).isEqualTo(200);
            return new Source(uuid, project);
        }
    }

    @Test
    void backupRestoredIntoAFreshDataDirServesTheSameChecksAndKeys() throws IOException {
        Source src = stoppedServerWithData(tmp.resolve("data"));
        Path backup = tmp.resolve("backup.db");
        Cli.Run b = cli().ok("backup", "--to", backup.toString(), "--data-dir", tmp.resolve("data").toString());
        assertThat(b.out()).startsWith("backup written to " + backup);
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(tmp).isDirectoryNotContaining("glob:**/.cronkeeper-backup-*");

        Path fresh = tmp.resolve("fresh");
        Cli.Run r = cli().ok("restore", "--from", backup.toString(), "--data-dir", fresh.toString());
        assertThat(r.out()).contains("restored " + backup);
        try (TestServer server = TestServer.start(fresh)) {
            assertThat(server.get("/ping/" + src.checkUuid()).statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + src.project().pingKey() + "/nightly").statusCode()).isEqualTo(200);
            // The install secret came along: the API key, an HMAC under it, still works.
            var check = TestServer.json(server.get("/api/v3/checks/" + src.checkUuid(), src.project().apiKey()).body());
            assertThat(check.get("n_pings").asInt()).isEqualTo(4);
        }
        assertThat(tablesOf(fresh.resolve("cronkeeper.db"))).doesNotContain("cronkeeper_backup");
    }

    @Test
    void restoreReplacesTheDatabaseAndKeepsThePreviousOneAside() {
        Path data = tmp.resolve("data");
        Source src = stoppedServerWithData(data);
        Path backup = tmp.resolve("backup.db");
        cli().ok("backup", "--to", backup.toString(), "--data-dir", data.toString());
        String later;
        try (TestServer server = TestServer.start(data)) {
            later = server.createCheck(src.project().apiKey(), "{\"name\":\"after the backup\"}").get("uuid").asText();
        }
        Cli.Run r = cli().ok("restore", "--from", backup.toString(), "--data-dir", data.toString());
        assertThat(r.out()).contains("kept as " + data.resolve("cronkeeper.db.pre-restore"));
        try (TestServer server = TestServer.start(data)) {
            assertThat(server.get("/ping/" + src.checkUuid()).statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + later).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void restoreIsRefusedWhileAServerRunsOnTheDataDir() throws IOException {
        Path data = tmp.resolve("data");
        stoppedServerWithData(data);
        Path backup = tmp.resolve("backup.db");
        cli().ok("backup", "--to", backup.toString(), "--data-dir", data.toString());
        try (TestServer server = TestServer.start(data)) {
            byte[] before = Files.readAllBytes(data.resolve("cronkeeper.db"));
            Cli.Run r = cli().run("restore", "--from", backup.toString(), "--data-dir", data.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("a Cronkeeper server is running on " + data).contains("stop it first");
            assertThat(Files.readAllBytes(data.resolve("cronkeeper.db"))).isEqualTo(before);
            assertThat(server.get("/api/v3/status/").statusCode()).isEqualTo(200);
        }
        // Stopped, the same restore goes through.
        cli().ok("restore", "--from", backup.toString(), "--data-dir", data.toString());
    }

    @Test
    void restoreRefusesAFileThatIsNotADatabase() throws IOException {
        Path junk = tmp.resolve("junk.db");
        Files.writeString(junk, "this is not SQLite ".repeat(500));
        Cli.Run r = cli().run("restore", "--from", junk.toString(), "--data-dir", tmp.resolve("data").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(junk + " is not a usable SQLite database");
        assertThat(tmp.resolve("data/cronkeeper.db")).doesNotExist();
    }

    @Test
    void restoreRefusesAnotherApplicationsDatabase() throws SQLException {
        Path other = tmp.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        }
        Cli.Run r = cli().run("restore", "--from", other.toString(), "--data-dir", tmp.resolve("data").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(other + " is not a Cronkeeper database");
    }

    @Test
    void restoreRefusesABackupFromANewerReleaseWithExitCode3() throws SQLException {
        stoppedServerWithData(tmp.resolve("data"));
        Path backup = tmp.resolve("backup.db");
        cli().ok("backup", "--to", backup.toString(), "--data-dir", tmp.resolve("data").toString());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
            c.createStatement().execute("INSERT INTO schema_version VALUES (999, 0)");
        }
        Cli.Run r = cli().run("restore", "--from", backup.toString(), "--data-dir", tmp.resolve("other").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("schema version 999").contains("newer release");
        assertThat(tmp.resolve("other/cronkeeper.db")).doesNotExist();
    }

    @Test
    void restoreRefusesACorruptBackup() throws IOException {
        stoppedServerWithData(tmp.resolve("data"));
        Path backup = tmp.resolve("backup.db");
        cli().ok("backup", "--to", backup.toString(), "--data-dir", tmp.resolve("data").toString());
        byte[] bytes = Files.readAllBytes(backup);
        // Overwrite the second half (table b-tree pages) but keep the header intact.
        for (int i = bytes.length / 2; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(backup, bytes);
        Cli.Run r = cli().run("restore", "--from", backup.toString(), "--data-dir", tmp.resolve("other").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsAnyOf("failed its integrity check", "is not a usable SQLite database");
        assertThat(tmp.resolve("other/cronkeeper.db")).doesNotExist();
    }

    @Test
    void aDataDirThatOnlyWasMigratedBacksUpAndRestores() {
        Path data = tmp.resolve("data");
        cli().ok("migrate", "--data-dir", data.toString());
        Path backup = tmp.resolve("backup.db");
        cli().ok("backup", "--to", backup.toString(), "--data-dir", data.toString());
        cli().ok("restore", "--from", backup.toString(), "--data-dir", tmp.resolve("fresh").toString());
        assertThat(tmp.resolve("fresh/cronkeeper.db")).exists();
        assertThat(tmp.resolve("fresh/secret-key")).doesNotExist();
    }

    @Test
    void backupOfAMissingDataDirFails() {
        Cli.Run r = cli().run("backup", "--to", tmp.resolve("b.db").toString(), "--data-dir", tmp.resolve("none").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no database at " + tmp.resolve("none/cronkeeper.db"));
        assertThat(tmp.resolve("b.db")).doesNotExist();
    }

    static java.util.List<String> tablesOf(Path db) {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            var names = new java.util.ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
