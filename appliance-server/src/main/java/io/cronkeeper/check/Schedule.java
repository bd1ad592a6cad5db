package io.cronkeeper.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a check expects its next ping. Simple checks expect one every {@code timeout}; cron and
 * OnCalendar checks follow an expression in a time zone.
 */
public sealed interface Schedule {

    record Simple(Duration timeout) implements Schedule {
    }

    record Cron(String expression, String tz) implements Schedule {
    }

    record OnCalendar(String expression, String tz) implements Schedule {
    }

    static Schedule of(String kind, Duration timeout, String expression, String tz) {
        return switch (kind) {
            case "cron" -> new Cron(expression, tz);
            case "oncalendar" -> new OnCalendar(expression, tz);
            default -> new Simple(timeout);
        };
    }

    /**
     * The moment a check last pinged at {@code lastPing} becomes late, or empty for never.
     * Cron and OnCalendar evaluation is supplied by the schedule engine; until it is wired in,
     * checks of those kinds cannot be created (the API refuses them), so none exist here.
     */
    static Optional<Instant> nextExpected(Schedule schedule, Instant lastPing) {
        return switch (schedule) {
            case Simple s -> Optional.of(lastPing.plus(s.timeout()));
            case Cron c -> throw new UnsupportedOperationException("cron schedules are not supported yet");
            case OnCalendar o -> throw new UnsupportedOperationException("OnCalendar schedules are not supported yet");
        };
    }
}
