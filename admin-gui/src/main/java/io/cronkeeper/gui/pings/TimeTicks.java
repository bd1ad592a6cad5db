package io.cronkeeper.gui.pings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The time axis of the duration chart: bounds that span the data, a round step in local time
 * (so ticks fall on :00, :15, midnight, …) and labels as precise as the step needs.
 */
record TimeTicks(long lower, long upper, long step, DateTimeFormatter format) {
    private static final List<Long> STEPS = List.of(60L, 120L, 300L, 600L, 900L, 1800L, 3600L, 7200L, 10800L,
        21600L, 43200L, 86400L, 172800L, 604800L, 1209600L, 2592000L);
    private static final int MAX_TICKS = 6;

    /** {@code first} and {@code last} in epoch seconds. */
    static TimeTicks span(long first, long last, ZoneId zone) {
        long span = Math.max(last - first, 1);
        long step = STEPS.stream().filter(s -> span / s < MAX_TICKS).findFirst().orElse(STEPS.getLast());
        long offset = zone.getRules().getOffset(Instant.ofEpochSecond(first)).getTotalSeconds();
        long lower = Math.floorDiv(first + offset, step) * step - offset;
        long upper = -Math.floorDiv(-(last + offset), step) * step - offset;
        if (upper <= lower) {
            upper = lower + step;
        }
        if (upper == last) {
            upper += step;
        }
        if (lower == first) {
            lower -= step;
        }
        boolean oneDay = Instant.ofEpochSecond(lower).atZone(zone).toLocalDate()
            .equals(Instant.ofEpochSecond(upper - 1).atZone(zone).toLocalDate());
        String pattern = step >= 86400 ? "d MMM" : oneDay ? "HH:mm" : "d MMM HH:mm";
        return new TimeTicks(lower, upper, step, DateTimeFormatter.ofPattern(pattern).withZone(zone));
    }

    String label(long epochSecond) {
        return format.format(Instant.ofEpochSecond(epochSecond));
    }
}
