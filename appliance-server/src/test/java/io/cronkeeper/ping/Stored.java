package io.cronkeeper.ping;

import io.cronkeeper.TestServer;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckMapper;
import io.cronkeeper.check.CheckDao;
import io.cronkeeper.store.Micros;
import java.time.Instant;
import java.util.List;

/** What pings left in SQLite, read straight from the tables; times are epoch microseconds. */
final class Stored {
    private final TestServer server;

    Stored(TestServer server) {
        this.server = server;
    }

    record Flip(long created, String oldStatus, String newStatus, String reason) {
    }

    Check check(String uuid) {
        return server.jdbi().withExtension(CheckDao.class, dao -> dao.byUuid(uuid)).orElseThrow();
    }

    /** The check's pings, oldest first. */
    List<StoredPing> pings(String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT p.* FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :uuid ORDER BY p.n""")
            .bind("uuid", uuid)
            .map((rs, ctx) -> new StoredPing(rs.getLong("id"), rs.getLong("check_id"), rs.getLong("n"),
                rs.getLong("created"), rs.getString("kind"), rs.getString("scheme"), rs.getString("remote_addr"),
                rs.getString("method"), rs.getString("ua"), rs.getBytes("body"),
                rs.getObject("exitstatus") == null ? null : rs.getInt("exitstatus"), rs.getString("rid"),
                rs.getObject("body_received") == null ? null : rs.getLong("body_received")))
            .list());
    }

    /** The only ping of a check; fails when there is not exactly one. */
    StoredPing onlyPing(String uuid) {
        List<StoredPing> all = pings(uuid);
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one ping, found " + all.size());
        }
        return all.getFirst();
    }

    StoredPing lastPing(String uuid) {
        return pings(uuid).getLast();
    }

    /** Whether the body column holds a BLOB, as opposed to NULL. */
    boolean bodyIsNull(String uuid, long n) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT p.body IS NULL FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :uuid AND p.n = :n""")
            .bind("uuid", uuid).bind("n", n).mapTo(Boolean.class).one());
    }

    List<Flip> flips(String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT f.* FROM flip f JOIN check_ c ON c.id = f.check_id WHERE c.uuid = :uuid ORDER BY f.id""")
            .bind("uuid", uuid)
            .map((rs, ctx) -> new Flip(rs.getLong("created"), rs.getString("old_status"), rs.getString("new_status"),
                rs.getString("reason")))
            .list());
    }

    List<Check> checksWithSlug(String slug) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT * FROM check_ WHERE slug = :slug ORDER BY id")
            .bind("slug", slug)
            .map(new CheckMapper())
            .list());
    }

    /** There is no pause API yet; tests pause a check the way the future endpoint will store it. */
    void pause(String uuid) {
        server.jdbi().useHandle(h -> h.createUpdate("""
                UPDATE check_ SET status = 'paused', alert_after = NULL, last_start = NULL WHERE uuid = :uuid""")
            .bind("uuid", uuid).execute());
    }

    static long micros(Instant instant) {
        return Micros.of(instant);
    }
}
