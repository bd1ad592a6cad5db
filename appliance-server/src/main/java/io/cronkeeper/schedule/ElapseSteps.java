package io.cronkeeper.schedule;

import java.util.List;

/**
 * The per-field helpers of systemd's find_next: matching a field's value list, checking what
 * {@code mktime} made of a candidate time, and the weekday test. Each {@code mktime} call here
 * is one systemd makes too; glibc's offset cache depends on their order.
 */
final class ElapseSteps {
    static final int NO_MATCH = Integer.MIN_VALUE;
    private static final int MAX_YEAR = 2199;
    private static final int OUT_OF_RANGE = -1;

    private final CalendarSpec spec;
    private final LibcTime libc;

    ElapseSteps(CalendarSpec spec, LibcTime libc) {
        this.spec = spec;
        this.libc = libc;
    }

    /** Whether the fields of (a, aUsec) come before those of (b, bUsec). */
    static boolean before(BrokenDownTime a, int aUsec, BrokenDownTime b, int bUsec) {
        int cmp = Integer.compare(a.year, b.year);
        if (cmp == 0) {
            cmp = Integer.compare(a.mon, b.mon);
        }
        if (cmp == 0) {
            cmp = Integer.compare(a.mday, b.mday);
        }
        if (cmp == 0) {
            cmp = Integer.compare(a.hour, b.hour);
        }
        if (cmp == 0) {
            cmp = Integer.compare(a.min, b.min);
        }
        if (cmp == 0) {
            cmp = Integer.compare(a.sec, b.sec);
        }
        if (cmp == 0) {
            cmp = Integer.compare(aUsec, bUsec);
        }
        return cmp < 0;
    }

    /** find_matching_component: the earliest value >= {@code val} any entry allows, or NO_MATCH. */
    int match(List<CalendarComponent> chain, boolean endOfMonth, BrokenDownTime tm, int val) {
        if (chain.isEmpty()) {
            return val;
        }
        int d = NO_MATCH;
        for (CalendarComponent c : chain) {
            int start = c.start();
            int stop = c.stop();
            if (endOfMonth) {
                start = endOfMonth(tm, c.start());
                stop = endOfMonth(tm, c.stop());
                if (stop > 0) {
                    int swap = start;
                    start = stop;
                    stop = swap;
                }
            }
            if (start >= val) {
                if (d == NO_MATCH || start < d) {
                    d = start;
                }
            } else if (c.repeat() > 0) {
                int k = start + c.repeat() * ceilDiv(val - start, c.repeat());
                if ((d == NO_MATCH || k < d) && (stop < 0 || k <= stop)) {
                    d = k;
                }
            }
        }
        return d;
    }

    private static int ceilDiv(int a, int b) {
        // DIV_ROUND_UP with positive operands.
        return (a + b - 1) / b;
    }

    /** find_end_of_month: the day of tm's month that is {@code day}-th from its end, or -1. */
    private int endOfMonth(BrokenDownTime tm, int day) {
        BrokenDownTime t = tm.copy();
        t.mon++;
        t.mday = 1 - day;
        if (libc.mktime(t) == LibcTime.FAILED || t.mon != tm.mon) {
            return -1;
        }
        return t.mday;
    }

    /** tm_within_bounds: 1 if tm is a real time as is, 0 if mktime moved it forward (tm updated), <0 if not usable. */
    int withinBounds(BrokenDownTime tm) {
        if (tm.year + 1900 > MAX_YEAR) {
            return OUT_OF_RANGE;
        }
        BrokenDownTime t = tm.copy();
        if (libc.mktime(t) == LibcTime.FAILED) {
            return OUT_OF_RANGE;
        }
        // Normalization skipped values: restart the unit below the one that moved.
        int cmp;
        if ((cmp = Integer.compare(t.year, tm.year)) != 0) {
            t.mon = 0;
        } else if ((cmp = Integer.compare(t.mon, tm.mon)) != 0) {
            t.mday = 1;
        } else if ((cmp = Integer.compare(t.mday, tm.mday)) != 0) {
            t.hour = 0;
        } else if ((cmp = Integer.compare(t.hour, tm.hour)) != 0) {
            t.min = 0;
        } else if ((cmp = Integer.compare(t.min, tm.min)) != 0) {
            t.sec = 0;
        } else {
            cmp = Integer.compare(t.sec, tm.sec);
        }
        if (cmp < 0) {
            // Refuse to go backward.
            return OUT_OF_RANGE;
        }
        if (cmp > 0) {
            tm.set(t);
        }
        return cmp == 0 ? 1 : 0;
    }

    boolean matchesWeekday(BrokenDownTime tm) {
        int bits = spec.weekdays();
        if (bits < 0 || bits >= 127) {
            return true;
        }
        BrokenDownTime t = tm.copy();
        if (libc.mktime(t) == LibcTime.FAILED) {
            return false;
        }
        int k = t.wday == 0 ? 6 : t.wday - 1;
        return (bits & (1 << k)) != 0;
    }
}
