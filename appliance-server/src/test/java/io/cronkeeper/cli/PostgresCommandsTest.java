package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.store.PostgresCluster;
import io.cronkeeper.store.PostgresDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI with {@code database-url} set (issue 17): every command works on the PostgreSQL
 * database, the password never shows, and a database it cannot reach is one line and exit 1.
 */
class PostgresCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "pw-that-must-never-show";

    @TempDir
    Path tmp;

    @Test
    void projectMigrateAndAdminTokenWorkOnTheDatabaseTheNodesShare() throws IOException {
        PostgresCluster cluster = PostgresCluster.shared();
        PostgresDatabase pg = cluster.createDatabase();
        try {
            Cli cli = new Cli(tmp).env("CRONKEEPER_DATABASE_URL", pg.url()).env("CRONKEEPER_DATABASE_PASSWORD", pg.password());
            Cli.Run migrated = cli.ok("migrate", "--data-dir", tmp.resolve("a").toString());
            assertThat(migrated.out()).startsWith(pg.url() + ": schema version ");
            JsonNode created = JSON.readTree(cli.ok("project", "create", "--name", "Shared", "--data-dir", tmp.resolve("a").toString()).out());
            // Another machine's CLI (another data dir) sees the same projects.
            JsonNode listed = JSON.readTree(cli.ok("project", "list", "--data-dir", tmp.resolve("b").toString()).out());
            assertThat(listed).extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("Default", "Shared");
            String token = cli.ok("admin-token", "--data-dir", tmp.resolve("b").toString()).out().strip();
            assertThat(cli.ok("admin-token", "--data-dir", tmp.resolve("c").toString()).out().strip()).isEqualTo(token);
            assertThat(Files.readString(tmp.resolve("c/admin-token")).strip()).isEqualTo(token);
            // A node whose data dir had a token of its own (made group-readable by the package) gets
            // the shared one in its place, still readable by the group.
            new Cli(tmp).ok("admin-token", "--group-readable", "--data-dir", tmp.resolve("d").toString());
            assertThat(cli.ok("admin-token", "--data-dir", tmp.resolve("d").toString()).out().strip()).isEqualTo(token);
            assertThat(Files.readString(tmp.resolve("d/admin-token")).strip()).isEqualTo(token);
            assertThat(Files.getPosixFilePermissions(tmp.resolve("d/admin-token")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

            try (TestServer node = TestServer.start(tmp.resolve("node"),
                    Map.of(Setting.DATABASE_URL, pg.url(), Setting.DATABASE_PASSWORD, pg.password()))) {
                assertThat(node.get("/api/v3/checks/", created.get("api_key").asText()).statusCode()).isEqualTo(200);
                assertThat(node.send(node.request("/api/admin/v1/projects").header("Authorization", "Bearer " + token)
                    .build()).statusCode()).isEqualTo(200);
            }
        } finally {
            cluster.dropDatabase(pg.name());
        }
    }

    @Test
    void checkConfigMasksThePasswordWhereverItComesFrom() throws IOException {
        String url = "postgresql://cronkeeper@db.example.org:5432/cronkeeper";
        Path file = tmp.resolve("db-password");
        Files.writeString(file, SECRET + "\n");
        List<Cli.Run> runs = List.of(
            new Cli(tmp).env("CRONKEEPER_DATABASE_URL", url.replace("cronkeeper@", "cronkeeper:" + SECRET + "@")).run("check-config"),
            new Cli(tmp).env("CRONKEEPER_DATABASE_URL", url).env("CRONKEEPER_DATABASE_PASSWORD", SECRET).run("check-config"),
            new Cli(tmp).env("CRONKEEPER_DATABASE_PASSWORD_FILE", file.toString()).run("check-config", "--database-url", url));
        for (Cli.Run r : runs) {
            assertThat(r.exitCode()).isZero();
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
            assertThat(r.out()).containsPattern("database-url: postgresql://cronkeeper(:\\*\\*\\*\\*)?@db.example.org:5432/cronkeeper"
                + " \\(password \\*\\*\\*\\*\\)");
        }
    }

    @Test
    void backupAndRestoreSayHowToUsePgDumpAndPgRestore() {
        Cli cli = new Cli(tmp).env("CRONKEEPER_DATABASE_URL", "postgresql://ck:" + SECRET + "@db.example.org/cronkeeper?sslmode=require");
        Cli.Run backup = cli.run("backup", "--to", "/srv/backups/cronkeeper.dump");
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("pg_dump -Fc -d 'postgresql://ck@db.example.org/cronkeeper?sslmode=require'"
            + " -f '/srv/backups/cronkeeper.dump'").doesNotContain(SECRET);
        assertThat(backup.out()).isEmpty();

        Cli.Run restore = cli.run("restore", "--from", "/srv/backups/it's.dump");
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("Stop every node", "pg_restore --clean --if-exists --no-owner --single-transaction"
            + " -d 'postgresql://ck@db.example.org/cronkeeper?sslmode=require' '/srv/backups/it'\\''s.dump'")
            .doesNotContain(SECRET);
        assertThat(tmp.resolve("srv")).doesNotExist();
    }

    static Stream<List<String>> commandsThatOpenTheDatabase() {
        return Stream.of(List.of("migrate"), List.of("project", "list"), List.of("project", "create", "--name", "x"),
            List.of("admin-token"), List.of("export", "--pings"), List.of("import", "--from", "EXPORT"),
            List.of("import-healthchecks", "--url", "https://healthchecks.example.org"), List.of());
    }

    /** The server's start too (no command): the same line, exit 1, and the unit's Restart= tries again. */
    @ParameterizedTest
    @MethodSource("commandsThatOpenTheDatabase")
    void anUnreachableDatabaseIsOneLineNamingItAndExit1(List<String> command) throws IOException {
        int port = closedPort();
        String url = "postgresql://cronkeeper:" + SECRET + "@127.0.0.1:" + port + "/cronkeeper";
        Path export = tmp.resolve("export.json");
        Files.writeString(export, "{\"cronkeeper_export\": 1, \"tables\": {}}");
        List<String> args = new ArrayList<>(command.stream().map(a -> a.equals("EXPORT") ? export.toString() : a).toList());
        args.addAll(List.of("--data-dir", tmp.resolve("d").toString(), "--port", "0", "--host", "127.0.0.1"));
        Cli.Run r = new Cli(tmp).env("CRONKEEPER_DATABASE_URL", url).env("HC_API_KEY", "k").run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("cronkeeper: cannot connect to the PostgreSQL database postgresql://cronkeeper:****@127.0.0.1:"
            + port + "/cronkeeper: Connection to 127.0.0.1:" + port + " refused").doesNotContain(SECRET);
    }

    @Test
    void aWrongPasswordOrAMissingDatabaseIsOneLineSayingSo() {
        PostgresDatabase pg = PostgresCluster.shared().createDatabase();
        try {
            Cli.Run wrong = new Cli(tmp).env("CRONKEEPER_DATABASE_URL", pg.url()).env("CRONKEEPER_DATABASE_PASSWORD", SECRET)
                .run("migrate", "--data-dir", tmp.resolve("d").toString());
            assertThat(wrong.exitCode()).isEqualTo(1);
            assertThat(wrong.err().lines().toList()).hasSize(1);
            assertThat(wrong.err()).contains(pg.url(), "password authentication failed for user \"cronkeeper\"").doesNotContain(SECRET);

            String missing = pg.url().replace(pg.name(), "no_such_db");
            Cli.Run gone = new Cli(tmp).env("CRONKEEPER_DATABASE_URL", missing).env("CRONKEEPER_DATABASE_PASSWORD", pg.password())
                .run("project", "list", "--data-dir", tmp.resolve("d").toString());
            assertThat(gone.exitCode()).isEqualTo(1);
            assertThat(gone.err().lines().toList()).hasSize(1);
            assertThat(gone.err()).contains(missing, "database \"no_such_db\" does not exist");
        } finally {
            PostgresCluster.shared().dropDatabase(pg.name());
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
