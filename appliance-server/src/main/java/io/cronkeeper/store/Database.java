package io.cronkeeper.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database in the data dir. WAL with {@code synchronous=FULL}: a committed transaction
 * survives a crash or power loss, which is what a ping's {@code 200} promises.
 */
public final class Database {
    private final Jdbi jdbi;
    private final Path file;

    private Database(Jdbi jdbi, Path file) {
        this.jdbi = jdbi;
        this.file = file;
    }

    /** Opens (creating the data dir with mode 0700 if needed) and migrates to the newest schema. */
    public static Database open(Path dataDir) {
        DataDir.ensure(dataDir);
        Path file = dataDir.resolve("cronkeeper.db");
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        // IMMEDIATE: a writer takes the write lock at BEGIN, so two writers never deadlock on upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin());
        jdbi.setTransactionHandler(new SerializedTransactions(jdbi.getTransactionHandler()));
        new Migrations(jdbi).apply();
        restrict(file);
        return new Database(jdbi, file);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not fatal: the data dir itself is 0700.
        }
    }
}
