package io.cronkeeper.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * glibc's {@code localtime_r} and {@code mktime} (2.36, time/mktime.c) for one time zone.
 *
 * <p>systemd finds the next elapse by letting {@code mktime} normalize impossible local times, so
 * where a wall-clock time is skipped or repeated by a DST change its answer depends on exactly
 * how glibc probes for the instant: it starts from the UTC offset of the previous call (a static
 * cache) and, inside a spring-forward gap, settles on the daylight-saving side. This class
 * reproduces that probing, cache included, so our answers agree with systemd's around DST
 * changes. With UTC rules it is {@code gmtime_r}/{@code timegm}.
 */
final class LibcTime {
    static final long FAILED = -1;

    private static final int[][] MON_YDAY = {
        {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
        {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
    };
    // Bounds of the DST search in __mktime_internal, from tzdata2003a (see glibc's comments).
    private static final int STRIDE = 601200;
    private static final int DELTA_BOUND = 536454000 / 2 + STRIDE;

    private final ZoneRules rules;
    private final NegativeDst negativeDst;
    /** glibc's static {@code localtime_offset}: the previous result minus its naive UTC reading. */
    private long offset;
    private long lastT;
    private BrokenDownTime last;

    LibcTime(ZoneId zone) {
        this.rules = zone.getRules();
        this.negativeDst = NegativeDst.forZone(zone.getId());
    }

    static LibcTime utc() {
        return new LibcTime(ZoneOffset.UTC);
    }

    BrokenDownTime localtime(long t) {
        // The probing converts the same instant again and again: remember the last answer.
        if (t != lastT || last == null) {
            last = convert(t);
            lastT = t;
        }
        return last.copy();
    }

    private BrokenDownTime convert(long t) {
        Instant instant = Instant.ofEpochSecond(t);
        ZoneOffset off = rules.getOffset(instant);
        boolean javaDst = !rules.getStandardOffset(instant).equals(off);
        LocalDateTime local = LocalDateTime.ofEpochSecond(t, 0, off);
        BrokenDownTime tm = new BrokenDownTime();
        tm.sec = local.getSecond();
        tm.min = local.getMinute();
        tm.hour = local.getHour();
        tm.mday = local.getDayOfMonth();
        tm.mon = local.getMonthValue() - 1;
        tm.year = local.getYear() - 1900;
        tm.wday = local.getDayOfWeek().getValue() % 7;
        tm.yday = local.getDayOfYear() - 1;
        tm.isdst = negativeDst.glibcDst(javaDst, t) ? 1 : 0;
        return tm;
    }

    /** Normalizes {@code tp} in place and returns its instant, or {@link #FAILED} leaving it untouched. */
    long mktime(BrokenDownTime tp) {
        int sec = tp.sec;
        int min = tp.min;
        int hour = tp.hour;
        int isdst = tp.isdst;
        int dst2 = 0;

        int monRemainder = tp.mon % 12;
        int negativeMonRemainder = monRemainder < 0 ? 1 : 0;
        int monYears = tp.mon / 12 - negativeMonRemainder;
        long year = (long) tp.year + monYears;
        int monYday = MON_YDAY[leapyear(year) ? 1 : 0][monRemainder + 12 * negativeMonRemainder] - 1;
        long yday = monYday + (long) tp.mday;

        long off = offset;
        int secRequested = sec;
        // LEAP_SECONDS_POSSIBLE: probe with a clamped second, add the rest back at the end.
        sec = Math.clamp(sec, 0, 59);

        long negativeOffsetGuess = -off;
        long t0 = ydhmsDiff(year, yday, hour, min, sec, 70, 0, 0, 0, negativeOffsetGuess);
        long t = t0;
        long t1 = t0;
        long t2 = t0;
        int remainingProbes = 6;
        BrokenDownTime tm;

        found:
        {
            while (true) {
                tm = localtime(t);
                long dt = tmDiff(year, yday, hour, min, sec, tm);
                if (dt == 0) {
                    break;
                }
                if (t == t1 && t != t2
                        && (tm.isdst < 0
                            || (isdst < 0
                                ? dst2 <= (tm.isdst != 0 ? 1 : 0)
                                : (isdst != 0) != (tm.isdst != 0)))) {
                    // Oscillating around a spring-forward gap: settle here.
                    break found;
                }
                if (--remainingProbes == 0) {
                    return FAILED;
                }
                t1 = t2;
                t2 = t;
                t += dt;
                dst2 = tm.isdst != 0 ? 1 : 0;
            }
            if (isdstDiffer(isdst, tm.isdst)) {
                // A repeated wall-clock time: find a neighbour with the requested isdst, use its offset.
                for (int delta = STRIDE; delta < DELTA_BOUND; delta += STRIDE) {
                    for (int direction = -1; direction <= 1; direction += 2) {
                        long ot = t + (long) delta * direction;
                        BrokenDownTime otm = localtime(ot);
                        if (!isdstDiffer(isdst, otm.isdst)) {
                            long gt = ot + tmDiff(year, yday, hour, min, sec, otm);
                            tm = localtime(gt);
                            t = gt;
                            break found;
                        }
                    }
                }
                return FAILED;
            }
        }

        offset = t - t0 - negativeOffsetGuess;

        if (secRequested != tm.sec) {
            long secAdjustment = (sec == 0 && tm.sec == 60) ? 1 : 0;
            secAdjustment -= sec;
            secAdjustment += secRequested;
            t += secAdjustment;
            tm = localtime(t);
        }
        tp.set(tm);
        return t;
    }

    private static boolean isdstDiffer(int a, int b) {
        return ((a == 0) != (b == 0)) && 0 <= a && 0 <= b;
    }

    private static boolean leapyear(long year) {
        // year counts from 1900, as tm_year does.
        return (year & 3) == 0 && (year % 100 != 0 || ((year / 100) & 3) == (-(1900 / 100) & 3));
    }

    private static long tmDiff(long year, long yday, int hour, int min, int sec, BrokenDownTime tp) {
        return ydhmsDiff(year, yday, hour, min, sec, tp.year, tp.yday, tp.hour, tp.min, tp.sec);
    }

    /** Seconds from (year0, yday0 h0:m0:s0) to (year1, yday1 h1:m1:s1); fields may be out of range. */
    private static long ydhmsDiff(long year1, long yday1, int hour1, int min1, int sec1,
                                  long year0, long yday0, int hour0, int min0, long sec0) {
        long a4 = (year1 >> 2) + (1900 >> 2) - ((year1 & 3) == 0 ? 1 : 0);
        long b4 = (year0 >> 2) + (1900 >> 2) - ((year0 & 3) == 0 ? 1 : 0);
        long a100 = a4 / 25 - (a4 % 25 < 0 ? 1 : 0);
        long b100 = b4 / 25 - (b4 % 25 < 0 ? 1 : 0);
        long a400 = a100 >> 2;
        long b400 = b100 >> 2;
        long interveningLeapDays = (a4 - b4) - (a100 - b100) + (a400 - b400);
        long years = year1 - year0;
        long days = 365 * years + yday1 - yday0 + interveningLeapDays;
        long hours = 24 * days + hour1 - hour0;
        long minutes = 60 * hours + min1 - min0;
        return 60 * minutes + sec1 - sec0;
    }
}
