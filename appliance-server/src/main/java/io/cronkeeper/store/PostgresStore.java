package io.cronkeeper.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cronkeeper.config.DatabaseSettings;
import io.cronkeeper.health.Supervisor;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database that any number of nodes share (issue 17). No process-wide write lock:
 * the database orders concurrent writers by row locks, and nothing of the store lives in the data
 * dir. Durability is PostgreSQL's: {@code synchronous_commit} is set {@code on} for our sessions,
 * so a commit (and the ping's {@code 200} after it) means the log is flushed.
 */
final class PostgresStore {
    private static final int POOL_SIZE = 8;
    /** The {@code application_name} of a server node's sessions. */
    public static final String SERVER = "cronkeeper";
    /** That of the CLI's commands. */
    public static final String CLI = "cronkeeper-cli";

    private PostgresStore() {
    }

    /**
     * @param applicationName how our sessions appear in {@code pg_stat_activity}: {@link #SERVER} for
     *                        a node, so that the CLI's {@code import} can tell whether any node runs
     */
    static Database open(DatabaseSettings.Postgres settings, Supervisor supervisor, String applicationName) {
        HikariDataSource pool;
        try {
            pool = pool(settings, "cronkeeper-db", POOL_SIZE, applicationName);
        } catch (RuntimeException e) {
            throw unreachable(settings, e);
        }
        try {
            Jdbi jdbi = Database.configured(Jdbi.create(pool), Dialect.POSTGRES);
            new Migrations(jdbi, Dialect.POSTGRES).apply();
            // The ping writer's one long-lived connection, renewed after a failure like SQLite's.
            Jdbi writer = Database.configured(Jdbi.create(dataSource(settings, applicationName)), Dialect.POSTGRES);
            return new Database(Dialect.POSTGRES, jdbi, pool, writer, Optional.empty(), settings.display(),
                new ReentrantLock(), Optional.empty(), CommitSync.NONE);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** One session of the CLI's, without pool or migrations. */
    static Handle connect(DatabaseSettings.Postgres settings) {
        try {
            return Database.configured(Jdbi.create(dataSource(settings, CLI)), Dialect.POSTGRES).open();
        } catch (RuntimeException e) {
            throw unreachable(settings, e);
        }
    }

    /** A pool of its own, e.g. for the event listener's dedicated connection. */
    static HikariDataSource pool(DatabaseSettings.Postgres settings, String name, int size) {
        return pool(settings, name, size, SERVER);
    }

    private static HikariDataSource pool(DatabaseSettings.Postgres settings, String name, int size, String applicationName) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(settings, applicationName));
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // A database that is down must not hang a request for Hikari's default 30 s.
        config.setConnectionTimeout(5_000);
        // Fail at once, with the driver's own words, when the database is unreachable or refuses
        // us at start: a wrong password must not look like a hang.
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    static PGSimpleDataSource dataSource(DatabaseSettings.Postgres settings) {
        return dataSource(settings, SERVER);
    }

    static PGSimpleDataSource dataSource(DatabaseSettings.Postgres settings, String applicationName) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(settings.jdbcUrl());
        ds.setUser(settings.user());
        settings.password().ifPresent(ds::setPassword);
        ds.setApplicationName(applicationName);
        ds.setConnectTimeout(5);
        // A node that loses the database notices within a minute, not after TCP's 15 minutes.
        ds.setTcpKeepAlive(true);
        ds.setSocketTimeout(60);
        ds.setOptions("-c synchronous_commit=on");
        return ds;
    }

    /**
     * One line naming the database and saying what the driver said (a wrong password, a refused
     * connection, a database that does not exist), for the CLI's and the server's start message.
     */
    private static RuntimeException unreachable(DatabaseSettings.Postgres settings, RuntimeException e) {
        Throwable driver = e;
        while (driver.getCause() != null && !(driver instanceof java.sql.SQLException)) {
            driver = driver.getCause();
        }
        String why = driver.getMessage();
        // "The connection attempt failed." says nothing by itself: the network's reason does.
        Throwable root = driver;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root != driver && root.getMessage() != null && !why.contains(root.getMessage())) {
            why += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return new DatabaseUnreachableException("cannot connect to the PostgreSQL database " + settings.display()
            + ": " + why, e);
    }
}
