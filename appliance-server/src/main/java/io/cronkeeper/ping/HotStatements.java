package io.cronkeeper.ping;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.cronkeeper.store.Dialect;
import org.jdbi.v3.core.Handle;

/**
 * The statements every ping runs, prepared once on the writer's connection and reused.
 * Through Jdbi each of them cost tens of microseconds of binding and mapping work per call,
 * which capped the single writer thread; as plain prepared statements the whole ping costs a
 * fraction of that. Everything that runs rarely (flips, pruning, auto-provisioning) stays in
 * the Jdbi DAOs.
 */
final class HotStatements {
    private static final CheckMapper CHECKS = new CheckMapper();

    private final PreparedStatement byUuid;
    private final PreparedStatement bySlug;
    /** The ping state's UPDATE, plus next_nag (index bit 1) and/or sweep_at (index bit 2). */
    private final PreparedStatement[] updateCheck = new PreparedStatement[4];
    private final PreparedStatement insertPing;
    private final PreparedStatement dataVersion;
    private final PreparedStatement deletePingsUpTo;
    private final PreparedStatement insertFlip;
    private final PreparedStatement pruneFlips;

    /** With PostgreSQL, other nodes change check rows too: see {@link #dataVersion()}. */
    private final boolean sharedDatabase;
    private long batches;

    HotStatements(Handle handle, Dialect dialect) {
        Connection c = handle.getConnection();
        sharedDatabase = dialect == Dialect.POSTGRES;
        // With PostgreSQL a check is locked as its batch first reads it, so that two nodes pinging
        // one check take turns: each reads the other's committed n_pings, and numbering stays gapless.
        String lock = sharedDatabase ? " FOR UPDATE" : "";
        try {
            byUuid = c.prepareStatement("SELECT * FROM check_ WHERE uuid = ?" + lock);
            bySlug = c.prepareStatement("""
                SELECT c.* FROM check_ c JOIN project p ON p.id = c.project_id
                WHERE p.ping_key = ? AND c.slug = ? ORDER BY c.id LIMIT 2""" + (sharedDatabase ? " FOR UPDATE OF c" : ""));
            // next_nag and sweep_at are indexed and rarely change (a flip; a deadline brought
            // earlier), so most pings leave them out of the update: SQLite maintains an index
            // whenever one of its columns is assigned, even to the value it had.
            for (int variant = 0; variant < updateCheck.length; variant++) {
                updateCheck[variant] = c.prepareStatement("""
                    UPDATE check_ SET status = ?, n_pings = ?, last_ping = ?, last_start = ?, last_start_rid = ?,
                        last_duration = ?, alert_after = ?, has_confirmation_link = ?, fail_streak = ?"""
                    + ((variant & 1) != 0 ? ", next_nag = ?" : "")
                    + ((variant & 2) != 0 ? ", sweep_at = ?" : "")
                    + " WHERE id = ?");
            }
            insertPing = c.prepareStatement("""
                INSERT INTO ping (check_id, n, created, kind, scheme, remote_addr, method, ua, body, exitstatus, rid,
                    body_received)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            dataVersion = sharedDatabase ? null : c.prepareStatement("PRAGMA data_version");
            deletePingsUpTo = c.prepareStatement("DELETE FROM ping WHERE check_id = ? AND n <= ?");
            // Alerts are queued in the same transaction, so the flip is processed as it is stored.
            insertFlip = c.prepareStatement("""
                INSERT INTO flip (check_id, created, old_status, new_status, reason, processed)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""");
            // Flips are kept as far back as the oldest remaining ping (the lowest n, as Healthchecks
            // takes the earliest id), and at least since keepSince. One index seek; min(created)
            // read every kept ping of the check. (x < min(a, b), written so that both dialects read it.)
            pruneFlips = c.prepareStatement("""
                DELETE FROM flip WHERE check_id = ? AND created < ?
                  AND created < coalesce((SELECT created FROM ping WHERE check_id = ? ORDER BY n LIMIT 1), ?)""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare ping statements", e);
        }
    }

    Optional<Check> checkByUuid(String uuid) {
        try {
            byUuid.setString(1, uuid);
            List<Check> found = checks(byUuid);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Check> checksBySlug(String pingKey, String slug) {
        try {
            bySlug.setString(1, pingKey);
            bySlug.setString(2, slug);
            return checks(bySlug);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param nagChanged   whether the batch moved {@code next_nag} (only a flip does)
     * @param sweepLowered whether {@code sweep_at} must come down to the new deadline (see
     *                     {@link CheckWrites})
     */
    void updatePingState(Check c, boolean nagChanged, boolean sweepLowered) {
        PreparedStatement s = updateCheck[(nagChanged ? 1 : 0) | (sweepLowered ? 2 : 0)];
        try {
            s.setString(1, c.status());
            s.setLong(2, c.nPings());
            setLong(s, 3, c.lastPing());
            setLong(s, 4, c.lastStart());
            s.setString(5, c.lastStartRid());
            setLong(s, 6, c.lastDuration());
            setLong(s, 7, c.alertAfter());
            s.setInt(8, c.hasConfirmationLink() ? 1 : 0);
            s.setInt(9, c.failStreak());
            int next = 10;
            if (nagChanged) {
                setLong(s, next++, c.nextNag());
            }
            if (sweepLowered) {
                setLong(s, next++, c.alertAfter());
            }
            s.setLong(next, c.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void insertPing(long checkId, long n, long created, String kind, String scheme, String remoteAddr,
                    String method, String ua, byte[] body, long bodyReceived, Integer exitStatus, String rid) {
        try {
            insertPing.setLong(1, checkId);
            insertPing.setLong(2, n);
            insertPing.setLong(3, created);
            insertPing.setString(4, kind);
            insertPing.setString(5, scheme);
            insertPing.setString(6, remoteAddr);
            insertPing.setString(7, method);
            insertPing.setString(8, ua);
            insertPing.setBytes(9, body);
            if (exitStatus == null) {
                insertPing.setNull(10, Types.INTEGER);
            } else {
                insertPing.setInt(10, exitStatus);
            }
            insertPing.setString(11, rid);
            insertPing.setLong(12, bodyReceived);
            insertPing.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes exactly when another connection committed (see {@link CheckCache}). With PostgreSQL
     * there is no such counter and other nodes commit all the time: it changes at every batch, so
     * the cache holds a check only within the batch that locked it.
     */
    long dataVersion() {
        if (sharedDatabase) {
            return ++batches;
        }
        try (ResultSet rs = dataVersion.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Retention: runs once every hundred pings of a check. */
    void deletePingsUpTo(long checkId, long maxN) {
        try {
            deletePingsUpTo.setLong(1, checkId);
            deletePingsUpTo.setLong(2, maxN);
            deletePingsUpTo.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the flip's id */
    long insertFlip(long checkId, long created, String oldStatus, String newStatus, String reason) {
        try {
            insertFlip.setLong(1, checkId);
            insertFlip.setLong(2, created);
            insertFlip.setString(3, oldStatus);
            insertFlip.setString(4, newStatus);
            insertFlip.setString(5, reason);
            insertFlip.setLong(6, created);
            try (ResultSet rs = insertFlip.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void pruneFlips(long checkId, long keepSince) {
        try {
            pruneFlips.setLong(1, checkId);
            pruneFlips.setLong(2, keepSince);
            pruneFlips.setLong(3, checkId);
            pruneFlips.setLong(4, keepSince);
            pruneFlips.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Check> checks(PreparedStatement statement) throws SQLException {
        List<Check> out = new ArrayList<>(2);
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                out.add(CHECKS.map(rs, null));
            }
        }
        return out;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
