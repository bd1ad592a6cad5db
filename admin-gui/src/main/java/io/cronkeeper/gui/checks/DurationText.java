package io.cronkeeper.gui.checks;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as typed: {@code 90}, {@code 90 s}, {@code 5 min}, {@code 1 h 30 min}, {@code 2d}, {@code 1 w}. */
final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(seconds?|secs|sec|s|minutes?|mins|min|m|hours?|hrs|hr|h|days?|d|weeks?|w)?");

    private DurationText() {
    }

    static OptionalLong seconds(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        Matcher m = PART.matcher(t);
        long total = 0;
        int end = 0;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) {
                return OptionalLong.empty();
            }
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
            String unit = m.group(2) == null ? "s" : m.group(2);
            total += n * switch (unit.charAt(0)) {
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86400;
                case 'w' -> 7 * 86400;
                default -> 1;
            };
            end = m.end();
        }
        return end == 0 || !t.substring(end).isBlank() ? OptionalLong.empty() : OptionalLong.of(total);
    }
}
