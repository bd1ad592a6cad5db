package io.cronkeeper.schedule;

import java.time.LocalDate;

/**
 * Which days of a month match the day-of-month and day-of-week fields. In Debian cron the two
 * are ANDed when either field starts with {@code *}, and ORed otherwise.
 */
record DayRule(FieldValues days, FieldValues weekdays, boolean and) {

    /** The first matching day after {@code date} in the same month, or -1 when there is none. */
    int nextInMonth(LocalDate date) {
        int length = date.lengthOfMonth();
        int lastWeekday = lastWeekday(date.withDayOfMonth(length));
        int dow = date.getDayOfWeek().getValue() % 7;
        for (int day = date.getDayOfMonth() + 1; day <= length; day++) {
            dow = (dow + 1) % 7;
            if (matches(day, dow, length, lastWeekday)) {
                return day;
            }
        }
        return -1;
    }

    boolean matches(LocalDate date) {
        int length = date.lengthOfMonth();
        return matches(date.getDayOfMonth(), date.getDayOfWeek().getValue() % 7, length,
                lastWeekday(date.withDayOfMonth(length)));
    }

    /** {@code dow} counts from Sunday = 0; a 7 in the field also means Sunday. */
    private boolean matches(int day, int dow, int length, int lastWeekday) {
        boolean dom = days.has(day)
                || days.lastWeekday() && day == lastWeekday
                || days.last() && day == length;
        int nth = (day + 6) / 7;
        boolean dowMatch = hasDow(weekdays.values(), dow)
                || hasDow(weekdays.lastDows(), dow) && day + 7 > length
                || (weekdays.nthDows() >>> (dow * 8 + nth) & 1) != 0
                || dow == 0 && (weekdays.nthDows() >>> (7 * 8 + nth) & 1) != 0;
        return and ? dom && dowMatch : dom || dowMatch;
    }

    /** Whether bit {@code dow} is set, counting bit 7 as Sunday as well. */
    private static boolean hasDow(long bits, int dow) {
        return (bits >>> dow & 1) != 0 || dow == 0 && (bits >>> 7 & 1) != 0;
    }

    /** The last Monday-to-Friday day of the month whose last day is {@code lastDay}. */
    private static int lastWeekday(LocalDate lastDay) {
        int length = lastDay.getDayOfMonth();
        return switch (lastDay.getDayOfWeek()) {
            case SUNDAY -> length - 2;
            case SATURDAY -> length - 1;
            default -> length;
        };
    }
}
