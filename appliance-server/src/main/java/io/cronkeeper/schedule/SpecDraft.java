package io.cronkeeper.schedule;

import java.util.List;

/** The fields of a {@link CalendarSpec} while its line is being read; empty lists mean {@code *}. */
final class SpecDraft {
    int weekdays;
    List<CalendarComponent> year = List.of();
    List<CalendarComponent> month = List.of();
    List<CalendarComponent> day = List.of();
    boolean endOfMonth;
    List<CalendarComponent> hour = List.of();
    List<CalendarComponent> minute = List.of();
    List<CalendarComponent> microsecond = List.of();
    SpecZone zone = new SpecZone.Local();
}
