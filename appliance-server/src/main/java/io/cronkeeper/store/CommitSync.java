package io.cronkeeper.store;

import java.io.IOException;

/**
 * What the ping writer does after each commit before it answers: with SQLite, an {@code fdatasync}
 * of the WAL ({@link WalSync}); with PostgreSQL, nothing, since {@code COMMIT} returns only once
 * the server has flushed its log ({@code synchronous_commit=on}).
 */
public interface CommitSync extends AutoCloseable {
    CommitSync NONE = new CommitSync() {
        @Override
        public void sync() {
        }

        @Override
        public void close() {
        }
    };

    /** Every commit made before this call is on stable storage when it returns. */
    void sync() throws IOException;

    @Override
    void close();
}
