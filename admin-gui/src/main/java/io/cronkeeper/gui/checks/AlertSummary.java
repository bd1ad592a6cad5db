package io.cronkeeper.gui.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.gui.client.Durations;
import io.cronkeeper.gui.client.Times;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The alert options of a check in one line for the detail pane; nothing for a server without them. */
final class AlertSummary {
    private AlertSummary() {
    }

    static String of(JsonNode raw, ZoneId zone) {
        if (!raw.has("fail_threshold")) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        long startGrace = raw.path("start_grace").asLong(0);
        long minRun = raw.path("min_run_time").asLong(0);
        long threshold = raw.path("fail_threshold").asLong(1);
        long repeat = raw.path("repeat_every").asLong(0);
        parts.add("start grace " + (startGrace == 0 ? "off" : Durations.format(startGrace)));
        parts.add("min run time " + (minRun == 0 ? "off" : Durations.format(minRun)));
        parts.add("down after " + threshold + (threshold == 1 ? " failure" : " failures in a row"));
        parts.add("repeat " + (repeat == 0 ? "off" : "every " + Durations.format(repeat)));
        String snooze = raw.path("snoozed_until").isTextual() ? raw.get("snoozed_until").asText() : "";
        String until = snooze.isEmpty() ? "" : exact(snooze, zone);
        parts.add(until.isEmpty() ? "not snoozed" : "snoozed until " + until);
        return "\nAlerts: " + String.join(", ", parts);
    }

    private static String exact(String iso, ZoneId zone) {
        try {
            return Times.exact(OffsetDateTime.parse(iso).toInstant(), zone);
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
