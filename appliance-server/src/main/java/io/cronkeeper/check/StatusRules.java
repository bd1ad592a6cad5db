package io.cronkeeper.check;

import java.time.Instant;
import java.util.Optional;

/**
 * The status logic of Healthchecks (reference §3.2-§3.3), derived from stored fields and a
 * given moment so that tests move a clock instead of sleeping.
 */
public final class StatusRules {
    private StatusRules() {
    }

    /** {@code get_grace_start}: when the check becomes late, or empty. */
    public static Optional<Instant> graceStart(Check check, boolean withStarted) {
        StoredStatus stored = check.storedStatus();
        Optional<Instant> fromSchedule = Optional.empty();
        if (stored == StoredStatus.UP && check.lastPingAt().isPresent()) {
            fromSchedule = Schedule.nextExpected(check.scheduleSpec(), check.lastPingAt().get());
        }
        if (withStarted && check.lastStartAt().isPresent() && stored != StoredStatus.DOWN) {
            Instant start = check.lastStartAt().get();
            return Optional.of(fromSchedule.filter(s -> s.isBefore(start)).orElse(start));
        }
        return fromSchedule;
    }

    /**
     * {@code going_down_after}: the deadline stored as {@code alert_after}. Healthchecks adds the
     * grace time to {@code min(schedule, last_start)}; with a separate start grace the two ends
     * get their own allowance, which is the same thing when start grace is unset.
     */
    public static Optional<Instant> goingDownAfter(Check check) {
        Optional<Instant> late = graceStart(check, false).map(gs -> gs.plus(check.graceDuration()));
        Optional<Instant> overrun = check.lastStartAt().filter(s -> check.storedStatus() != StoredStatus.DOWN)
            .map(s -> s.plus(check.startGraceDuration()));
        if (late.isPresent() && overrun.isPresent()) {
            return Optional.of(late.get().isBefore(overrun.get()) ? late.get() : overrun.get());
        }
        return late.or(() -> overrun);
    }

    /** {@code get_status}: {@code started} only when asked for (API v1 and the admin app). */
    public static CheckStatus status(Check check, Instant now, boolean withStarted) {
        Optional<Instant> lastStart = check.lastStartAt();
        if (lastStart.isPresent()) {
            if (!now.isBefore(lastStart.get().plus(check.startGraceDuration()))) {
                return CheckStatus.DOWN;
            } else if (withStarted) {
                return CheckStatus.STARTED;
            }
        }
        StoredStatus stored = check.storedStatus();
        switch (stored) {
            case NEW:
                return CheckStatus.NEW;
            case PAUSED:
                return CheckStatus.PAUSED;
            case DOWN:
                return CheckStatus.DOWN;
            case UP:
                break;
        }
        Optional<Instant> gs = graceStart(check, false);
        if (gs.isEmpty()) {
            return CheckStatus.UP;
        }
        if (!now.isBefore(gs.get().plus(check.graceDuration()))) {
            return CheckStatus.DOWN;
        }
        return now.isBefore(gs.get()) ? CheckStatus.UP : CheckStatus.GRACE;
    }
}
