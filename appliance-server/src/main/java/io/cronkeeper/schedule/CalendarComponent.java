package io.cronkeeper.schedule;

/**
 * One entry of a field's comma list, as systemd stores it: {@code start}, {@code start..stop}
 * (repeat 1) or {@code start[..stop]/repeat}. {@code stop} is -1 when open-ended. Seconds are in
 * microseconds. For an end-of-month day ({@code ~}) start and stop count days back from the end.
 */
record CalendarComponent(int start, int stop, int repeat) {
    static CalendarComponent of(int value) {
        return new CalendarComponent(value, -1, 0);
    }

    /** systemd's normalize_chain step for one entry: trim the stop to a whole number of repeats. */
    CalendarComponent normalized() {
        int s = stop;
        int r = repeat;
        if (s > start && r > 0) {
            s -= (s - start) % r;
        }
        // A repeat that cannot fire twice, or an a..a range, is just the single value.
        if ((s > start && r > 0 && start + r > s) || start == s) {
            return of(start);
        }
        return new CalendarComponent(start, s, r);
    }
}
