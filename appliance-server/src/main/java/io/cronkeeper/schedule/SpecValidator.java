package io.cronkeeper.schedule;

import java.util.Comparator;
import java.util.List;

/**
 * systemd's calendar_spec_normalize and calendar_spec_valid: two-digit years, trimmed ranges,
 * then range checks on every list entry. The rules are systemd's, including the odd ones (an
 * open repetition must fit twice: {@code *:30/30} is rejected, {@code *:30/29} is not).
 */
final class SpecValidator {
    private static final int USEC = CalendarSpec.USEC_PER_SEC;
    private static final int ALL_WEEKDAYS = 127;

    private SpecValidator() {
    }

    static CalendarSpec finish(String line, SpecDraft d) {
        int weekdays = d.weekdays <= 0 || d.weekdays >= ALL_WEEKDAYS ? CalendarSpec.ANY_WEEKDAY : d.weekdays;
        // "~" only means something when a day is given.
        boolean endOfMonth = d.endOfMonth && !d.day.isEmpty();
        List<CalendarComponent> year = normalize(d.year.stream().map(SpecValidator::fixYear).toList());
        List<CalendarComponent> month = normalize(d.month);
        List<CalendarComponent> day = normalize(d.day);
        List<CalendarComponent> hour = normalize(d.hour);
        List<CalendarComponent> minute = normalize(d.minute);
        List<CalendarComponent> usec = normalize(d.microsecond);

        check(line, "year", year, 1970, 2199, false);
        check(line, "month", month, 1, 12, false);
        check(line, "day", day, 1, 31, endOfMonth);
        check(line, "hour", hour, 0, 23, false);
        check(line, "minute", minute, 0, 59, false);
        check(line, "second", usec, 0, 60 * USEC - 1, false);
        return new CalendarSpec(weekdays, year, month, day, endOfMonth, hour, minute, usec, d.zone);
    }

    /** 12 means 2012 and 89 means 1989, for starts and stops alike. */
    private static CalendarComponent fixYear(CalendarComponent c) {
        return new CalendarComponent(fixYear(c.start()), fixYear(c.stop()), c.repeat());
    }

    private static int fixYear(int y) {
        if (y >= 0 && y < 70) {
            return y + 2000;
        }
        if (y >= 70 && y < 100) {
            return y + 1900;
        }
        return y;
    }

    /** Trims each entry, then sorts and de-duplicates the list as systemd does (the order matters to check). */
    private static List<CalendarComponent> normalize(List<CalendarComponent> chain) {
        return chain.stream()
                .map(CalendarComponent::normalized)
                .sorted(Comparator.comparingInt(CalendarComponent::start)
                        .thenComparingInt(CalendarComponent::stop)
                        .thenComparingInt(CalendarComponent::repeat))
                .distinct()
                .toList();
    }

    private static void check(String line, String field, List<CalendarComponent> chain,
                              int from, int to, boolean endOfMonth) {
        int max = to;
        for (CalendarComponent c : chain) {
            // Days from the end of the month may go back at most 28 days. systemd's recursive check
            // takes 3 more days off for every further list entry, so "*~1,27" is rejected too.
            if (endOfMonth) {
                max -= 3;
            }
            String problem = problem(c, from, max, endOfMonth);
            if (!problem.isEmpty()) {
                String what = endOfMonth ? "day from the end of the month" : field;
                throw Cursor.invalid(line, what + " " + show(c, field) + " " + problem
                        + " (allowed: " + show(from, field) + ".." + show(max, field) + ")");
            }
        }
    }

    private static String problem(CalendarComponent c, int from, int to, boolean endOfMonth) {
        if (c.start() < from || c.start() > to) {
            return "is out of range";
        }
        if (c.repeat() > to - from) {
            return "repeats by more than the whole range";
        }
        if (c.stop() >= 0) {
            if (c.stop() < from || c.stop() > to) {
                return "ends out of range";
            }
            if (c.start() + c.repeat() > c.stop()) {
                return "has its range reversed or too short";
            }
        } else if (endOfMonth ? c.start() - c.repeat() < from : c.start() + c.repeat() > to) {
            return "cannot repeat within the range";
        }
        return "";
    }

    private static String show(CalendarComponent c, String field) {
        String s = show(c.start(), field);
        if (c.stop() >= 0) {
            s += ".." + show(c.stop(), field);
        }
        if (c.repeat() > 0 && c.stop() < 0) {
            s += "/" + show(c.repeat(), field);
        } else if (c.stop() >= 0 && c.repeat() != (field.equals("second") ? USEC : 1)) {
            s += "/" + show(c.repeat(), field);
        }
        return "'" + s + "'";
    }

    private static String show(int value, String field) {
        if (!field.equals("second")) {
            return Integer.toString(value);
        }
        return value % USEC == 0
                ? Integer.toString(value / USEC)
                : String.format("%d.%06d", value / USEC, value % USEC);
    }
}
