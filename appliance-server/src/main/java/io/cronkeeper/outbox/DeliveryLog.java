package io.cronkeeper.outbox;

import io.cronkeeper.channel.Channel;
import io.cronkeeper.check.Check;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** What happened to alerts: per channel, every attempt; per check, every queued alert. */
public final class DeliveryLog {
    /** The last attempts kept on view; older ones stay stored but are not listed. */
    public static final int LIMIT = 100;

    private final Jdbi jdbi;

    public DeliveryLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<DeliveryAttempt> attempts(Channel channel) {
        return jdbi.withExtension(OutboxDao.class, dao -> dao.attemptsOfChannel(channel.id(), LIMIT));
    }

    public List<Notification> notifications(Check check) {
        return jdbi.withExtension(OutboxDao.class, dao -> dao.ofCheck(check.id(), LIMIT));
    }
}
