package io.cronkeeper.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Cron and OnCalendar expressions as checks use them: parsed once and cached (the monitor and
 * the ping path evaluate the same few expressions over and over), evaluated in the check's zone.
 */
public final class Schedules {
    /** Healthchecks validates a schedule by asking for its next time after this moment. */
    private static final ZonedDateTime VALIDATION_BASE = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, CronExpression> CRON = new ConcurrentHashMap<>();
    private static final Map<String, OnCalendarExpression> ON_CALENDAR = new ConcurrentHashMap<>();

    private Schedules() {
    }

    /** Reference §4.5: one line of exactly five fields is cron; anything else is OnCalendar. */
    public static boolean isCron(String schedule) {
        String trimmed = schedule.strip();
        return !trimmed.contains("\n") && WHITESPACE.split(trimmed).length == 5;
    }

    /** Valid when it parses and yields a time after 2000-01-01, as Healthchecks requires. */
    public static boolean valid(String schedule) {
        return problem(schedule).isEmpty();
    }

    /** What is wrong with an expression, in the parser's words; empty when it is usable. */
    public static Optional<String> problem(String schedule) {
        try {
            boolean any = (isCron(schedule) ? cron(schedule).nextAfter(VALIDATION_BASE)
                : onCalendar(schedule).nextAfter(VALIDATION_BASE)).isPresent();
            return any ? Optional.empty() : Optional.of("the expression never matches a time");
        } catch (InvalidScheduleException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The first cron fire time strictly after {@code after}, in zone {@code tz}. */
    public static Optional<Instant> nextCron(String expression, String tz, Instant after) {
        return cron(expression).nextAfter(after.atZone(ZoneId.of(tz))).map(ZonedDateTime::toInstant);
    }

    /** The first OnCalendar elapse strictly after {@code after}, in zone {@code tz}. */
    public static Optional<Instant> nextOnCalendar(String expression, String tz, Instant after) {
        return onCalendar(expression).nextAfter(after.atZone(ZoneId.of(tz))).map(ZonedDateTime::toInstant);
    }

    private static CronExpression cron(String expression) {
        CronExpression cached = CRON.get(expression);
        if (cached != null) {
            return cached;
        }
        CronExpression parsed = CronExpression.parse(expression);
        if (CRON.size() >= CACHE_LIMIT) {
            CRON.clear();
        }
        CRON.put(expression, parsed);
        return parsed;
    }

    private static OnCalendarExpression onCalendar(String expression) {
        OnCalendarExpression cached = ON_CALENDAR.get(expression);
        if (cached != null) {
            return cached;
        }
        OnCalendarExpression parsed = OnCalendarExpression.parse(expression);
        if (ON_CALENDAR.size() >= CACHE_LIMIT) {
            ON_CALENDAR.clear();
        }
        ON_CALENDAR.put(expression, parsed);
        return parsed;
    }
}
