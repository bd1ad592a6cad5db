package io.cronkeeper.gui.checks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which form field a refusal of the server is about, so its words can go under that field. */
final class ErrorFields {
    /** v3's validation names the field first: {@code json validation error: timeout is too small}. */
    private static final Pattern FIELD_IN_ERROR = Pattern.compile("json validation error: (?:an item in ')?([a-z_]+)");

    private ErrorFields() {
    }

    static Optional<String> fieldOf(String message, CheckForm.Mode mode) {
        Matcher m = FIELD_IN_ERROR.matcher(message);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        // A schedule engine's own words ("invalid cron expression: …") name no field.
        String lower = message.toLowerCase(Locale.ROOT);
        if (mode != CheckForm.Mode.PERIOD && (lower.contains("schedule") || lower.contains("cron")
            || lower.contains("oncalendar") || lower.contains("expression") || lower.contains("time zone"))) {
            return Optional.of(lower.contains("time zone") ? "tz" : "schedule");
        }
        return Optional.empty();
    }
}
