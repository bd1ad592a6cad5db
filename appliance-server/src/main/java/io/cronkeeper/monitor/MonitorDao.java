package io.cronkeeper.monitor;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckMapper;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The monitor's queries. Each one is answered from a partial index on a deadline column, so
 * the cost of a sweep follows the number of due checks, never the number of checks. Deadlines
 * are found through {@code sweep_at}, a lower bound of {@code alert_after} (migration V4): a
 * check it brings up may not be due yet, and then only has its {@code sweep_at} raised. With
 * PostgreSQL every node runs a monitor: a due check one node has locked is skipped by the others,
 * and each write is a compare-and-set, so a flip happens once however many monitors see it.
 */
@RegisterRowMapper(CheckMapper.class)
interface MonitorDao {
    @SqlQuery("""
        SELECT * FROM check_ WHERE sweep_at IS NOT NULL AND sweep_at <= :now
        ORDER BY sweep_at LIMIT :limit <lockSkipLocked>""")
    List<Check> sweepDue(@Bind("now") long now, @Bind("limit") int limit);

    @SqlQuery("""
        SELECT * FROM check_ WHERE next_nag IS NOT NULL AND next_nag <= :now
        ORDER BY next_nag LIMIT :limit <lockSkipLocked>""")
    List<Check> nagsDue(@Bind("now") long now, @Bind("limit") int limit);

    @SqlQuery("""
        SELECT (SELECT min(sweep_at) FROM check_ WHERE sweep_at IS NOT NULL) AS sweep,
               (SELECT min(next_nag) FROM check_ WHERE next_nag IS NOT NULL) AS nag""")
    @RegisterConstructorMapper(Deadlines.class)
    Deadlines deadlines();

    /** A deadline that moved later (or away) since sweep_at was set: look again at the real one. */
    @SqlUpdate("UPDATE check_ SET sweep_at = alert_after WHERE id = :id")
    void raiseSweep(@Bind("id") long id);

    /** Compare-and-set: only if nothing (a ping, an edit) moved the deadline since it was read. */
    @SqlUpdate("UPDATE check_ SET alert_after = :next, sweep_at = :next WHERE id = :id AND alert_after = :seen")
    int moveDeadline(@Bind("id") long id, @Bind("seen") long seen, @Bind("next") Long next);

    @SqlUpdate("""
        UPDATE check_ SET status = 'down', alert_after = NULL, sweep_at = NULL, next_nag = :nextNag
        WHERE id = :id AND alert_after = :seen AND status <> 'down'""")
    int markDown(@Bind("id") long id, @Bind("seen") long seen, @Bind("nextNag") Long nextNag);

    @SqlQuery("""
        INSERT INTO flip (check_id, created, old_status, new_status, reason, processed)
        VALUES (:checkId, :created, :oldStatus, 'down', 'timeout', :created) RETURNING id""")
    long insertTimeoutFlip(@Bind("checkId") long checkId, @Bind("created") long created,
                           @Bind("oldStatus") String oldStatus);

    @SqlQuery("SELECT id FROM flip WHERE check_id = :checkId AND new_status = 'down' ORDER BY id DESC LIMIT 1")
    Optional<Long> lastDownFlip(@Bind("checkId") long checkId);

    @SqlUpdate("UPDATE check_ SET next_nag = :next WHERE id = :id AND next_nag = :seen")
    int moveNag(@Bind("id") long id, @Bind("seen") long seen, @Bind("next") Long next);
}
