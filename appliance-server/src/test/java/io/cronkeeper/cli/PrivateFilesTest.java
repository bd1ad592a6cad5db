package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cronkeeper.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 6 of issue 14: the database, its WAL and SHM, the secrets and exports are 0600 under the
 * usual umask 022 (which the test checks it runs under: a stricter umask would hide the fault).
 */
class PrivateFilesTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void umaskIs022() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String umask = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        assumeThat(umask).as("this test needs the usual umask").isIn("0022", "022");
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void databaseLogsAndSecretsAreOwnerOnly() throws Exception {
        Path data = tmp.resolve("data");
        try (TestServer server = TestServer.start(data)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
            for (String name : new String[] {"cronkeeper.db", "cronkeeper.db-wal", "cronkeeper.db-shm", "secret-key",
                "admin-token"}) {
                assertThat(data.resolve(name)).exists();
                assertThat(mode(data.resolve(name))).as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void logFilesLeftReadableByAnOlderReleaseAreNarrowedAtStart() throws Exception {
        Path data = tmp.resolve("data");
        try (TestServer server = TestServer.start(data)) {
            server.createProject("P");
        }
        for (String name : new String[] {"cronkeeper.db", "cronkeeper.db-wal", "cronkeeper.db-shm"}) {
            Path f = data.resolve(name);
            if (!Files.exists(f)) {
                Files.createFile(f);
            }
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (TestServer server = TestServer.start(data)) {
            for (String name : new String[] {"cronkeeper.db", "cronkeeper.db-wal", "cronkeeper.db-shm"}) {
                assertThat(mode(data.resolve(name))).as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void exportsAndBackupsAreOwnerOnly() throws Exception {
        Path data = tmp.resolve("data");
        try (TestServer server = TestServer.start(data)) {
            server.createProject("P");
        }
        Cli cli = new Cli(tmp);
        Path export = tmp.resolve("export.json");
        Path backup = tmp.resolve("backup.db");
        cli.ok("export", "--pings", "--to", export.toString(), "--data-dir", data.toString());
        cli.ok("backup", "--to", backup.toString(), "--data-dir", data.toString());
        assertThat(mode(export)).isEqualTo("rw-------");
        assertThat(mode(backup)).isEqualTo("rw-------");
    }
}
