package io.cronkeeper.check;

import io.cronkeeper.store.Micros;
import java.time.Instant;

/** When a check that just went down should be alerted about again, if at all. */
public final class Nags {
    private Nags() {
    }

    /**
     * A snoozed check gets one reminder when the snooze ends (if still down then); otherwise the
     * repeat interval counts from the moment the check went down.
     *
     * @return epoch micros, or null for no repeated alert
     */
    public static Long firstAfterDown(Check check, Instant wentDown) {
        AlertOptions options = check.alerting();
        if (options.snoozedAt(wentDown)) {
            return options.snoozedUntil();
        }
        return options.repeatDuration().map(d -> Micros.of(wentDown.plus(d))).orElse(null);
    }
}
