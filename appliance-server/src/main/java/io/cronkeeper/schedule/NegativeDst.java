package io.cronkeeper.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where glibc's {@code tm_isdst} is the opposite of Java's DST flag. tzdata's main format gives a
 * few zones negative DST (Ireland's winter, Morocco's Ramadan, Namibia's winter), so the system's
 * zoneinfo, and with it glibc and systemd, call that period "daylight saving"; the JDK's
 * rearguard-format data calls the other half of the year DST instead. glibc's mktime settles
 * spring-forward gaps on the side it flags as DST, so the flag must match for our answers to
 * match systemd's. Periods measured against glibc 2.36 with tzdata 2025b (Debian 12).
 */
final class NegativeDst {
    private record Period(long fromEpochSecond, long untilEpochSecond) {
        boolean contains(long t) {
            return t >= fromEpochSecond && t < untilEpochSecond;
        }
    }

    private static final List<Period> IRELAND = List.of(period("1968-10-26T23:00:00Z", Long.MAX_VALUE));
    private static final List<Period> MOROCCO = List.of(period("2018-10-28T02:00:00Z", Long.MAX_VALUE));
    private static final List<Period> NAMIBIA = List.of(period("1990-03-20T22:00:00Z", Long.MAX_VALUE));
    private static final List<Period> CZECHIA = List.of(period("1946-12-01T02:00:00Z", "1947-02-23T02:00:00Z"));
    private static final Map<String, List<Period>> ZONES = Map.of(
            "Europe/Dublin", IRELAND,
            "Eire", IRELAND,
            "Africa/Casablanca", MOROCCO,
            "Africa/El_Aaiun", MOROCCO,
            "Africa/Windhoek", NAMIBIA,
            "Europe/Prague", CZECHIA,
            "Europe/Bratislava", CZECHIA);

    private final List<Period> periods;

    private NegativeDst(List<Period> periods) {
        this.periods = periods;
    }

    static NegativeDst forZone(String zoneId) {
        return new NegativeDst(ZONES.getOrDefault(zoneId, List.of()));
    }

    /** glibc's tm_isdst for an instant Java flags as {@code javaDst}. */
    boolean glibcDst(boolean javaDst, long epochSecond) {
        for (Period p : periods) {
            if (p.contains(epochSecond)) {
                return !javaDst;
            }
        }
        return javaDst;
    }

    private static Period period(String from, long until) {
        return new Period(Instant.parse(from).getEpochSecond(), until);
    }

    private static Period period(String from, String until) {
        return new Period(Instant.parse(from).getEpochSecond(), Instant.parse(until).getEpochSecond());
    }
}
