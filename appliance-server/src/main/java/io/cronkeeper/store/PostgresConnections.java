package io.cronkeeper.store;

import io.cronkeeper.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections to the PostgreSQL database outside the pool, with the pool's settings: for a
 * session that must stay one session for a long time, as {@code LISTEN} does (a pooled
 * connection would be handed to others and renewed behind the listener's back).
 */
public final class PostgresConnections {
    private PostgresConnections() {
    }

    /** @param applicationName what {@code pg_stat_activity} shows for it, e.g. {@code cronkeeper-events-listen} */
    public static Connection open(DatabaseSettings.Postgres settings, String applicationName) throws SQLException {
        var ds = PostgresStore.dataSource(settings);
        ds.setApplicationName(applicationName);
        return ds.getConnection();
    }
}
