package io.cronkeeper.ops;

import io.cronkeeper.store.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A backup is one SQLite file: the database as of one moment, plus a small table with the
 * install secret that the API key hashes and badge signatures depend on. Restore takes the
 * table out again.
 */
final class BackupFile {
    static final String META_TABLE = "cronkeeper_backup";

    private BackupFile() {
    }

    static void writeMeta(Handle h, Optional<String> secretKey, int schemaVersion, String created) {
        h.execute("CREATE TABLE " + META_TABLE + " (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        h.execute("INSERT INTO " + META_TABLE + " VALUES ('schema_version', ?), ('created', ?)",
            Integer.toString(schemaVersion), created);
        secretKey.ifPresent(secret -> h.execute("INSERT INTO " + META_TABLE + " VALUES ('secret_key', ?)", secret));
    }

    /** The install secret, when the file is a backup made by {@code cronkeeper backup}. */
    static Optional<String> secretKey(Handle h) {
        if (!Schema.hasTable(h, Dialect.SQLITE, META_TABLE)) {
            return Optional.empty();
        }
        return h.createQuery("SELECT value FROM " + META_TABLE + " WHERE key = 'secret_key'").mapTo(String.class).findOne();
    }

    static void dropMeta(Handle h) {
        h.execute("DROP TABLE IF EXISTS " + META_TABLE);
    }

    /** Flushes a file and then its directory entry, so a rename that follows survives a crash. */
    static void sync(Path file) {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync " + file + ": " + e.getMessage(), e);
        }
    }

    static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the data itself is synced.
        }
    }

    /** The data dir's install secret; none before anything needed one (a data dir only migrated). */
    static Optional<String> readSecret(Path dataDir) {
        Path file = dataDir.resolve(io.cronkeeper.project.KeyHasher.FILE_NAME);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the install secret in " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
