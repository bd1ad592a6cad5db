package io.cronkeeper.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ping writer's transactions: {@code BEGIN IMMEDIATE} and {@code COMMIT} as statements
 * prepared once on its connection, under the process's write lock (see
 * {@link SerializedTransactions}). Through JDBC's auto-commit switch, which Jdbi uses, sqlite-jdbc
 * runs four statements per transaction, each parsed anew, because it opens and commits an empty
 * transaction after every real one; the writer runs hundreds of transactions a second.
 *
 * <p>Statements of DAOs attached to the same connection run inside these transactions as usual;
 * only the writer's thread may use it.
 */
public final class WriterTransactions {
    private final ReentrantLock writeLock;
    private final PreparedStatement begin;
    private final PreparedStatement commit;
    private final PreparedStatement rollback;

    WriterTransactions(Connection connection, ReentrantLock writeLock, Dialect dialect) {
        this.writeLock = writeLock;
        try {
            this.begin = connection.prepareStatement(dialect.begin());
            this.commit = connection.prepareStatement("COMMIT");
            this.rollback = connection.prepareStatement("ROLLBACK");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the writer's transaction statements", e);
        }
    }

    public void begin() {
        writeLock.lock();
        try {
            begin.execute();
        } catch (SQLException e) {
            writeLock.unlock();
            throw new IllegalStateException("cannot begin a transaction", e);
        }
    }

    /** On failure the transaction may still be open: the caller must {@link #rollback()}. */
    public void commit() {
        try {
            commit.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot commit", e);
        }
        writeLock.unlock();
    }

    /** Ends the open transaction, if any, and never throws: it runs on the way out of a failure. */
    public void rollback() {
        try {
            rollback.execute();
        } catch (SQLException ignored) {
            // No transaction was open (SQLite rolled back by itself), or the connection is gone:
            // either way nothing of it was committed.
        } finally {
            if (writeLock.isHeldByCurrentThread()) {
                writeLock.unlock();
            }
        }
    }
}
