package io.cronkeeper.outbox;

import io.cronkeeper.check.Check;
import io.cronkeeper.store.Micros;
import java.time.Instant;

/**
 * Queues alerts inside the transaction that records the state change, so an alert exists
 * exactly when its flip does. Called by the ping writer and by the monitor.
 */
public final class Outbox {
    public static final String ALERT = "alert";
    public static final String NAG = "nag";

    private Outbox() {
    }

    /**
     * Reference §1.7: a flip to down notifies, and so does a recovery from down; an "up" after a
     * new or paused check does not, and pause/resume flips never reach here.
     */
    public static boolean notifies(String oldStatus, String newStatus) {
        return newStatus.equals("down") || (newStatus.equals("up") && oldStatus.equals("down"));
    }

    /**
     * @param check  the check after the change (its snooze decides whether the alert is held back)
     * @param flipAt the flip's time (a timeout's exact deadline); {@code now} is when it was found
     */
    public static void flipped(OutboxDao dao, Check check, long flipId, String oldStatus, String newStatus,
                               Instant flipAt, Instant now) {
        if (notifies(oldStatus, newStatus)) {
            enqueue(dao, check, flipId, ALERT, flipAt, now);
        }
    }

    /** A repeated alert for a check that is still down; {@code due} is the nag's own deadline. */
    public static void nag(OutboxDao dao, Check check, long downFlipId, Instant due, Instant now) {
        enqueue(dao, check, downFlipId, NAG, due, now);
    }

    private static void enqueue(OutboxDao dao, Check check, long flipId, String kind, Instant due, Instant now) {
        String state = check.alerting().snoozedAt(now) ? "snoozed" : "pending";
        dao.enqueue(flipId, check.id(), kind, Micros.of(due), state, Micros.of(now));
    }
}
