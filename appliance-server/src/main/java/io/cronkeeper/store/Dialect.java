package io.cronkeeper.store;

/**
 * The two stores (issue 17). Most SQL is written once and runs on both; what differs is named
 * here or behind a Jdbi define ({@code <lockSkipLocked>}, {@code <lockForUpdate>}, see {@link Database}), never in a copy of a DAO.
 */
public enum Dialect {
    /** One process on one file: the process's write lock orders its writers. */
    SQLITE("/db/migration/", "BEGIN IMMEDIATE"),
    /** Any number of nodes on one database: row locks order the writers. */
    POSTGRES("/db/postgresql/", "BEGIN");

    private final String migrations;
    private final String begin;

    Dialect(String migrations, String begin) {
        this.migrations = migrations;
        this.begin = begin;
    }

    /** The resource folder of this dialect's migrations, each listed in its {@code migrations.txt}. */
    String migrations() {
        return migrations;
    }

    /** How the ping writer starts a transaction. */
    String begin() {
        return begin;
    }

    /**
     * Appended to a SELECT of rows the caller will update: with several nodes, a row one node is
     * working on is locked for the others, who skip it rather than wait (the monitor's due checks,
     * the outbox's due alerts). SQLite has one writer, so nothing to lock. NO KEY: a row that an
     * insert elsewhere names by foreign key (a delivery attempt naming its check) holds a key-share
     * lock, which FOR UPDATE counted as busy: the monitor skipped a due check for as long as an
     * alert of it was being recorded (AlertOptionsTest on PostgreSQL, a nag one pass late).
     */
    public String lockSkipLocked() {
        return this == POSTGRES ? "FOR NO KEY UPDATE SKIP LOCKED" : "";
    }

    /**
     * Appended to a SELECT of a row that orders a check-then-write (a {@code unique} create
     * looks for its match, then inserts): others doing the same wait for the commit. NO KEY: an
     * insert whose foreign key names the row need not wait. SQLite's writers are ordered already.
     */
    public String lockForUpdate() {
        return this == POSTGRES ? "FOR NO KEY UPDATE" : "";
    }
}
