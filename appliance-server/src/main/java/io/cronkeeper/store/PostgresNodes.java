package io.cronkeeper.store;

import org.jdbi.v3.core.Handle;

/**
 * Which server nodes are connected to a PostgreSQL database: a node's sessions carry the
 * application name {@code cronkeeper}, the CLI's {@code cronkeeper-cli} (see {@link Database#open}).
 * What {@link ServerLock} tells of a data dir, this tells of a shared database.
 */
public final class PostgresNodes {
    private PostgresNodes() {
    }

    /** Sessions of running nodes on this handle's database; 0 when none runs. */
    public static int sessions(Handle h) {
        return h.createQuery("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = :node""")
            .bind("node", PostgresStore.SERVER).mapTo(Integer.class).one();
    }
}
