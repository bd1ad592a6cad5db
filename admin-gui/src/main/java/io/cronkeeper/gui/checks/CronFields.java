package io.cronkeeper.gui.checks;

import java.util.Optional;

/**
 * A cron line must have exactly five fields. The server tells a cron line from an OnCalendar
 * expression by its shape, so a six-field (Quartz, with seconds) line would come back as an
 * OnCalendar parser error that helps nobody; the form says what is wrong before sending.
 */
final class CronFields {
    private CronFields() {
    }

    static Optional<String> problem(CheckForm.Mode mode, String expression) {
        String e = expression.strip();
        if (mode != CheckForm.Mode.CRON || e.isEmpty() || e.startsWith("@")) {
            return Optional.empty();
        }
        int fields = e.split("\\s+").length;
        if (fields == 5) {
            return Optional.empty();
        }
        String extra = fields > 5 ? " (seconds or years are not supported)" : "";
        return Optional.of("A cron expression has 5 fields: minute hour day-of-month month day-of-week; this one has "
            + fields + extra + ". E.g. 0 3 * * *");
    }
}
