package io.cronkeeper.health;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteException;

/**
 * Tells a database that cannot write now (full disk, I/O error, locked by another process, a
 * PostgreSQL server that is down or unreachable) from a bug. The first is the client's cue to
 * retry ({@code 503}) and the loops' to wait it out; the second stays a {@code 500} and a logged
 * stack trace.
 */
public final class StoreErrors {
    // Primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static final Set<Integer> UNAVAILABLE = Set.of(5, 6, 8, 10, 13, 14);
    // PostgreSQL's SQLSTATEs for the same situations, besides whole classes 08 (connection
    // exception: refused, broken, closed), 53 (insufficient resources: disk full, out of memory,
    // too many connections) and 58 (system errors, e.g. 58030 I/O): the server shutting down
    // (57P01 admin, 57P02 crash) or still starting (57P03), and a read-only transaction (25006: a
    // standby, e.g. the old primary after a failover), or a database that is gone (3D000). A
    // connection that failed this way is renewed.
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57P04", "57P05",
        "25006", "3D000");

    private StoreErrors() {
    }

    public static boolean isUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException s && UNAVAILABLE.contains(s.getResultCode().code & 0xff)) {
                return true;
            }
            // PSQLException, and any other SQLException carrying a state (the pool's own, say).
            if (c instanceof java.sql.SQLException sql && isUnavailableState(sql.getSQLState())) {
                return true;
            }
            // Not any IOException: a client that hangs up mid-answer throws one too, and that is
            // no reason to tell it (and the log) that the database is down. The WAL's own sync
            // failures are handled where they happen (PingWriter.synced).
            if (c instanceof SQLTransientConnectionException) {
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
            if (c.getCause() == c) {
                break;
            }
        }
        return cut;
    }

    static boolean isUnavailableState(String sqlState) {
        return sqlState != null
            && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("58")
                || UNAVAILABLE_STATES.contains(sqlState));
    }

    /**
     * One line for the log: the database's own message, e.g. SQLite's "database or disk is full"
     * or PostgreSQL's "Connection to db.lan:5432 refused" (not the pool's "Connection is not
     * available", which wraps it).
     */
    public static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PSQLException p) {
                // Its first line; the rest is the server's Detail/Hint/Position.
                return p.getMessage().lines().findFirst().orElse(p.getMessage());
            }
            boolean driver = c instanceof SQLException && !(c instanceof SQLTransientConnectionException);
            if (driver || c instanceof IOException) {
                return c.getMessage();
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return t.toString();
    }
}
