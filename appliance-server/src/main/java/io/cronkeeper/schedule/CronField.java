package io.cronkeeper.schedule;

import java.util.List;

/** The five fields of a cron expression, with the ranges and names cronsim accepts. */
enum CronField {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH("month", 1, 12,
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    // 7 is Sunday too, as in Debian cron.
    DAY_OF_WEEK("day-of-week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    String label() {
        return label;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** The number a symbolic name stands for (JAN is 1, SUN is 0), or -1 when it is no name. */
    int symbolic(String upperCaseToken) {
        int index = names.indexOf(upperCaseToken);
        if (index < 0) {
            return -1;
        }
        return this == MONTH ? index + 1 : index;
    }
}
