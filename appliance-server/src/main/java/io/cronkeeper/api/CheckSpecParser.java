package io.cronkeeper.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.CheckChanges;
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
    private static final Set<String> UNIQUE_FIELDS = Set.of("name", "slug", "tags", "timeout", "grace");
    private static final int MIN_SECONDS = 60;
    private static final int MAX_SECONDS = 31_536_000;

    private CheckSpecParser() {
    }

    static CheckChanges parse(JsonNode body) {
        Optional<String> name = string(body, "name", 100);
        Optional<String> slug = string(body, "slug", 100);
        slug.filter(s -> !SLUG.matcher(s).matches()).ifPresent(s -> {
            throw invalid("slug does not match pattern");
        });
        Optional<String> tags = string(body, "tags", Integer.MAX_VALUE);
        Optional<String> desc = string(body, "desc", Integer.MAX_VALUE);
        Optional<Integer> timeout = seconds(body, "timeout");
        Optional<Integer> grace = seconds(body, "grace");
        Optional<String> schedule = string(body, "schedule", 100);
        if (schedule.isPresent()) {
            // Cron and OnCalendar evaluation arrives with the schedule engine; refuse rather than mis-monitor.
            throw invalid("schedule is not supported yet: only simple (timeout + grace) checks can be created");
        }
        Optional<String> tz = string(body, "tz", Integer.MAX_VALUE).map(TimeZones::canonical);
        Optional<Boolean> manualResume = bool(body, "manual_resume");
        Optional<String> methods = string(body, "methods", Integer.MAX_VALUE);
        methods.filter(m -> !m.isEmpty() && !m.equals("POST")).ifPresent(m -> {
            throw invalid("methods has unexpected value");
        });
        Optional<String> channels = string(body, "channels", Integer.MAX_VALUE);
        channels.ifPresent(CheckSpecParser::validateChannels);
        Optional<String> startKw = string(body, "start_kw", 200);
        Optional<String> successKw = string(body, "success_kw", 200);
        Optional<String> failureKw = string(body, "failure_kw", 200);
        Optional<String> subject = string(body, "subject", 200);
        Optional<String> subjectFail = string(body, "subject_fail", 200);
        Optional<Boolean> filterSubject = Optional.empty();
        // The deprecated subject fields set the keywords and turn the subject filter on.
        successKw = subject.isPresent() ? subject : successKw;
        failureKw = subjectFail.isPresent() ? subjectFail : failureKw;
        if (subject.isPresent() || subjectFail.isPresent()) {
            filterSubject = Optional.of(!successKw.orElse("").isEmpty() || !failureKw.orElse("").isEmpty());
        }
        Optional<Boolean> explicitFilterSubject = bool(body, "filter_subject");
        if (explicitFilterSubject.isPresent()) {
            filterSubject = explicitFilterSubject;
        }
        Optional<Boolean> filterBody = bool(body, "filter_body");
        Optional<Boolean> filterHttpBody = bool(body, "filter_http_body");
        Optional<Boolean> filterDefaultFail = bool(body, "filter_default_fail");
        List<String> unique = unique(body);
        return new CheckChanges(name, slug, tags, desc, timeout, grace, Optional.empty(), tz, manualResume, methods,
            startKw, successKw, failureKw, filterSubject, filterBody, filterHttpBody, filterDefaultFail, unique);
    }

    /** No integrations exist until the alerts feature adds them, so only {@code ""} and {@code *} resolve. */
    private static void validateChannels(String channels) {
        if (channels.isEmpty() || channels.equals("*")) {
            return;
        }
        for (String item : channels.split(",", -1)) {
            String id = item.strip();
            if (id.isEmpty()) {
                throw new ApiException.BadRequest("empty channel identifier");
            }
            throw new ApiException.BadRequest("invalid channel identifier: " + id);
        }
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
            if (!item.isTextual()) {
                throw invalid("an item in 'unique' is not a string");
            }
            if (!UNIQUE_FIELDS.contains(item.asText())) {
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
