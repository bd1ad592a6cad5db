package io.cronkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start or {@code migrate} does to a database of another schema version: a newer one is
 * refused with the file left byte for byte as it was; an older one is copied before migrating.
 */
class SchemaUpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void aDatabaseFromANewerReleaseIsRefusedWithExit3AndLeftByteIdentical() throws Exception {
        Path d = tmp.resolve("d");
        new Cli(tmp).ok("migrate", "--data-dir", d.toString());
        Path db = d.resolve("cronkeeper.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("INSERT INTO schema_version VALUES (999, 0)");
            // As a restored backup or a copied file is: a rollback journal, not WAL.
            c.createStatement().execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(db);
        FileTime modified = Files.getLastModifiedTime(db);

        for (String[] args : new String[][] {{"migrate"}, {"project", "list"}, {"--port", "0"}}) {
            Cli.Run r = new Cli(tmp).run(withDataDir(args, d));
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(r.err()).contains("schema is version 999", "newer release");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(modified);
        assertThat(d.resolve("cronkeeper.db-wal")).doesNotExist();
        try (var files = Files.list(d)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("cronkeeper.db.pre-"));
        }
    }

    @Test
    void migratingAnOlderDatabaseFirstCopiesItAndKeepsTheLastTwoCopies() throws Exception {
        Path d = tmp.resolve("d");
        Files.createDirectories(d);
        Path db = d.resolve("cronkeeper.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            schemaVersion1(c);
            c.createStatement().execute("INSERT INTO project (uuid, name, ping_key, badge_key, created) VALUES ('p-1', 'Kept', 'k', 'b', 0)");
        }
        Path older = d.resolve("cronkeeper.db.pre-7");
        Path newer = d.resolve("cronkeeper.db.pre-8");
        Files.writeString(older, "older copy");
        Files.writeString(newer, "newer copy");
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        Files.writeString(d.resolve("cronkeeper.db.pre-restore"), "not ours to prune");

        new Cli(tmp).ok("migrate", "--data-dir", d.toString());

        Path copy = d.resolve("cronkeeper.db.pre-1");
        assertThat(copy).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            var rs = c.createStatement().executeQuery("SELECT max(version), (SELECT name FROM project) FROM schema_version");
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("Kept");
        }
        assertThat(Files.getPosixFilePermissions(copy)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(newer).exists();
        assertThat(older).doesNotExist();
        assertThat(d.resolve("cronkeeper.db.pre-restore")).hasContent("not ours to prune");

        // At the newest schema already: nothing to migrate, no new copy.
        new Cli(tmp).ok("migrate", "--data-dir", d.toString());
        try (var files = Files.list(d)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("cronkeeper\\.db\\.pre-\\d+")))
                .containsExactlyInAnyOrder("cronkeeper.db.pre-1", "cronkeeper.db.pre-8");
        }
    }

    @Test
    void aFreshDataDirGetsNoCopy() throws IOException {
        Path d = tmp.resolve("d");
        new Cli(tmp).ok("migrate", "--data-dir", d.toString());
        try (var files = Files.list(d)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".pre-"));
        }
    }

    private static String[] withDataDir(String[] args, Path d) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = d.toString();
        return all;
    }

    /** The database as release 1 left it: its first migration, as Migrations applies it. */
    private static void schemaVersion1(Connection c) throws SQLException, IOException {
        String sql;
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream("/db/migration/V1__initial.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String statement : sql.split(";\\s*(\\n|$)")) {
            String s = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            if (!s.isBlank()) {
                c.createStatement().execute(s);
            }
        }
        c.createStatement().execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied INTEGER NOT NULL)");
        c.createStatement().execute("INSERT INTO schema_version VALUES (1, 0)");
    }
}
