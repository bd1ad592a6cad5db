package io.cronkeeper.outbox;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Notification.class)
@RegisterConstructorMapper(DeliveryAttempt.class)
public interface OutboxDao {
    /**
     * One row per channel of the check, except channels still waiting for their settings (imported
     * ones: they could not send anyway). The unique index makes a second enqueue of the same
     * alert a no-op, so a retried transaction can never queue it twice.
     */
    @SqlUpdate("""
        INSERT INTO notification (flip_id, channel_id, check_id, kind, due, state, next_attempt, created)
        SELECT :flipId, cc.channel_id, :checkId, :kind, :due, :state, :due, :created
        FROM check_channel cc JOIN channel ch ON ch.id = cc.channel_id
        WHERE cc.check_id = :checkId AND ch.needs_settings = 0
        ON CONFLICT DO NOTHING""")
    int enqueue(@Bind("flipId") long flipId, @Bind("checkId") long checkId, @Bind("kind") String kind,
                @Bind("due") long due, @Bind("state") String state, @Bind("created") long created);

    /**
     * Marks up to {@code limit} due rows as being sent, so that no other worker takes them, until
     * {@code leaseUntil}: a row still "sending" then belongs to a node that died mid-delivery (or a
     * send that failed unexpectedly), and is claimed again. With PostgreSQL the rows another node
     * is claiming are skipped, and the outer {@code state} test is re-checked on a row that another
     * node claimed first, so one row is never claimed twice.
     */
    @SqlQuery("""
        UPDATE notification SET state = 'sending', attempts = attempts + 1, next_attempt = :leaseUntil
        WHERE id IN (SELECT id FROM notification WHERE state IN ('pending', 'sending') AND next_attempt <= :now
                     ORDER BY next_attempt LIMIT :limit <lockSkipLocked>)
          AND state IN ('pending', 'sending') AND next_attempt <= :now
        RETURNING *""")
    List<Notification> claimDue(@Bind("now") long now, @Bind("leaseUntil") long leaseUntil, @Bind("limit") int limit);

    /** When the next alert is due, or the next claim's lease runs out. */
    @SqlQuery("""
        SELECT min(t) FROM (SELECT min(next_attempt) AS t FROM notification WHERE state = 'pending'
                            UNION ALL SELECT min(next_attempt) AS t FROM notification WHERE state = 'sending') AS due""")
    Optional<Long> nextAttempt();

    /** Alerts waiting to be sent or being sent (health's queue depth). */
    @SqlQuery("SELECT count(*) FROM notification WHERE state IN ('pending', 'sending')")
    long unsent();

    /**
     * Only while the claim is still the caller's ({@code attempts} as claimed): a node whose
     * lease ran out while it was sending (stalled, or cut off) may not undo the result of the
     * node that claimed the row after it, e.g. put a sent alert back in the queue.
     */
    @SqlUpdate("""
        UPDATE notification SET state = :state, finished = :at, next_attempt = NULL
        WHERE id = :id AND state = 'sending' AND attempts = :attempts""")
    int finish(@Bind("id") long id, @Bind("attempts") int attempts, @Bind("state") String state, @Bind("at") long at);

    /** Like {@link #finish}, only for the claim's holder. */
    @SqlUpdate("""
        UPDATE notification SET state = 'pending', next_attempt = :at
        WHERE id = :id AND state = 'sending' AND attempts = :attempts""")
    int retryAt(@Bind("id") long id, @Bind("attempts") int attempts, @Bind("at") long at);

    /**
     * After a crash mid-delivery: those rows are tried again at once (at least once beats never).
     * Only where one process owns the database: with several nodes a starting node would take
     * the alerts the others are sending; there the claims' leases run out instead.
     */
    @SqlUpdate("UPDATE notification SET state = 'pending' WHERE state = 'sending'")
    int releaseClaims();

    /** The attempt's log entry and the row's new state, in one transaction (one commit). */
    @org.jdbi.v3.sqlobject.transaction.Transaction
    default void recordAttempt(Notification n, long at, boolean delivered, Integer statusCode, String error,
                               String status, String nextState, Long retryAt) {
        logAttempt(n.channelId(), n.id(), n.checkId(), n.kind(), status, at, delivered, statusCode, error);
        if (retryAt != null) {
            retryAt(n.id(), n.attempts(), retryAt);
        } else {
            finish(n.id(), n.attempts(), nextState, at);
        }
    }

    @SqlUpdate("""
        INSERT INTO delivery_attempt (channel_id, notification_id, check_id, kind, status, created, delivered,
            status_code, error)
        VALUES (:channelId, :notificationId, :checkId, :kind, :status, :created, :delivered, :statusCode, :error)""")
    void logAttempt(@Bind("channelId") long channelId, @Bind("notificationId") Long notificationId,
                    @Bind("checkId") Long checkId, @Bind("kind") String kind, @Bind("status") String status,
                    @Bind("created") long created, @Bind("delivered") boolean delivered,
                    @Bind("statusCode") Integer statusCode, @Bind("error") String error);

    @SqlQuery("SELECT * FROM delivery_attempt WHERE channel_id = :channelId ORDER BY id DESC LIMIT :limit")
    List<DeliveryAttempt> attemptsOfChannel(@Bind("channelId") long channelId, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM notification WHERE check_id = :checkId ORDER BY id DESC LIMIT :limit")
    List<Notification> ofCheck(@Bind("checkId") long checkId, @Bind("limit") int limit);
}
