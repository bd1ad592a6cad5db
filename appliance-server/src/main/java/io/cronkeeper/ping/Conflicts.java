package io.cronkeeper.ping;

import java.sql.SQLException;

/**
 * PostgreSQL's answers that mean "try again": the transaction was aborted because of another
 * one (a deadlock, 40P01, or a serialization failure, 40001) and nothing of it was stored.
 * SQLite never gives them: it has one writer.
 */
final class Conflicts {
    private Conflicts() {
    }

    static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
