package io.cronkeeper.monitor;

import java.util.Optional;

/**
 * The earliest {@code sweep_at} and the earliest {@code next_nag} of all checks (epoch micros,
 * null when no check has one), read in one query: on an idle appliance that query is all a
 * monitor pass does.
 */
record Deadlines(Long sweep, Long nag) {
    boolean sweepDue(long nowMicros) {
        return sweep != null && sweep <= nowMicros;
    }

    boolean nagDue(long nowMicros) {
        return nag != null && nag <= nowMicros;
    }

    Optional<Long> earliest() {
        if (sweep == null || nag == null) {
            return Optional.ofNullable(sweep != null ? sweep : nag);
        }
        return Optional.of(Math.min(sweep, nag));
    }
}
