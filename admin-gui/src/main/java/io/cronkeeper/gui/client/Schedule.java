package io.cronkeeper.gui.client;

/** When a check expects its pings: every period, or by a cron or OnCalendar expression in a time zone. */
public sealed interface Schedule {
    record Period(long timeoutSeconds) implements Schedule {
    }

    record Cron(String expression, String tz) implements Schedule {
    }

    record OnCalendar(String expression, String tz) implements Schedule {
    }

    /**
     * The API has one {@code schedule} field for both expression kinds; a cron line has five
     * fields of digits and {@code * , - /} (or a {@code @daily}-style macro), anything else is OnCalendar.
     */
    static Schedule ofExpression(String expression, String tz) {
        String e = expression.strip();
        boolean cron = e.startsWith("@") || (e.split("\\s+").length == 5 && e.matches("[0-9*,/\\-\\sA-Za-z?LW#]+")
            && !e.contains(":"));
        return cron ? new Cron(e, tz) : new OnCalendar(e, tz);
    }

    /** For the table: {@code every 1 h}, the cron line, or the OnCalendar expression. */
    default String describe() {
        return switch (this) {
            case Period p -> "every " + Durations.format(p.timeoutSeconds());
            case Cron c -> c.expression() + (c.tz().equals("UTC") ? "" : " (" + c.tz() + ")");
            case OnCalendar o -> o.expression() + (o.tz().equals("UTC") ? "" : " (" + o.tz() + ")");
        };
    }
}
