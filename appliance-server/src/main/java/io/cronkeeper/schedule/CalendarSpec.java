package io.cronkeeper.schedule;

import java.util.List;

/**
 * One parsed OnCalendar line, shaped like systemd's {@code CalendarSpec}. An empty list means
 * {@code *} (any value). {@code weekdays} is a bit set, bit 0 = Monday, -1 for any day.
 */
record CalendarSpec(
        int weekdays,
        List<CalendarComponent> year,
        List<CalendarComponent> month,
        List<CalendarComponent> day,
        boolean endOfMonth,
        List<CalendarComponent> hour,
        List<CalendarComponent> minute,
        List<CalendarComponent> microsecond,
        SpecZone zone) {

    static final int ANY_WEEKDAY = -1;
    static final int USEC_PER_SEC = 1_000_000;

    CalendarSpec {
        year = List.copyOf(year);
        month = List.copyOf(month);
        day = List.copyOf(day);
        hour = List.copyOf(hour);
        minute = List.copyOf(minute);
        microsecond = List.copyOf(microsecond);
    }
}
