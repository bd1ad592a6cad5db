package io.cronkeeper.api;

import java.time.ZoneId;
import java.util.Map;

/** Time zone names as Healthchecks accepts them, legacy names mapped to their current ones. */
final class TimeZones {
    private static final Map<String, String> LEGACY = Map.ofEntries(
        Map.entry("Europe/Kiev", "Europe/Kyiv"),
        Map.entry("UCT", "Etc/UTC"),
        Map.entry("CET", "Europe/Brussels"),
        Map.entry("EET", "Europe/Athens"),
        Map.entry("MET", "Europe/Brussels"),
        Map.entry("WET", "Europe/Lisbon"),
        Map.entry("EST", "America/Panama"),
        Map.entry("MST", "America/Phoenix"),
        Map.entry("HST", "Pacific/Honolulu"),
        Map.entry("EST5EDT", "America/New_York"),
        Map.entry("CST6CDT", "America/Chicago"),
        Map.entry("MST7MDT", "America/Denver"),
        Map.entry("PST8PDT", "America/Los_Angeles"));

    private TimeZones() {
    }

    static String canonical(String tz) {
        String mapped = LEGACY.getOrDefault(tz, tz);
        if (mapped.equals("UTC")) {
            return mapped;
        }
        if (!ZoneId.getAvailableZoneIds().contains(mapped)) {
            throw new ApiException.BadRequest("json validation error: tz is not a valid timezone");
        }
        return mapped;
    }
}
