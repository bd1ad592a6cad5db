package io.cronkeeper.gui.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.gui.client.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The check's alert options (docs/alerts.md): durations typed like grace ("off" or blank for 0
 * where 0 means off), the failure threshold as a number, the snooze end as an ISO 8601 time
 * with offset ("" ends a snooze).
 */
final class AlertFields {
    static final List<String> KEYS = List.of("start_grace", "min_run_time", "fail_threshold", "repeat_every",
        "snoozed_until");
    /** What a new check gets when these are not sent; a create sends only what differs. */
    static final Map<String, Object> DEFAULTS = Map.of("start_grace", 0L, "min_run_time", 0L, "fail_threshold", 1L,
        "repeat_every", 0L, "snoozed_until", "");

    final StringProperty startGrace = new SimpleStringProperty("off");
    final StringProperty minRunTime = new SimpleStringProperty("off");
    final StringProperty failThreshold = new SimpleStringProperty("1");
    final StringProperty repeatEvery = new SimpleStringProperty("off");
    final StringProperty snoozedUntil = new SimpleStringProperty("");

    void load(JsonNode raw) {
        startGrace.set(duration(raw.path("start_grace").asLong(0)));
        minRunTime.set(duration(raw.path("min_run_time").asLong(0)));
        failThreshold.set(Long.toString(raw.path("fail_threshold").asLong(1)));
        repeatEvery.set(duration(raw.path("repeat_every").asLong(0)));
        snoozedUntil.set(raw.path("snoozed_until").isTextual() ? raw.get("snoozed_until").asText() : "");
    }

    void clear() {
        startGrace.set("off");
        minRunTime.set("off");
        failThreshold.set("1");
        repeatEvery.set("off");
        snoozedUntil.set("");
    }

    /** The API values; lenient skips what cannot be read instead of throwing. */
    Map<String, Object> fields(boolean lenient) {
        Map<String, Object> m = new LinkedHashMap<>();
        seconds("start_grace", startGrace.get(), lenient).ifPresent(s -> m.put("start_grace", s));
        seconds("min_run_time", minRunTime.get(), lenient).ifPresent(s -> m.put("min_run_time", s));
        try {
            m.put("fail_threshold", Long.parseLong(failThreshold.get().strip()));
        } catch (NumberFormatException e) {
            if (!lenient) {
                throw new CheckForm.InvalidField("fail_threshold", "must be a whole number from 1 to 1000");
            }
        }
        seconds("repeat_every", repeatEvery.get(), lenient).ifPresent(s -> m.put("repeat_every", s));
        m.put("snoozed_until", snoozedUntil.get().strip());
        return m;
    }

    /** A quick snooze choice: the end time {@code length} from {@code now}, in {@code zone}, to the second. */
    void snoozeFor(Duration length, Instant now, ZoneId zone) {
        snoozedUntil.set(OffsetDateTime.ofInstant(now.plus(length).truncatedTo(ChronoUnit.SECONDS), zone)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    static String duration(long seconds) {
        return seconds == 0 ? "off" : Durations.format(seconds);
    }

    private static OptionalLong seconds(String field, String text, boolean lenient) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        OptionalLong s = t.isEmpty() || t.equals("off") ? OptionalLong.of(0) : DurationText.seconds(t);
        if (s.isEmpty() && !lenient) {
            throw new CheckForm.InvalidField(field, "not a duration: write e.g. 5 min, 1 h 30 min, or off");
        }
        return s;
    }
}
