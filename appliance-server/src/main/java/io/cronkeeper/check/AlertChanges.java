package io.cronkeeper.check;

import java.util.Optional;

/**
 * Requested changes to a check's {@link AlertOptions}; each is present only when the request
 * gave it. For the optional durations and the snooze, 0 turns the option off.
 */
public record AlertChanges(Optional<Integer> startGrace, Optional<Integer> minRunTime,
                           Optional<Integer> failThreshold, Optional<Integer> repeatEvery,
                           Optional<Long> snoozedUntil) {
    public static final AlertChanges NONE = new AlertChanges(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());

    AlertOptions applyTo(AlertOptions o) {
        return new AlertOptions(
            seconds(startGrace, o.startGrace()),
            seconds(minRunTime, o.minRunTime()),
            failThreshold.orElse(o.failThreshold()),
            seconds(repeatEvery, o.repeatEvery()),
            snoozedUntil.isEmpty() ? o.snoozedUntil() : snoozedUntil.get() == 0 ? null : snoozedUntil.get());
    }

    /** Optional.map cannot yield null, hence the spelled-out "0 turns it off". */
    private static Integer seconds(Optional<Integer> change, Integer current) {
        if (change.isEmpty()) {
            return current;
        }
        return change.get() == 0 ? null : change.get();
    }
}
