package io.cronkeeper.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import io.cronkeeper.schedule.Schedules;

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
     * The moment a check last pinged at {@code lastPing} becomes late, or empty for never (an
     * OnCalendar date in the past). Cron and OnCalendar count strictly after the last ping, so a
     * ping a little before its slot counts for that slot (reference §3.2).
     */
    static Optional<Instant> nextExpected(Schedule schedule, Instant lastPing) {
        return switch (schedule) {
            case Simple s -> Optional.of(lastPing.plus(s.timeout()));
            case Cron c -> Schedules.nextCron(c.expression(), c.tz(), lastPing);
            case OnCalendar o -> Schedules.nextOnCalendar(o.expression(), o.tz(), lastPing);
        };
    }
}
