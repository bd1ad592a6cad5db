package io.cronkeeper.schedule;

import java.util.Arrays;
import java.util.List;

/** systemd's named schedules; fields they leave out stay {@code *}. */
final class Shorthands {
    private static final List<CalendarComponent> ZERO = List.of(CalendarComponent.of(0));
    private static final List<CalendarComponent> FIRST = List.of(CalendarComponent.of(1));

    private Shorthands() {
    }

    /** Fills {@code d} and returns true when {@code text} is a shorthand (any letter case). */
    static boolean apply(String text, SpecDraft d) {
        switch (Cursor.lowerAscii(text)) {
            case "minutely" -> d.microsecond = ZERO;
            case "hourly" -> {
                d.minute = ZERO;
                d.microsecond = ZERO;
            }
            case "daily" -> midnight(d);
            case "weekly" -> {
                d.weekdays = 1;
                midnight(d);
            }
            case "monthly" -> {
                d.day = FIRST;
                midnight(d);
            }
            // "anually" is systemd's backwards-compatible misspelling.
            case "annually", "yearly", "anually" -> onMonths(d, 1);
            case "quarterly" -> onMonths(d, 1, 4, 7, 10);
            case "semiannually", "semi-annually", "biannually", "bi-annually" -> onMonths(d, 1, 7);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void midnight(SpecDraft d) {
        d.hour = ZERO;
        d.minute = ZERO;
        d.microsecond = ZERO;
    }

    private static void onMonths(SpecDraft d, int... months) {
        d.month = Arrays.stream(months).mapToObj(CalendarComponent::of).toList();
        d.day = FIRST;
        midnight(d);
    }
}
