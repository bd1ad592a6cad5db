package io.cronkeeper.ping;

import io.cronkeeper.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * With PostgreSQL, locks every check a batch is about to ping, in id order, before the batch
 * reads any of them. Each ping also locks its check as it reads it ({@link HotStatements}), but
 * in the order the pings arrived: two nodes whose batches share two checks would then take them
 * in opposite orders, and PostgreSQL would abort one batch as a deadlock, after waiting a
 * second for it. In one order they only queue. SQLite has one writer: nothing to order.
 *
 * <p>A slug pinged with {@code ?create=1} is locked by name first (an advisory lock on the ping
 * key and slug, held to the end of the transaction), as there is no row to lock yet: otherwise
 * two nodes could each find no check and each make one, leaving the slug ambiguous.
 */
final class BatchLocks {
    /** Ids first through the indexes, then locked in order: the outer ORDER BY sorts before locking. */
    private static final String LOCK = """
        SELECT id FROM check_ WHERE id IN (
            SELECT id FROM check_ WHERE uuid = ANY (?)
            UNION
            SELECT c.id FROM check_ c JOIN project p ON p.id = c.project_id
            JOIN unnest(?::text[], ?::text[]) AS t (ping_key, slug) ON p.ping_key = t.ping_key AND c.slug = t.slug)
        ORDER BY id
        FOR UPDATE""";

    /** The advisory locks' first key, so that they cannot meet anyone else's. */
    private static final int PROVISIONING = 0x636b_7031;
    /** In the order of the lock keys themselves, so that two names with one hash cannot cross. */
    private static final String LOCK_SLUGS = "SELECT pg_advisory_xact_lock(" + PROVISIONING + ", h)"
        + " FROM (SELECT DISTINCT hashtext(name) AS h FROM unnest(?::text[]) AS t (name) ORDER BY h) AS keys";

    private final Connection connection;
    private final PreparedStatement lock;
    private final PreparedStatement lockSlugs;

    private BatchLocks(Connection connection, PreparedStatement lock, PreparedStatement lockSlugs) {
        this.connection = connection;
        this.lock = lock;
        this.lockSlugs = lockSlugs;
    }

    static BatchLocks prepare(Handle h, Dialect dialect) {
        if (dialect != Dialect.POSTGRES) {
            return new BatchLocks(null, null, null);
        }
        try {
            Connection c = h.getConnection();
            return new BatchLocks(c, c.prepareStatement(LOCK), c.prepareStatement(LOCK_SLUGS));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the batch's lock statement", e);
        }
    }

    /** Inside the batch's transaction, before its first ping is recorded. */
    void lock(List<PingRequest> requests) {
        if (lock == null) {
            return;
        }
        Set<String> uuids = new LinkedHashSet<>();
        Set<List<String>> slugs = new LinkedHashSet<>();
        Set<String> provisioned = new LinkedHashSet<>();
        for (PingRequest r : requests) {
            switch (r.target()) {
                case PingTarget.ByUuid u -> uuids.add(u.uuid());
                case PingTarget.BySlug s -> {
                    slugs.add(List.of(s.pingKey(), s.slug()));
                    if (s.create()) {
                        provisioned.add(s.pingKey() + "/" + s.slug());
                    }
                }
            }
        }
        try {
            // Names before rows, each in one order, in every batch.
            if (!provisioned.isEmpty()) {
                lockSlugs.setArray(1, connection.createArrayOf("text", provisioned.toArray()));
                try (ResultSet rs = lockSlugs.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
            if (uuids.size() + slugs.size() < 2) {
                // One check: its ping's own lock has nothing to be out of order with.
                return;
            }
            lock.setArray(1, connection.createArrayOf("text", uuids.toArray()));
            lock.setArray(2, connection.createArrayOf("text", slugs.stream().map(List::getFirst).toArray()));
            lock.setArray(3, connection.createArrayOf("text", slugs.stream().map(List::getLast).toArray()));
            try (ResultSet rs = lock.executeQuery()) {
                // Locked once the query has run; the ids themselves are not needed.
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
