package io.cronkeeper.ping;

import io.cronkeeper.check.Check;

/**
 * One check in the writer's {@link CheckCache}: the row as it was loaded, which pings never
 * change, and the fields pings do change, kept as primitives and overwritten in place. Nullable
 * times use {@link #NONE}, so an update stores no new objects into this long-lived one.
 */
final class CachedCheck {
    private static final long NONE = Long.MIN_VALUE;

    private final Check loaded;
    private String status;
    private long nPings;
    private long lastPing;
    private long lastStart;
    private String lastStartRid;
    private long lastDuration;
    private long alertAfter;
    private boolean hasConfirmationLink;
    private int failStreak;
    private long nextNag;

    CachedCheck(Check loaded) {
        this.loaded = loaded;
        update(loaded.pingState());
    }

    /** Whether {@code check} is this row with other ping fields (the writer's own change). */
    boolean isRowOf(Check check) {
        return loaded.id() == check.id();
    }

    void update(Check.PingState s) {
        status = s.status();
        nPings = s.nPings();
        lastPing = unbox(s.lastPing());
        lastStart = unbox(s.lastStart());
        lastStartRid = s.lastStartRid();
        lastDuration = unbox(s.lastDuration());
        alertAfter = unbox(s.alertAfter());
        hasConfirmationLink = s.hasConfirmationLink();
        failStreak = s.failStreak();
        nextNag = unbox(s.nextNag());
    }

    /** The check as it is now; a short-lived copy for one ping. */
    Check current() {
        return loaded.with(new Check.PingState(status, nPings, box(lastPing), box(lastStart), lastStartRid,
            box(lastDuration), box(alertAfter), hasConfirmationLink, failStreak, box(nextNag)));
    }

    private static long unbox(Long value) {
        return value == null ? NONE : value;
    }

    private static Long box(long value) {
        return value == NONE ? null : value;
    }
}
