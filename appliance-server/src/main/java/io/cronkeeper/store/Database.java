package io.cronkeeper.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import io.cronkeeper.config.Settings;
import java.util.Optional;
import io.cronkeeper.health.Supervisor;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database in the data dir. WAL with {@code synchronous=FULL}: a committed transaction
 * survives a crash or power loss, which is what a ping's {@code 200} promises.
 */
public final class Database {
    // Hikari announces every pool start and stop at INFO; the CLI's stderr should stay quiet.
    private static final java.util.logging.Logger POOL_LOG = java.util.logging.Logger.getLogger("com.zaxxer.hikari");

    static {
        POOL_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private static final long WAL_SIZE_LIMIT_BYTES = 64L * 1024 * 1024;

    private final Dialect dialect;
    private final Jdbi jdbi;
    private final Jdbi writerJdbi;
    private final Optional<Path> file;
    private final String location;
    private final Optional<Checkpointer> checkpointer;
    private final CommitSync commitSync;
    private final HikariDataSource pool;
    private final ReentrantLock writeLock;

    private Database(Jdbi jdbi, HikariDataSource pool, Jdbi writerJdbi, Path file, ReentrantLock writeLock,
                     Supervisor supervisor) {
        this(Dialect.SQLITE, jdbi, pool, writerJdbi, Optional.of(file), file.toString(), writeLock,
            Optional.of(new Checkpointer(jdbi, file, writeLock, supervisor)), new WalSync(file));
    }

    /** @param writeLock the ping writer's; with SQLite every transaction of the process shares it */
    Database(Dialect dialect, Jdbi jdbi, HikariDataSource pool, Jdbi writerJdbi, Optional<Path> file, String location,
             ReentrantLock writeLock, Optional<Checkpointer> checkpointer, CommitSync commitSync) {
        this.dialect = dialect;
        this.jdbi = jdbi;
        this.pool = pool;
        this.writerJdbi = writerJdbi;
        this.writeLock = writeLock;
        this.file = file;
        this.location = location;
        this.checkpointer = checkpointer;
        this.commitSync = commitSync;
    }

    /**
     * The store the settings name: PostgreSQL when {@code database-url} is set, else the SQLite
     * file in the data dir. Either way migrated to the newest schema.
     */
    public static Database open(Settings settings, Supervisor supervisor) {
        return open(settings, supervisor, PostgresStore.SERVER);
    }

    /**
     * For the CLI's commands: a failing background loop ends the process. Their PostgreSQL
     * sessions are told from a node's, so that {@code import} can see whether a node runs.
     */
    public static Database open(Settings settings) {
        return open(settings, Supervisor.exitingProcess(), PostgresStore.CLI);
    }

    private static Database open(Settings settings, Supervisor supervisor, String applicationName) {
        return settings.database().postgres()
            .map(pg -> PostgresStore.open(pg, supervisor, applicationName))
            .orElseGet(() -> open(settings.dataDir(), supervisor));
    }

    /**
     * One plain session on a PostgreSQL database, without pool or migrations: for the CLI's
     * {@code export}, which reads what is there and must change nothing.
     */
    public static Handle connect(io.cronkeeper.config.DatabaseSettings.Postgres settings) {
        return PostgresStore.connect(settings);
    }

    /** Opens (creating the data dir with mode 0700 if needed) and migrates to the newest schema. */
    public static Database open(Path dataDir) {
        return open(dataDir, Supervisor.exitingProcess());
    }

    /** @param supervisor runs the background checkpoints (see {@link Checkpointer}) */
    public static Database open(Path dataDir, Supervisor supervisor) {
        DataDir.ensure(dataDir);
        SqliteNative.unpackUnder(dataDir);
        Path file = dataDir.resolve("cronkeeper.db");
        SchemaGate.beforeOpening(file, Migrations.latest());
        createPrivate(file);
        restrict(file);
        ReentrantLock writeLock = new ReentrantLock(true);
        HikariDataSource pool = pooled(dataSource(file, false));
        Jdbi jdbi = jdbi(pool, writeLock);
        try {
            new Migrations(jdbi, Dialect.SQLITE).apply();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        restrict(file);
        return new Database(jdbi, pool, jdbi(dataSource(file, true), writeLock), file, writeLock, supervisor);
    }

    /**
     * Both Jdbi instances share one write lock (see {@link SerializedTransactions}). The ping
     * writer's instance does not fetch generated keys after every insert, which the driver
     * otherwise does with an extra query per ping.
     */
    private static Jdbi jdbi(DataSource ds, ReentrantLock writeLock) {
        Jdbi jdbi = configured(Jdbi.create(ds), Dialect.SQLITE);
        jdbi.setTransactionHandler(new SerializedTransactions(jdbi.getTransactionHandler(), writeLock));
        return jdbi;
    }

    /** What every Jdbi of either dialect has: SqlObjects, 0/1 booleans, the dialect's defines. */
    static Jdbi configured(Jdbi jdbi, Dialect dialect) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new IntegerBooleans());
        jdbi.define("lockSkipLocked", dialect.lockSkipLocked());
        jdbi.define("lockForUpdate", dialect.lockForUpdate());
        return jdbi;
    }

    private static SQLiteDataSource dataSource(Path file, boolean forPingWriter) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit returns once it is on stable storage. The ping writer's connection does
        // the same sync itself, with fdatasync (see WalSync), before it answers.
        config.setSynchronous(forPingWriter ? SQLiteConfig.SynchronousMode.NORMAL : SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        // IMMEDIATE: a writer takes the write lock at BEGIN, so two writers never deadlock on upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setGetGeneratedKeys(!forPingWriter);
        // Checkpoints run on the Checkpointer's thread, never inside a ping's commit.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "0");
        // When the log starts over after a busy spell, its file is cut back to this size.
        config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, String.valueOf(WAL_SIZE_LIMIT_BYTES));
        if (forPingWriter) {
            // The writer's one long-lived connection keeps hot pages in a bigger cache. Not bigger:
            // SQLite walks its whole page cache at each commit after a B-tree page split
            // renumbered pages, which at 10,000 busy checks is most commits. 2, 4 and 16 MiB ran
            // equally fast there (within the benchmark's noise); 8 MiB saves memory with margin.
            config.setCacheSize(-8_192);
        } else {
            // The APIs' pooled connections (up to four) read little and rarely: 1 MiB each
            // instead of SQLite's 2 MiB default keeps the process's memory down.
            config.setCacheSize(-1_024);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    /**
     * The APIs' connections are pooled: opening a SQLite connection per request cost time, and
     * the native memory of thousands of short-lived connections kept the process's RSS high.
     */
    private static HikariDataSource pooled(SQLiteDataSource ds) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(ds);
        pool.setPoolName("cronkeeper-db");
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        return new HikariDataSource(pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** For the ping writer only: no generated keys are fetched after inserts. */
    public Jdbi writerJdbi() {
        return writerJdbi;
    }

    /** For the ping writer's own connection (a handle of {@link #writerJdbi()}). */
    public WriterTransactions writerTransactions(Handle writerHandle) {
        return new WriterTransactions(writerHandle.getConnection(), writeLock, dialect);
    }

    /** The sync that makes the ping writer's commits durable. */
    public CommitSync commitSync() {
        return commitSync;
    }

    /** The SQLite file; empty with PostgreSQL. */
    public Optional<Path> file() {
        return file;
    }

    /** Where the data is, for messages: the file, or the PostgreSQL URL (password masked). */
    public String location() {
        return location;
    }

    /** Stops the background checkpoints after a last one, leaving a small WAL behind. */
    public void close() {
        checkpointer.ifPresent(Checkpointer::close);
        commitSync.close();
        pool.close();
    }

    /**
     * SQLite gives the {@code -wal} and {@code -shm} files the database file's mode, and a file it
     * creates itself gets 0644 under the usual umask: so the database file is made 0600 before
     * SQLite first opens it. The log holds ping keys, bodies and key hashes (issue 14).
     */
    private static void createPrivate(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // an existing database: restrict() below
        } catch (IOException | UnsupportedOperationException e) {
            // SQLite creates it then; restrict() below still narrows it
        }
    }

    /** Also for the log files an older release left 0644. */
    private static void restrict(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(f)) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException | UnsupportedOperationException e) {
                // Not fatal: the data dir itself is 0700.
            }
        }
    }
}
