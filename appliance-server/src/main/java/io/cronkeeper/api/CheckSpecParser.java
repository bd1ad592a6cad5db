package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.AlertChanges;
import io.cronkeeper.check.CheckChanges;
import io.cronkeeper.schedule.Schedules;
import io.cronkeeper.store.Micros;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a create/update body like Healthchecks' strict {@code Spec} schema (reference §4.5):
 * unknown keys ignored, explicit {@code null} rejected, the first error reported as
 * {@code json validation error: <field> <problem>}.
 */
final class CheckSpecParser {
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9-_]*$");
    private static final Set<String> METHODS = Set.of("", "POST");
    private static final Set<String> UNIQUE_FIELDS = Set.of("name", "slug", "tags", "timeout", "grace");
    private static final int MIN_SECONDS = 60;
    private static final int MAX_SECONDS = 31_536_000;
    private static final int MAX_FAIL_THRESHOLD = 1000;

    private CheckSpecParser() {
    }

    /**
     * Fields are checked in the order Healthchecks' schema declares them (alphabetical), because
     * only the first error is reported and a client may see which one that is.
     */
    static CheckSpec parse(JsonNode body) {
        Optional<String> channels = string(body, "channels", Integer.MAX_VALUE);
        Optional<String> desc = string(body, "desc", Integer.MAX_VALUE);
        Optional<Integer> failThreshold = bounded(body, "fail_threshold", 1, MAX_FAIL_THRESHOLD);
        Optional<String> failureKw = string(body, "failure_kw", 200);
        Optional<Boolean> filterBody = bool(body, "filter_body");
        Optional<Boolean> filterDefaultFail = bool(body, "filter_default_fail");
        Optional<Boolean> filterHttpBody = bool(body, "filter_http_body");
        Optional<Boolean> filterSubject = bool(body, "filter_subject");
        Optional<Integer> grace = seconds(body, "grace");
        Optional<Boolean> manualResume = bool(body, "manual_resume");
        Optional<String> methods = literal(body, "methods", METHODS);
        Optional<Integer> minRunTime = bounded(body, "min_run_time", 0, MAX_SECONDS);
        Optional<String> name = string(body, "name", 100);
        Optional<Integer> repeatEvery = secondsOrOff(body, "repeat_every");
        Optional<String> schedule = string(body, "schedule", 100);
        schedule.filter(s -> !Schedules.valid(s)).ifPresent(s -> {
            throw invalid("schedule is not a valid cron or OnCalendar expression");
        });
        Optional<String> slug = string(body, "slug", 100);
        slug.filter(s -> !SLUG.matcher(s).matches()).ifPresent(s -> {
            throw invalid("slug does not match pattern");
        });
        Optional<Long> snoozedUntil = string(body, "snoozed_until", 100).map(CheckSpecParser::snoozeTime);
        Optional<Integer> startGrace = secondsOrOff(body, "start_grace");
        Optional<String> startKw = string(body, "start_kw", 200);
        Optional<String> subject = string(body, "subject", 200);
        Optional<String> subjectFail = string(body, "subject_fail", 200);
        Optional<String> successKw = string(body, "success_kw", 200);
        Optional<String> tags = string(body, "tags", Integer.MAX_VALUE);
        Optional<Integer> timeout = seconds(body, "timeout");
        Optional<String> tz = string(body, "tz", Integer.MAX_VALUE).map(TimeZones::canonical);
        List<String> unique = unique(body);
        // Channels are resolved against the project when the check is saved, after the schema
        // passed, so schema errors come first (as in Healthchecks).
        var changes = new CheckChanges(name, slug, tags, desc, timeout, grace, schedule, tz, manualResume,
            methods, startKw, successKw, failureKw, subject, subjectFail, filterSubject, filterBody, filterHttpBody,
            filterDefaultFail, unique,
            new AlertChanges(startGrace, minRunTime, failThreshold, repeatEvery, snoozedUntil));
        return new CheckSpec(changes, channels);
    }

    private static Optional<String> string(JsonNode body, String field, int maxLength) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw invalid(field + " is not a string");
        }
        if (v.asText().codePointCount(0, v.asText().length()) > maxLength) {
            throw invalid(field + " is too long");
        }
        return Optional.of(v.asText());
    }

    private static Optional<Integer> seconds(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber()) {
            throw invalid(field + " is not a number");
        }
        if (!v.canConvertToLong() || v.asLong() > MAX_SECONDS) {
            throw invalid(field + " is too large");
        }
        if (v.asLong() < MIN_SECONDS) {
            throw invalid(field + " is too small");
        }
        return Optional.of((int) v.asLong());
    }

    /** Our alert options: an integer within bounds, with the same messages as the v3 fields. */
    private static Optional<Integer> bounded(JsonNode body, String field, int min, int max) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber()) {
            throw invalid(field + " is not a number");
        }
        if (!v.canConvertToLong() || v.asLong() > max) {
            throw invalid(field + " is too large");
        }
        if (v.asLong() < min) {
            throw invalid(field + " is too small");
        }
        return Optional.of((int) v.asLong());
    }

    /** 0 turns the option off; otherwise the same range as {@code grace}. */
    private static Optional<Integer> secondsOrOff(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToLong() && v.asLong() == 0) {
            return Optional.of(0);
        }
        return bounded(body, field, MIN_SECONDS, MAX_SECONDS);
    }

    /** An ISO 8601 time with an offset, or "" to end the snooze (stored as 0 = off). */
    private static long snoozeTime(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Micros.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw invalid("snoozed_until is not an ISO 8601 time with an offset (e.g. 2026-01-31T08:00:00+00:00)");
        }
    }

    /** A {@code Literal[...]} field: any other value, of any type, "has unexpected value". */
    private static Optional<String> literal(JsonNode body, String field, Set<String> allowed) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual() || !allowed.contains(v.asText())) {
            throw invalid(field + " has unexpected value");
        }
        return Optional.of(v.asText());
    }

    private static Optional<Boolean> bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw invalid(field + " is not a boolean");
        }
        return Optional.of(v.asBoolean());
    }

    private static List<String> unique(JsonNode body) {
        JsonNode v = body.get("unique");
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw invalid("unique is not an array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || !UNIQUE_FIELDS.contains(item.asText())) {
                throw invalid("an item in 'unique' has unexpected value");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static ApiException invalid(String detail) {
        return new ApiException.BadRequest("json validation error: " + detail);
    }
}
