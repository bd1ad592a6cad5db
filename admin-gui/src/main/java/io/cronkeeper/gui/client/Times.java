package io.cronkeeper.gui.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Times as the tables show them: relative ("3 min ago", "in 2 h") with the exact local time for tooltips. */
public final class Times {
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private Times() {
    }

    public static String relative(Optional<Instant> when, Instant now, String none) {
        return when.map(w -> relative(w, now)).orElse(none);
    }

    public static String relative(Instant when, Instant now) {
        Duration d = Duration.between(when, now);
        boolean past = !d.isNegative();
        long s = Math.abs(d.toSeconds());
        String amount;
        if (s < 45) {
            return past ? "just now" : "in a moment";
        } else if (s < 90 * 60) {
            amount = Math.max(1, Math.round(s / 60.0)) + " min";
        } else if (s < 36 * 3600) {
            amount = Math.round(s / 3600.0) + " h";
        } else {
            amount = Math.round(s / 86400.0) + " d";
        }
        return past ? amount + " ago" : "in " + amount;
    }

    /**
     * For a time in the past (a ping's): one up to a few minutes ahead of {@code now} is clock
     * skew or a clock that ticks every 30 s, not the future.
     */
    public static String since(Instant when, Instant now) {
        if (when.isAfter(now) && Duration.between(now, when).toMinutes() < 5) {
            return "just now";
        }
        return relative(when, now);
    }

    public static String exact(Optional<Instant> when, ZoneId zone) {
        return when.map(w -> exact(w, zone)).orElse("");
    }

    public static String exact(Instant when, ZoneId zone) {
        return EXACT.format(when.atZone(zone));
    }
}
