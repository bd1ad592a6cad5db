package io.cronkeeper.hcimport;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.Schedule;
import io.cronkeeper.check.Slugify;
import io.cronkeeper.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the JSON of Healthchecks' Management API (reference §4.4, §4.6-4.8) into records. Fields
 * that older versions lack take Healthchecks' defaults; a field of the wrong type makes the
 * answer malformed, named with the request it came from.
 */
final class RemoteShapes {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String source;

    /** @param source the request, e.g. {@code GET https://hc.example.org/api/v3/checks/} */
    RemoteShapes(String source) {
        this.source = source;
    }

    HcImportException malformed(String what) {
        return new HcImportException("malformed answer to " + source + ": " + what);
    }

    JsonNode array(JsonNode root, String field) {
        JsonNode list = root.isObject() ? root.get(field) : null;
        if (list == null || !list.isArray()) {
            throw malformed("expected a JSON object with a \"" + field + "\" list");
        }
        return list;
    }

    /** True when the key was read-only: such answers carry {@code unique_key} instead of URLs. */
    static boolean hidesUuid(JsonNode check) {
        return check.has("unique_key") && !check.has("uuid") && !check.has("ping_url") && !check.has("update_url");
    }

    RemoteCheck check(JsonNode c) {
        if (!c.isObject()) {
            throw malformed("a check is not a JSON object");
        }
        String name = text(c, "name", "");
        String uuid = uuidOf(c).orElseThrow(() -> malformed("check \"" + name + "\" has no uuid, ping_url or update_url"));
        List<String> channels = Arrays.stream(text(c, "channels", "").split(",")).filter(s -> !s.isEmpty()).toList();
        return new RemoteCheck(uuid, name, c.has("slug") ? text(c, "slug", "") : Slugify.slugify(name),
            text(c, "tags", ""), text(c, "desc", ""), schedule(c, name), integer(c, "grace", 3600),
            text(c, "methods", ""), bool(c, "manual_resume"), keywords(c), "paused".equals(text(c, "status", "")),
            channels, integer(c, "n_pings", 0));
    }

    /** {@code uuid} (v3), else the last segment of {@code update_url} or {@code ping_url} (v1, v2). */
    private Optional<String> uuidOf(JsonNode c) {
        for (String field : new String[] {"uuid", "update_url", "ping_url"}) {
            String value = text(c, field, "");
            String last = value.substring(value.lastIndexOf('/') + 1);
            if (UUID.matcher(last).matches()) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private Schedule schedule(JsonNode c, String name) {
        if (c.hasNonNull("schedule")) {
            String expression = text(c, "schedule", "");
            String tz = text(c, "tz", "UTC");
            Schedules.problem(expression).ifPresent(p -> {
                throw new HcImportException(HcImportException.Reason.UNSUPPORTED, "check \"" + name + "\": its schedule \"" + expression
                    + "\" is not one Cronkeeper can follow (" + p + ")");
            });
            if (!tz.equals("UTC") && !ZoneId.getAvailableZoneIds().contains(tz)) {
                throw new HcImportException(HcImportException.Reason.UNSUPPORTED, "check \"" + name + "\": time zone \"" + tz + "\" is not known to this Java");
            }
            return Schedules.isCron(expression) ? new Schedule.Cron(expression, tz) : new Schedule.OnCalendar(expression, tz);
        }
        return new Schedule.Simple(Duration.ofSeconds(integer(c, "timeout", 86400)));
    }

    private RemoteCheck.Keywords keywords(JsonNode c) {
        if (c.has("success_kw") || c.has("filter_body")) {
            return new RemoteCheck.Keywords(text(c, "start_kw", ""), text(c, "success_kw", ""), text(c, "failure_kw", ""),
                bool(c, "filter_subject"), bool(c, "filter_body"), bool(c, "filter_http_body"), bool(c, "filter_default_fail"));
        }
        String subject = text(c, "subject", "");
        String subjectFail = text(c, "subject_fail", "");
        if (subject.isEmpty() && subjectFail.isEmpty()) {
            return RemoteCheck.Keywords.NONE;
        }
        return new RemoteCheck.Keywords("", subject, subjectFail, true, false, false, false);
    }

    RemoteChannel channel(JsonNode c) {
        String id = text(c, "id", "");
        if (!UUID.matcher(id).matches()) {
            throw malformed("an integration's id is not a UUID: \"" + id + "\"");
        }
        return new RemoteChannel(id, text(c, "name", ""), text(c, "kind", ""));
    }

    RemoteHistory.Ping ping(JsonNode p) {
        long n = integer(p, "n", -1);
        if (n < 1) {
            throw malformed("a ping has no number \"n\"");
        }
        return new RemoteHistory.Ping(n, time(p, "date"), text(p, "type", "success"), text(p, "scheme", "http"),
            text(p, "remote_addr", ""), text(p, "method", ""), text(p, "ua", ""), text(p, "rid", ""),
            text(p, "body_url", ""));
    }

    RemoteHistory.Flip flip(JsonNode f) {
        return new RemoteHistory.Flip(time(f, "timestamp"), integer(f, "up", 0) == 1);
    }

    List<JsonNode> items(JsonNode root, String field) {
        List<JsonNode> out = new ArrayList<>();
        array(root, field).forEach(out::add);
        return out;
    }

    private Instant time(JsonNode node, String field) {
        String value = text(node, field, "");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("\"" + field + "\" is not an ISO 8601 time: \"" + value + "\"");
        }
    }

    /** Null counts as absent: Healthchecks writes null for an unset rid or body_url. */
    private String text(JsonNode node, String field, String absent) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isTextual()) {
            throw malformed("\"" + field + "\" is not a string");
        }
        return v.asText();
    }

    private long integer(JsonNode node, String field, long absent) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw malformed("\"" + field + "\" is not a whole number");
        }
        return v.asLong();
    }

    private int integer(JsonNode node, String field, int absent) {
        return (int) integer(node, field, (long) absent);
    }

    private boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull() && !v.isBoolean()) {
            throw malformed("\"" + field + "\" is not true or false");
        }
        return v != null && v.asBoolean();
    }
}
