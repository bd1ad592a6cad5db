package io.cronkeeper.schedule;

import java.util.List;
import java.util.OptionalLong;

/**
 * systemd's find_next and calendar_spec_next_usec (systemd 252, src/shared/calendarspec.c),
 * line by line. Each field jumps straight to its next matching value and lets {@code mktime}
 * carry overflows into the next field, so a search takes a handful of steps, never a scan.
 * Keeping systemd's exact sequence of {@code mktime} calls is what makes DST changes come out as
 * systemd's do.
 */
final class NextElapse {
    private static final int USEC = CalendarSpec.USEC_PER_SEC;
    private static final int MAX_YEAR = 2199;
    /** systemd gives up after this many steps (and reports an error); we report no elapse. */
    private static final int MAX_ITERATIONS = 1000;
    private static final int NO_MATCH = Integer.MIN_VALUE;
    private static final int OUT_OF_RANGE = -1;

    private final CalendarSpec spec;
    private final LibcTime libc;

    private NextElapse(CalendarSpec spec, LibcTime libc) {
        this.spec = spec;
        this.libc = libc;
    }

    /** The first elapse after {@code usec} (microseconds since the epoch), empty if none. */
    static OptionalLong after(CalendarSpec spec, LibcTime libc, long usec) {
        return new NextElapse(spec, libc).next(usec);
    }

    private OptionalLong next(long usec) {
        usec++;
        BrokenDownTime tm = libc.localtime(Math.floorDiv(usec, USEC));
        int tmUsec = (int) Math.floorMod(usec, USEC);
        int[] usecHolder = {tmUsec};
        if (!findNext(tm, usecHolder)) {
            return OptionalLong.empty();
        }
        long t = libc.mktime(tm);
        // systemd treats a negative time_t (also mktime's failure value) as an error.
        if (t < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(t * USEC + usecHolder[0]);
    }

    private boolean findNext(BrokenDownTime tm, int[] usecHolder) {
        BrokenDownTime c = tm.copy();
        int tmUsec = usecHolder[0];
        // systemd 252.38 carries upstream's fix for negative DST (systemd PR 36897): when the search
        // lands before its start, it stops resetting tm_isdst and lets mktime's flag carry it past the gap.
        boolean keepMktimeDst = false;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            libc.mktime(c);
            if (!keepMktimeDst) {
                c.isdst = -1;
            }

            int v = match(spec.year(), false, c, c.year + 1900);
            if (v == NO_MATCH) {
                return false;
            }
            if (v != c.year + 1900) {
                c.year = v - 1900;
                c.mon = 0;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
            }
            if (withinBounds(c) <= 0) {
                return false;
            }

            v = match(spec.month(), false, c, c.mon + 1);
            int r;
            if (v != NO_MATCH && v != c.mon + 1) {
                c.mon = v - 1;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = withinBounds(c)) < 0) {
                c.year++;
                c.mon = 0;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            v = match(spec.day(), spec.endOfMonth(), c, c.mday);
            if (v != NO_MATCH && v != c.mday) {
                c.mday = v;
                c.hour = c.min = c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = withinBounds(c)) < 0) {
                c.mon++;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            if (!matchesWeekday(c)) {
                c.mday++;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }

            v = match(spec.hour(), false, c, c.hour);
            if (v != NO_MATCH && v != c.hour) {
                c.hour = v;
                c.min = c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = withinBounds(c)) < 0) {
                c.mday++;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                // The hour we set may not exist because of a DST change: retry from the normalized time.
                continue;
            }

            v = match(spec.minute(), false, c, c.min);
            if (v != NO_MATCH && v != c.min) {
                c.min = v;
                c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = withinBounds(c)) < 0) {
                c.hour++;
                c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            int secUsec = c.sec * USEC + tmUsec;
            v = match(spec.microsecond(), false, c, secUsec);
            if (v != NO_MATCH) {
                secUsec = v;
            }
            tmUsec = secUsec % USEC;
            c.sec = secUsec / USEC;
            if (v == NO_MATCH || (r = withinBounds(c)) < 0) {
                c.min++;
                c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            if (before(c, tmUsec, tm, usecHolder[0])) {
                // Stuck behind the start: advance and let mktime decide which side of the change we are on.
                keepMktimeDst = true;
                c.hour++;
                continue;
            }

            tm.set(c);
            usecHolder[0] = tmUsec;
            return true;
        }
        return false;
    }

    /** Whether the fields of (a, aUsec) come before those of (b, bUsec). */
    private static boolean before(BrokenDownTime a, int aUsec, BrokenDownTime b, int bUsec) {
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
    private int match(List<CalendarComponent> chain, boolean endOfMonth, BrokenDownTime tm, int val) {
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
    private int withinBounds(BrokenDownTime tm) {
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

    private boolean matchesWeekday(BrokenDownTime tm) {
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
