package io.cronkeeper.monitor;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckStatus;
import io.cronkeeper.check.Nags;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import io.cronkeeper.events.FlipEvent;
import io.cronkeeper.outbox.Outbox;
import io.cronkeeper.outbox.OutboxDao;
import io.cronkeeper.store.Micros;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One pass of the monitor (reference §3.4): every check whose deadline has passed is either
 * found down, flipped with reason {@code timeout} at the exact deadline and alerted, or given its
 * recomputed deadline; every due repeat alert is queued. Due checks are taken in batches, each in
 * one transaction, so catching up after downtime costs one commit per batch, not per check.
 */
final class DeadlineSweep {
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final EventBus events;

    DeadlineSweep(Jdbi jdbi, EventBus events) {
        this.jdbi = jdbi;
        this.events = events;
    }

    /** The earliest deadlines now stored; one query. */
    Deadlines deadlines() {
        return jdbi.withExtension(MonitorDao.class, MonitorDao::deadlines);
    }

    /** @param before {@link #deadlines()} read at the start of this pass: only what it says is due is looked at */
    SweepResult run(Instant now, Deadlines before) {
        long started = System.nanoTime();
        long nowMicros = Micros.of(now);
        int examined = 0;
        int down = 0;
        int queued = 0;
        // A write transaction only when something is due, so an idle pass never waits for the
        // write lock. A full batch may leave more behind: take batches until one comes back short.
        if (before.sweepDue(nowMicros)) {
            int[] counts;
            do {
                List<Event> out = new ArrayList<>();
                counts = jdbi.inTransaction(h -> overdueBatch(h, now, nowMicros, out));
                out.forEach(events::publish);
                examined += counts[0];
                down += counts[1];
            } while (counts[0] == BATCH);
        }
        if (before.nagDue(nowMicros)) {
            int[] counts;
            do {
                counts = jdbi.inTransaction(h -> nagBatch(h, now, nowMicros));
                examined += counts[0];
                queued += counts[1];
            } while (counts[0] == BATCH);
        }
        return new SweepResult(examined, down, queued + down, System.nanoTime() - started);
    }

    private static int[] overdueBatch(Handle h, Instant now, long nowMicros, List<Event> out) {
        MonitorDao dao = h.attach(MonitorDao.class);
        OutboxDao outbox = h.attach(OutboxDao.class);
        List<Check> due = dao.sweepDue(nowMicros, BATCH);
        int down = 0;
        for (Check c : due) {
            if (c.alertAfter() == null || c.alertAfter() > nowMicros) {
                // Pinged (or paused, or failed) since: sweep_at catches up with the real deadline.
                dao.raiseSweep(c.id());
                continue;
            }
            if (StatusRules.status(c, now, false) != CheckStatus.DOWN) {
                // Early (a stale deadline, or a grace period still running): store the real one.
                Long next = StatusRules.goingDownAfter(c).map(Micros::of).filter(t -> t > nowMicros).orElse(null);
                dao.moveDeadline(c.id(), c.alertAfter(), next);
                continue;
            }
            Instant deadline = StatusRules.goingDownAfter(c).orElse(Micros.toInstant(c.alertAfter()));
            Long nextNag = Nags.firstAfterDown(c, now);
            if (dao.markDown(c.id(), c.alertAfter(), nextNag) == 1) {
                long flipId = dao.insertTimeoutFlip(c.id(), Micros.of(deadline), c.status());
                Check after = c.with(new Check.PingState("down", c.nPings(), c.lastPing(), c.lastStart(),
                    c.lastStartRid(), c.lastDuration(), null, c.hasConfirmationLink(), c.failStreak(), nextNag));
                Outbox.flipped(outbox, after, flipId, c.status(), "down", deadline, now);
                out.add(FlipEvent.of(c.projectId(), c.uuid(), Micros.of(deadline), c.status(), "down", "timeout"));
                down++;
            }
        }
        return new int[] {due.size(), down};
    }

    private static int[] nagBatch(Handle h, Instant now, long nowMicros) {
        MonitorDao dao = h.attach(MonitorDao.class);
        OutboxDao outbox = h.attach(OutboxDao.class);
        List<Check> due = dao.nagsDue(nowMicros, BATCH);
        int queued = 0;
        for (Check c : due) {
            Optional<Long> downFlip = dao.lastDownFlip(c.id());
            if (!c.status().equals("down") || downFlip.isEmpty()) {
                dao.moveNag(c.id(), c.nextNag(), null);
                continue;
            }
            if (c.alerting().snoozedAt(now)) {
                dao.moveNag(c.id(), c.nextNag(), c.alerting().snoozedUntil());
                continue;
            }
            Outbox.nag(outbox, c, downFlip.get(), Micros.toInstant(c.nextNag()), now);
            queued++;
            dao.moveNag(c.id(), c.nextNag(), nextRepeat(c, nowMicros));
        }
        return new int[] {due.size(), queued};
    }

    /** The repeat after this one; after downtime it counts from now rather than firing a burst. */
    private static Long nextRepeat(Check c, long nowMicros) {
        Optional<Duration> every = c.alerting().repeatDuration();
        if (every.isEmpty()) {
            return null;
        }
        long step = every.get().toNanos() / 1000;
        long next = c.nextNag() + step;
        return next > nowMicros ? next : nowMicros + step;
    }
}
