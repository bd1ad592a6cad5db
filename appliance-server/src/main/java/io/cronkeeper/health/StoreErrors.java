package io.cronkeeper.health;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * Tells a database that cannot write now (full disk, I/O error, locked by another process) from a
 * bug. The first is the client's cue to retry ({@code 503}) and the loops' to wait it out; the
 * second stays a {@code 500} and a logged stack trace.
 */
public final class StoreErrors {
    // Primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static final Set<Integer> UNAVAILABLE = Set.of(5, 6, 8, 10, 13, 14);

    private StoreErrors() {
    }

    public static boolean isUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException s && UNAVAILABLE.contains(s.getResultCode().code & 0xff)) {
                return true;
            }
            // Not any IOException: a client that hangs up mid-answer throws one too, and that is
            // no reason to tell it (and the log) that the database is down. The WAL's own sync
            // failures are handled where they happen (PingWriter.synced).
            if (c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql && postgresUnavailable(sql.getSQLState())) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /**
     * A pooled PostgreSQL connection that the server ended while in use (restart, failover, a
     * dropped database): the pool drops it, and a new one may work. Not the pool failing to get
     * any connection ({@link SQLTransientConnectionException}, after its own timeout): asking
     * again would only wait that long once more.
     */
    public static boolean isConnectionCut(Throwable t) {
        boolean cut = false;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException) {
                return false;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                cut = true;
            }
        }
        return cut;
    }

    /**
     * PostgreSQL's SQLSTATEs for "not now": connection exceptions (class 08), insufficient
     * resources (53: disk full, too many connections), the server shutting down or starting
     * (57P01-57P03), and a database that is gone (3D000). Not a constraint or syntax error.
     */
    private static boolean postgresUnavailable(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
            || state.equals("3D000"));
    }

    /**
     * One line for the log and {@code /status/}: the store's own words, e.g. SQLite's "database or
     * disk is full", or PostgreSQL's "FATAL: database "cronkeeper" does not exist" rather than
     * the pool's "connection is not available" in front of it.
     */
    public static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            boolean driver = c instanceof SQLException && !(c instanceof SQLTransientConnectionException);
            if (driver || c instanceof IOException) {
                return c.getMessage();
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException) {
                return c.getMessage();
            }
        }
        return t.toString();
    }
}
