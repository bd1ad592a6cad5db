package io.cronkeeper.schedule;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 5-field cron expression (minute hour day-of-month month day-of-week) that evaluates exactly
 * as Healthchecks' cron library, cronsim, does, and so as Debian cron does: the same syntax
 * ({@code L}, {@code LW}, {@code nL}, {@code n#k}, names, steps), the same errors, the same
 * AND/OR rule for the two day fields, and the same handling of DST transitions. Immutable and
 * safe to share between threads.
 */
public final class CronExpression {

    private static final int[] MAX_DAYS = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String expression;
    private final FieldValues minutes;
    private final FieldValues hours;
    private final FieldValues months;
    private final DayRule dayRule;
    private final boolean fixedTime;

    private CronExpression(String expression, List<String> fields) {
        this.expression = expression;
        this.minutes = FieldParser.parse(CronField.MINUTE, fields.get(0));
        this.hours = FieldParser.parse(CronField.HOUR, fields.get(1));
        FieldValues days = FieldParser.parse(CronField.DAY_OF_MONTH, fields.get(2));
        this.months = FieldParser.parse(CronField.MONTH, fields.get(3));
        FieldValues weekdays = FieldParser.parse(CronField.DAY_OF_WEEK, fields.get(4));
        rejectImpossibleDays(days, months, fields.get(2));
        boolean and = fields.get(2).startsWith("*") || fields.get(4).startsWith("*");
        this.dayRule = new DayRule(days, weekdays, and);
        this.fixedTime = !fields.get(0).startsWith("*") && !fields.get(1).startsWith("*");
    }

    /** Parses a 5-field cron expression; throws {@link InvalidScheduleException} saying what is wrong. */
    public static CronExpression parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        List<String> fields = CronText.tokens(expression);
        if (fields.size() != 5) {
            throw new InvalidScheduleException(
                    "Wrong number of fields: a cron expression has 5, this one has " + fields.size());
        }
        return new CronExpression(expression, fields);
    }

    /**
     * The first fire time strictly after {@code after}, in after's zone. As in cronsim, sub-second
     * precision is dropped, the search starts one second later and gives up 50 years on: empty
     * means the expression never fires within that horizon (for example on day 1 of a month
     * that is also its fourth Monday). The answer is cronsim's, except in the few DST cases
     * where cronsim would name a time that is not after {@code after} or would never return
     * (see {@link FireTimes}).
     */
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
        Objects.requireNonNull(after, "after");
        return FireTimes.firstAfter(this, after);
    }

    public String expression() {
        return expression;
    }

    FieldValues minutes() {
        return minutes;
    }

    FieldValues hours() {
        return hours;
    }

    FieldValues months() {
        return months;
    }

    DayRule dayRule() {
        return dayRule;
    }

    /** Neither minute nor hour starts with {@code *}: Debian cron's special DST handling applies. */
    boolean fixedTime() {
        return fixedTime;
    }

    /** Like cronsim: day numbers that no chosen month has (as in {@code 30 2}) are an error. */
    private static void rejectImpossibleDays(FieldValues days, FieldValues months, String token) {
        if (days.last() || days.lastWeekday()) {
            return;
        }
        int firstDay = days.first();
        if (firstDay <= 29) {
            return;
        }
        int longest = 0;
        for (int month = months.first(); month > 0; month = months.next(month + 1, 12)) {
            longest = Math.max(longest, MAX_DAYS[month]);
        }
        if (firstDay > longest) {
            throw new InvalidScheduleException("Bad day-of-month: \"" + token + "\" (no chosen month has that day)");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronExpression that && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
