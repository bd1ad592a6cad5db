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
            startGrace.map(AlertChanges::offIfZero).orElse(o.startGrace()),
            minRunTime.map(AlertChanges::offIfZero).orElse(o.minRunTime()),
            failThreshold.orElse(o.failThreshold()),
            repeatEvery.map(AlertChanges::offIfZero).orElse(o.repeatEvery()),
            snoozedUntil.map(v -> v == 0 ? null : v).orElse(o.snoozedUntil()));
    }

    private static Integer offIfZero(int seconds) {
        return seconds == 0 ? null : seconds;
    }
}
