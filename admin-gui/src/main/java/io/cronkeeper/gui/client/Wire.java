package io.cronkeeper.gui.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/** The admin API's JSON objects turned into the client's records; lenient about what is missing. */
final class Wire {
    private Wire() {
    }

    static Check check(JsonNode j) {
        Schedule schedule = j.hasNonNull("timeout")
            ? new Schedule.Period(j.get("timeout").asLong())
            : Schedule.ofExpression(text(j, "schedule"), j.hasNonNull("tz") ? text(j, "tz") : "UTC");
        String status = j.hasNonNull("status_with_started") ? text(j, "status_with_started") : text(j, "status");
        return new Check(text(j, "uuid"), text(j, "project"), text(j, "name"), text(j, "slug"),
            words(text(j, "tags"), " "), text(j, "desc"), CheckStatus.parse(status), schedule, j.path("grace").asLong(),
            time(j, "last_ping"), time(j, "next_ping"), time(j, "alert_after"), j.path("n_pings").asLong(),
            text(j, "ping_url"), optionalText(j, "ping_url_slug"), words(text(j, "channels"), ","),
            j.hasNonNull("last_duration") ? OptionalDouble.of(j.get("last_duration").asDouble()) : OptionalDouble.empty(),
            j);
    }

    static Project project(JsonNode j) {
        JsonNode c = j.path("checks");
        var counts = new Project.Counts(c.path("total").asInt(), c.path("up").asInt(), c.path("grace").asInt(),
            c.path("down").asInt(), c.path("paused").asInt(), c.path("new").asInt());
        return new Project(text(j, "uuid"), text(j, "name"), optionalText(j, "ping_key"),
            optionalText(j, "ping_url_base"), counts);
    }

    static PingKey pingKey(JsonNode j) {
        return new PingKey(optionalText(j, "ping_key"), optionalText(j, "ping_url_base"));
    }

    static ApiKey apiKey(JsonNode j) {
        return new ApiKey(j.path("id").asLong(), text(j, "name"), j.path("read_only").asBoolean(), text(j, "prefix"),
            text(j, "created"), optionalText(j, "key"));
    }

    /** Both the list's ping object and the event's: {@code kind} is in both, {@code duration} only in the list. */
    static Ping ping(JsonNode j) {
        String kind = j.hasNonNull("kind") ? text(j, "kind") : text(j, "type");
        return new Ping(j.path("n").asLong(), PingKind.parse(kind), time(j, "date").orElse(Instant.EPOCH),
            text(j, "scheme"), text(j, "remote_addr"), text(j, "method"), text(j, "ua"), text(j, "rid"),
            j.hasNonNull("exitstatus") ? OptionalInt.of(j.get("exitstatus").asInt()) : OptionalInt.empty(),
            j.hasNonNull("duration") ? OptionalDouble.of(j.get("duration").asDouble()) : OptionalDouble.empty(),
            j.path("body_size").asLong(), j.path("body_received").asLong(j.path("body_size").asLong()));
    }

    static Flip flip(JsonNode j) {
        return new Flip(time(j, "timestamp").orElse(Instant.EPOCH), text(j, "old_status"), text(j, "new_status"),
            text(j, "reason"));
    }

    static Channel channel(JsonNode j) {
        return new Channel(text(j, "uuid"), text(j, "project"), text(j, "name"), text(j, "kind"), j.path("config"),
            j.path("needs_settings").asBoolean(false));
    }

    static DeliveryResult delivery(JsonNode j) {
        boolean delivered = j.path("delivered").asBoolean(j.path("ok").asBoolean(false));
        OptionalInt code = j.hasNonNull("status_code") ? OptionalInt.of(j.get("status_code").asInt()) : OptionalInt.empty();
        return new DeliveryResult(delivered, code, text(j, "error"));
    }

    static DeliveryAttempt attempt(JsonNode j) {
        OptionalInt code = j.hasNonNull("status_code") ? OptionalInt.of(j.get("status_code").asInt()) : OptionalInt.empty();
        return new DeliveryAttempt(time(j, "date").orElse(Instant.EPOCH), text(j, "kind"), text(j, "status"),
            j.path("delivered").asBoolean(false), code, text(j, "error"));
    }

    static Notification notification(JsonNode j) {
        return new Notification(text(j, "channel"), text(j, "kind"), time(j, "due").orElse(Instant.EPOCH),
            text(j, "state"), j.path("attempts").asInt(), time(j, "next_attempt"), time(j, "finished"));
    }

    static SchedulePreview preview(JsonNode j) {
        List<Instant> next = new ArrayList<>();
        j.path("next").forEach(n -> parseTime(n.asText()).ifPresent(next::add));
        return new SchedulePreview(next);
    }

    /** {@code {"badges": {"*": {"svg": …, "svg3": …}, "tag": {…}}}}: the all-checks set first. */
    static List<BadgeSet> badges(JsonNode j) {
        List<BadgeSet> out = new ArrayList<>();
        j.path("badges").properties().forEach(e -> {
            JsonNode u = e.getValue();
            var set = new BadgeSet(e.getKey(), text(u, "svg"), text(u, "json"), text(u, "shields"), text(u, "svg3"),
                text(u, "json3"), text(u, "shields3"));
            if (set.allChecks()) {
                out.addFirst(set);
            } else {
                out.add(set);
            }
        });
        return out;
    }

    static <T> List<T> list(JsonNode j, String field, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        j.path(field).forEach(item -> out.add(each.apply(item)));
        return out;
    }

    static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static Optional<String> optionalText(JsonNode j, String field) {
        String v = text(j, field);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Instant> time(JsonNode j, String field) {
        return optionalText(j, field).flatMap(Wire::parseTime);
    }

    static Optional<Instant> parseTime(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> words(String s, String separator) {
        return Arrays.stream(s.split(separator)).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}
