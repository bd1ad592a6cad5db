package io.cronkeeper.store;

import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Every transaction of this process takes one fair lock first. SQLite allows one writer, and
 * our transactions are all {@code BEGIN IMMEDIATE}: without this, an API request waiting for
 * the write lock polls SQLite's busy handler while the ping writer commits batch after batch,
 * and can starve until "database is locked". With it, in-process writers queue in order and
 * only other processes (the CLI) ever wait in SQLite's busy handler.
 */
final class SerializedTransactions extends DelegatingTransactionHandler {
    private final ReentrantLock lock;

    /** @param lock a fair lock shared by every Jdbi instance of the database */
    SerializedTransactions(TransactionHandler delegate, ReentrantLock lock) {
        super(delegate);
        this.lock = lock;
    }

    @Override
    public void begin(Handle handle) {
        lock.lock();
        try {
            super.begin(handle);
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    @Override
    public void commit(Handle handle) {
        try {
            super.commit(handle);
        } finally {
            release();
        }
    }

    @Override
    public void rollback(Handle handle) {
        try {
            super.rollback(handle);
        } finally {
            release();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, callback);
        } finally {
            release();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            release();
        }
    }

    private void release() {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }
}
