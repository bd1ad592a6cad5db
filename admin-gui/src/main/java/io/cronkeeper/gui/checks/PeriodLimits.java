package io.cronkeeper.gui.checks;

import java.util.Optional;
import java.util.OptionalLong;

/** The bounds the server puts on period and grace (1 min to 365 days), checked while typing. */
final class PeriodLimits {
    private static final long MIN = 60;
    private static final long MAX = 31_536_000;

    private PeriodLimits() {
    }

    /** What is wrong with {@code text} as a value of {@code field}; empty when it is fine. */
    static Optional<String> problem(String field, String text) {
        OptionalLong s = DurationText.seconds(text);
        if (s.isEmpty()) {
            return Optional.of("not a duration: write e.g. 90 s, 5 min, 1 h 30 min or 2 d");
        }
        if (s.getAsLong() < MIN) {
            return Optional.of(field + " is too small: at least 1 min");
        }
        if (s.getAsLong() > MAX) {
            return Optional.of(field + " is too large: at most 365 d");
        }
        return Optional.empty();
    }
}
