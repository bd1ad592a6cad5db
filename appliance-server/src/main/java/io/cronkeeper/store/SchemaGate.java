package io.cronkeeper.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing database through a read-only connection before anything opens it for
 * writing (the pool's first connection switches it to WAL, which rewrites the header):
 * <ul>
 *   <li>a database from a newer release is refused with the file untouched;</li>
 *   <li>a database about to be migrated is first copied to {@code cronkeeper.db.pre-<version>}
 *       (a consistent snapshot by {@code VACUUM INTO}, WAL included), the last two kept, so an
 *       upgrade that goes wrong can be undone with {@code restore}.</li>
 * </ul>
 */
final class SchemaGate {
    static final int COPIES_KEPT = 2;
    private static final Pattern COPY = Pattern.compile("cronkeeper\\.db\\.pre-\\d+");

    private SchemaGate() {
    }

    static void beforeOpening(Path file, int latest) {
        if (!Files.isRegularFile(file) || size(file) == 0) {
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            int current = version(c);
            if (current > latest) {
                throw new Migrations.SchemaTooNewException("the database schema is version " + current
                    + " but this Cronkeeper knows only up to " + latest
                    + "; it was written by a newer release. Install that release again or restore a backup.");
            }
            if (current > 0 && current < latest) {
                copyBeforeMigrating(c, file, current);
            }
        } catch (SQLException e) {
            // Not readable as SQLite: opening it for real reports that with the driver's message.
        }
    }

    private static int version(Connection c) throws SQLException {
        try (var s = c.createStatement();
             ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (t.getInt(1) == 0) {
                return 0;
            }
        }
        try (var s = c.createStatement(); ResultSet v = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return v.getInt(1);
        }
    }

    /** A failed copy stops the migration: upgrading without the promised way back is worse. */
    private static void copyBeforeMigrating(Connection c, Path file, int version) {
        Path copy = file.resolveSibling("cronkeeper.db.pre-" + version);
        Path partial = file.resolveSibling(".cronkeeper.db.pre-" + version + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (var s = c.createStatement()) {
                s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            Files.move(partial, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            pruneOldCopies(file.getParent());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy " + file + " before migrating it: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " before migrating it: " + e.getMessage(), e);
        }
    }

    private static void pruneOldCopies(Path dir) throws IOException {
        List<Path> copies;
        try (Stream<Path> files = Files.list(dir)) {
            copies = files.filter(p -> COPY.matcher(p.getFileName().toString()).matches())
                .sorted(Comparator.comparing(SchemaGate::modified).reversed()).toList();
        }
        for (Path old : copies.subList(Math.min(COPIES_KEPT, copies.size()), copies.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
