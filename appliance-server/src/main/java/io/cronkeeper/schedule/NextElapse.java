package io.cronkeeper.schedule;

import java.util.Optional;
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
    /** systemd gives up after this many steps (and reports an error); we report no elapse. */
    private static final int MAX_ITERATIONS = 1000;
    private static final int NO_MATCH = ElapseSteps.NO_MATCH;

    private final CalendarSpec spec;
    private final LibcTime libc;
    private final ElapseSteps steps;

    private NextElapse(CalendarSpec spec, LibcTime libc) {
        this.spec = spec;
        this.libc = libc;
        this.steps = new ElapseSteps(spec, libc);
    }

    private record Found(BrokenDownTime tm, int usec) {}

    /** The first elapse after {@code usec} (microseconds since the epoch), empty if none. */
    static OptionalLong after(CalendarSpec spec, LibcTime libc, long usec) {
        return new NextElapse(spec, libc).next(usec);
    }

    private OptionalLong next(long after) {
        // systemd's clock cannot go before 1970 (usec_t is unsigned): search from the epoch at the earliest.
        long usec = Math.max(after, -1) + 1;
        BrokenDownTime start = libc.localtime(Math.floorDiv(usec, USEC));
        Optional<Found> found = findNext(start, (int) Math.floorMod(usec, USEC));
        if (found.isEmpty()) {
            return OptionalLong.empty();
        }
        long t = libc.mktime(found.get().tm());
        // systemd treats a negative time_t (also mktime's failure value) as an error.
        if (t < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(t * USEC + found.get().usec());
    }

    private Optional<Found> findNext(BrokenDownTime start, int startUsec) {
        BrokenDownTime c = start.copy();
        int tmUsec = startUsec;
        // systemd 252.38 carries upstream's fix for negative DST (systemd PR 36897): when the search
        // lands before its start, it stops resetting tm_isdst and lets mktime's flag carry it past the gap.
        boolean keepMktimeDst = false;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            libc.mktime(c);
            if (!keepMktimeDst) {
                c.isdst = -1;
            }

            int v = steps.match(spec.year(), false, c, c.year + 1900);
            if (v == NO_MATCH) {
                return Optional.empty();
            }
            if (v != c.year + 1900) {
                c.year = v - 1900;
                c.mon = 0;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
            }
            if (steps.withinBounds(c) <= 0) {
                return Optional.empty();
            }

            v = steps.match(spec.month(), false, c, c.mon + 1);
            int r;
            if (v != NO_MATCH && v != c.mon + 1) {
                c.mon = v - 1;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = steps.withinBounds(c)) < 0) {
                c.year++;
                c.mon = 0;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            v = steps.match(spec.day(), spec.endOfMonth(), c, c.mday);
            if (v != NO_MATCH && v != c.mday) {
                c.mday = v;
                c.hour = c.min = c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = steps.withinBounds(c)) < 0) {
                c.mon++;
                c.mday = 1;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            if (!steps.matchesWeekday(c)) {
                c.mday++;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }

            v = steps.match(spec.hour(), false, c, c.hour);
            if (v != NO_MATCH && v != c.hour) {
                c.hour = v;
                c.min = c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = steps.withinBounds(c)) < 0) {
                c.mday++;
                c.hour = c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                // The hour we set may not exist because of a DST change: retry from the normalized time.
                continue;
            }

            v = steps.match(spec.minute(), false, c, c.min);
            if (v != NO_MATCH && v != c.min) {
                c.min = v;
                c.sec = tmUsec = 0;
            }
            if (v == NO_MATCH || (r = steps.withinBounds(c)) < 0) {
                c.hour++;
                c.min = c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            int secUsec = c.sec * USEC + tmUsec;
            v = steps.match(spec.microsecond(), false, c, secUsec);
            if (v != NO_MATCH) {
                secUsec = v;
            }
            tmUsec = secUsec % USEC;
            c.sec = secUsec / USEC;
            if (v == NO_MATCH || (r = steps.withinBounds(c)) < 0) {
                c.min++;
                c.sec = tmUsec = 0;
                continue;
            }
            if (r == 0) {
                continue;
            }

            if (ElapseSteps.before(c, tmUsec, start, startUsec)) {
                // Stuck behind the start: advance and let mktime decide which side of the change we are on.
                keepMktimeDst = true;
                c.hour++;
                continue;
            }

            return Optional.of(new Found(c, tmUsec));
        }
        return Optional.empty();
    }
}
