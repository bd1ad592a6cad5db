package io.cronkeeper.ops;

import io.cronkeeper.store.SqliteNative;
import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A plain connection to one SQLite file, outside the server's {@code Database}: no migrations,
 * no pool, and deferred transactions, so a reader never takes the write lock that pings need.
 */
final class SqliteFile {
    private SqliteFile() {
    }

    static Handle open(Path file) {
        SqliteNative.unpackUnder(file.toAbsolutePath().getParent());
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        // Opening must never create a database where none is: a mistyped path is an error.
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READWRITE);
        config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return Jdbi.create(ds).open();
    }

    /** {@code PRAGMA integrity_check}'s findings; empty when the file is sound. */
    static java.util.List<String> integrityProblems(Handle h) {
        var rows = h.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
        return rows.equals(java.util.List.of("ok")) ? java.util.List.of() : rows;
    }
}
