package io.cronkeeper.ops;

import io.cronkeeper.store.Dialect;
import io.cronkeeper.store.IsoTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * {@code VACUUM INTO}: SQLite copies the database as of the start of one read transaction, while
 * the server goes on committing pings (WAL readers never block writers). The copy is written
 * beside the target, checked, synced and only then renamed over it: a failed backup never
 * leaves a half file under the target's name, and an older backup there stays intact.
 */
public final class Backup {
    private Backup() {
    }

    public record Result(Path file, long bytes, int schemaVersion) {
    }

    public static Result write(Path dataDir, Path target, Clock clock) {
        Path db = dataDir.resolve("cronkeeper.db");
        if (!Files.isRegularFile(db)) {
            throw new OpsException("no database at " + db);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OpsException("no directory for " + target);
        }
        Path tmp = emptyPrivateFile(dir);
        try {
            int version;
            try (Handle h = SqliteFile.open(db)) {
                version = Schema.requireUsable(h, Dialect.SQLITE, db.toString());
                // VACUUM INTO accepts an empty file, so the copy never exists with wider permissions.
                h.execute("VACUUM INTO ?", tmp.toString());
            }
            try (Handle h = SqliteFile.open(tmp)) {
                h.createQuery("PRAGMA journal_mode = DELETE").mapTo(String.class).one();
                BackupFile.writeMeta(h, BackupFile.readSecret(dataDir), version, IsoTime.seconds(clock.instant()));
                var problems = SqliteFile.integrityProblems(h);
                if (!problems.isEmpty()) {
                    throw new OpsException("the backup copy failed its integrity check: " + problems.getFirst());
                }
            }
            BackupFile.sync(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            BackupFile.syncDirectory(dir);
            return new Result(target, Files.size(target), version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static Path emptyPrivateFile(Path dir) {
        try {
            return Files.createTempFile(dir, ".cronkeeper-backup-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + dir + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temp file is harmless.
        }
    }
}
