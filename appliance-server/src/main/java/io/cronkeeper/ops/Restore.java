package io.cronkeeper.ops;

import io.cronkeeper.store.Dialect;
import io.cronkeeper.project.KeyHasher;
import io.cronkeeper.store.DataDir;
import io.cronkeeper.store.Database;
import io.cronkeeper.store.ServerLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteException;

/**
 * Replaces a stopped server's database with a backup. The backup is copied into the data dir
 * and checked there (integrity, Cronkeeper schema no newer than this build) before anything is
 * replaced; the replaced database is kept as {@code cronkeeper.db.pre-restore}. Holds the
 * server lock throughout, so a server can neither be running nor start meanwhile.
 */
public final class Restore {
    static final String DB = "cronkeeper.db";
    static final String KEPT = "cronkeeper.db.pre-restore";

    private Restore() {
    }

    public record Result(Path database, int backupVersion, int schemaVersion, Optional<Path> previous) {
    }

    public static Result from(Path backup, Path dataDir) {
        if (!Files.isRegularFile(backup)) {
            throw new OpsException("no backup file at " + backup);
        }
        DataDir.ensure(dataDir);
        try (ServerLock lock = ServerLock.tryAcquire(dataDir).orElseThrow(() -> new OpsException(
                "a Cronkeeper server is running on " + dataDir + "; stop it first (sudo systemctl stop cronkeeper)"))) {
            Path copy = dataDir.resolve(".restore-" + ProcessHandle.current().pid() + ".db");
            try {
                copyPrivately(backup, copy);
                Checked checked = check(copy, backup);
                Optional<Path> previous = moveAside(dataDir);
                Files.move(copy, dataDir.resolve(DB), StandardCopyOption.ATOMIC_MOVE);
                checked.secretKey().ifPresent(secret -> DataDir.writeSecret(dataDir.resolve(KeyHasher.FILE_NAME), secret));
                BackupFile.syncDirectory(dataDir);
                // Migrating now surfaces any problem here rather than at the next start.
                Database.open(dataDir).close();
                int now;
                try (Handle h = SqliteFile.open(dataDir.resolve(DB))) {
                    now = Schema.of(h, Dialect.SQLITE);
                }
                return new Result(dataDir.resolve(DB), checked.version(), now, previous);
            } catch (IOException e) {
                throw new UncheckedIOException("restore failed: " + e.getMessage(), e);
            } finally {
                Backup.deleteQuietly(copy);
            }
        }
    }

    private record Checked(int version, Optional<String> secretKey) {
    }

    private static Checked check(Path copy, Path backup) {
        try (Handle h = SqliteFile.open(copy)) {
            var problems = SqliteFile.integrityProblems(h);
            if (!problems.isEmpty()) {
                throw new OpsException(backup + " failed its integrity check: " + problems.getFirst());
            }
            int version = Schema.requireUsable(h, Dialect.SQLITE, backup.toString());
            Optional<String> secret = BackupFile.secretKey(h);
            BackupFile.dropMeta(h);
            h.createQuery("PRAGMA journal_mode = WAL").mapTo(String.class).one();
            return new Checked(version, secret);
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (e.getCause() instanceof SQLiteException s) {
                throw new OpsException(backup + " is not a usable SQLite database: " + s.getMessage(), e);
            }
            throw e;
        }
    }

    private static void copyPrivately(Path from, Path to) throws IOException {
        Files.deleteIfExists(to);
        Files.createFile(to, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var in = Files.newInputStream(from); var out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
        BackupFile.sync(to);
    }

    /**
     * Moves the database with its WAL aside: a WAL left beside the restored file would be
     * replayed into it. The shared-memory index is only a cache and is deleted.
     */
    private static Optional<Path> moveAside(Path dataDir) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dataDir.resolve(KEPT + suffix));
        }
        Path db = dataDir.resolve(DB);
        Files.deleteIfExists(dataDir.resolve(DB + "-shm"));
        if (!Files.exists(db)) {
            Files.deleteIfExists(dataDir.resolve(DB + "-wal"));
            return Optional.empty();
        }
        if (Files.exists(dataDir.resolve(DB + "-wal"))) {
            Files.move(dataDir.resolve(DB + "-wal"), dataDir.resolve(KEPT + "-wal"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(db, dataDir.resolve(KEPT), StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(dataDir.resolve(KEPT));
    }
}
