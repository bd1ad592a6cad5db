package io.cronkeeper.config;

import java.util.Map;
import java.util.Optional;

/**
 * What keeps the server within its memory and disk: the byte budget that every request body
 * held in memory shares, the largest ping body taken whole when {@code ping-body-limit} is
 * {@code none}, the free-space warning, and the key of Healthchecks' metrics endpoint.
 *
 * <p>The defaults fit the recommended 128 MB heap: the budget takes under 40% of it, so a flood
 * of large bodies leaves the rest to the server; a ping body may take at most half the budget
 * (it is held while it is stored, and the keyword filter may decode it once more).
 */
public record Limits(long bodyMemory, long pingBodyMax, long diskSpaceWarning, Optional<String> metricsKey) {
    public static final long DEFAULT_BODY_MEMORY = 48L * 1024 * 1024;
    public static final long DEFAULT_PING_BODY_MAX = 10L * 1024 * 1024;
    public static final long DEFAULT_DISK_SPACE_WARNING = 100L * 1024 * 1024;

    static Limits parse(Map<Setting, String> raw, BodyLimit pingBodyLimit) {
        long memory = bytes(Setting.BODY_MEMORY, raw.get(Setting.BODY_MEMORY), DEFAULT_BODY_MEMORY, 1024 * 1024);
        long pingMax = bytes(Setting.PING_BODY_MAX, raw.get(Setting.PING_BODY_MAX),
            Math.min(DEFAULT_PING_BODY_MAX, memory / 2), 0);
        if (pingMax > memory / 2) {
            throw SettingsParser.bad(Setting.PING_BODY_MAX, Long.toString(pingMax),
                "must be at most half of " + Setting.BODY_MEMORY.envName() + " (" + memory / 2 + ")");
        }
        if (pingBodyLimit.bytes().isPresent() && pingBodyLimit.bytes().getAsLong() > pingMax) {
            throw SettingsParser.bad(Setting.PING_BODY_LIMIT, pingBodyLimit.toString(),
                "must be at most " + Setting.PING_BODY_MAX.envName() + " (" + pingMax + ")");
        }
        long disk = bytes(Setting.DISK_SPACE_WARNING, raw.get(Setting.DISK_SPACE_WARNING), DEFAULT_DISK_SPACE_WARNING, 0);
        Optional<String> key = Optional.ofNullable(raw.get(Setting.METRICS_KEY)).map(String::strip).filter(k -> !k.isEmpty());
        return new Limits(memory, pingMax, disk, key);
    }

    void describeInto(Map<String, String> out) {
        out.put(Setting.BODY_MEMORY.key(), Long.toString(bodyMemory));
        out.put(Setting.PING_BODY_MAX.key(), Long.toString(pingBodyMax));
        out.put(Setting.DISK_SPACE_WARNING.key(), Long.toString(diskSpaceWarning));
        out.put(Setting.METRICS_KEY.key(), metricsKey.isPresent() ? "****" : "- (metrics endpoint off)");
    }

    private static long bytes(Setting s, String value, long fallback, long min) {
        if (value == null) {
            return fallback;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SettingsParser.bad(s, value, "must be a number of bytes, at least " + min);
    }
}
