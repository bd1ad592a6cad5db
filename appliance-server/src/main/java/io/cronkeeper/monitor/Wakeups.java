package io.cronkeeper.monitor;

/**
 * How writers tell the background loops that there is new work: the monitor sleeps until the
 * earliest deadline it knows, and the dispatcher until the next queued alert, so a change that
 * brings either closer must wake them.
 */
public interface Wakeups {
    Wakeups NONE = new Wakeups() {
        @Override
        public void deadline(long micros) {
        }

        @Override
        public void alertsQueued() {
        }
    };

    /** A check's deadline ({@code alert_after} or a repeat) is now at {@code micros}. */
    void deadline(long micros);

    /** Alerts were committed to the outbox. */
    void alertsQueued();
}
