package io.cronkeeper.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies {@code db/migration/*.sql} in the order of {@code migrations.txt}, each in its own
 * transaction, recording the version reached. A shipped file is never edited: changes are new files.
 */
public final class Migrations {
    /** PostgreSQL's advisory lock for migrating: any number unlikely to clash with another application's. */
    private static final long LOCK_KEY = 7_270_017L;

    private final Jdbi jdbi;
    private final Dialect dialect;

    Migrations(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    void apply() {
        List<String> files = files(dialect);
        jdbi.useHandle(h -> {
            // Two nodes starting at once on a new PostgreSQL database: one migrates, the other
            // waits here and then finds the work done (SQLite: the process's write lock).
            if (dialect == Dialect.POSTGRES) {
                h.createQuery("SELECT pg_advisory_lock(" + LOCK_KEY + ")").mapTo(String.class).one();
            }
            try {
                h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied BIGINT NOT NULL)");
                int current = h.createQuery("SELECT coalesce(max(version), 0) FROM schema_version").mapTo(Integer.class).one();
                if (current > files.size()) {
                    throw new SchemaTooNewException("the database schema is version " + current
                        + " but this Cronkeeper knows only up to " + files.size()
                        + "; it was written by a newer release. Install that release again or restore a backup.");
                }
                for (int v = current + 1; v <= files.size(); v++) {
                    applyOne(h, v, read(dialect, files.get(v - 1)));
                }
            } finally {
                if (dialect == Dialect.POSTGRES) {
                    h.createQuery("SELECT pg_advisory_unlock(" + LOCK_KEY + ")").mapTo(Boolean.class).one();
                }
            }
        });
    }

    /** The schema version this build migrates to. */
    static int latest() {
        return files(Dialect.SQLITE).size();
    }

    private static List<String> files(Dialect dialect) {
        return read(dialect, "migrations.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Runs one migration's statements on the raw connection: Jdbi would parse each for named
     * parameters and template attributes (a migration has neither), which was a tenth of a new
     * database's first start (issue 16).
     */
    private void applyOne(Handle h, int version, String sql) {
        h.useTransaction(tx -> {
            try (var statement = tx.getConnection().createStatement()) {
                if (dialect == Dialect.POSTGRES) {
                    // The driver runs a whole script as one multi-statement string (and knows a
                    // function's $$ body from the end of a statement).
                    statement.execute(sql);
                } else {
                    for (String one : sql.split(";\\s*(\\n|$)")) {
                        String s = stripComments(one);
                        if (!s.isBlank()) {
                            statement.execute(s);
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("migration " + version + " failed: " + e.getMessage(), e);
            }
            tx.execute("INSERT INTO schema_version (version, applied) VALUES (?, ?)", version,
                java.time.Instant.now().getEpochSecond());
        });
    }

    private static String stripComments(String sql) {
        return sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String read(Dialect dialect, String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(dialect.migrations() + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database was written by a newer release; refusing protects its data. */
    public static final class SchemaTooNewException extends RuntimeException {
        public SchemaTooNewException(String message) {
            super(message);
        }
    }
}
