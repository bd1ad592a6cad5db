package io.cronkeeper.alert;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an alert says to a person, the same for every kind: a subject like {@code DOWN | backup},
 * a headline, labelled facts and, when the last ping had one, the start of its body.
 *
 * @param bodyExcerpt the first {@value #BODY_EXCERPT} characters of the last ping's body, "" if none
 */
public record AlertText(String subject, String headline, List<Fact> facts, String bodyExcerpt, String checkUrl) {
    public static final int BODY_EXCERPT = 500;

    public record Fact(String label, String value) {
    }

    public static AlertText of(Alert a) {
        String state = a.status().toUpperCase(Locale.ROOT);
        String reason = reasonText(a);
        var facts = new ArrayList<Fact>();
        facts.add(new Fact("Check", a.displayName()));
        if (!a.projectName().isEmpty()) {
            facts.add(new Fact("Project", a.projectName()));
        }
        facts.add(new Fact("Status", a.status()));
        facts.add(new Fact("Reason", reason));
        facts.add(new Fact("Time", iso(a.now())));
        if (!a.tags().isEmpty()) {
            facts.add(new Fact("Tags", String.join(" ", a.tags())));
        }
        facts.add(new Fact("Last ping", a.lastPing()
            .map(t -> iso(t) + a.lastPingKind().filter(k -> !k.isEmpty()).map(k -> " (" + k + ")").orElse(""))
            .orElse("never")));
        a.exitStatus().ifPresent(code -> facts.add(new Fact("Exit status", Integer.toString(code))));
        return new AlertText(state + " | " + a.displayName(), "\"" + a.displayName() + "\" is " + state + " (" + reason + ")",
            List.copyOf(facts), excerpt(a.lastBody()), a.checkUrl());
    }

    /** Why, in words: timeouts, failure signals and reminders read differently. */
    public static String reasonText(Alert a) {
        return switch (a.reason()) {
            case "timeout" -> "did not ping in time";
            case "fail" -> "sent a failure signal";
            case "too_fast" -> "finished faster than its minimum run time";
            case "nag" -> "is still down";
            case "test" -> "test notification";
            default -> a.down() ? "went down" : "received a ping";
        };
    }

    /** ISO 8601 in UTC to the second, e.g. {@code 2024-05-01T02:00:13Z}. */
    public static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    public String plain() {
        var sb = new StringBuilder(headline).append("\n\n");
        facts.forEach(f -> sb.append(f.label()).append(": ").append(f.value()).append('\n'));
        if (!bodyExcerpt.isEmpty()) {
            sb.append("\nLast ping body:\n").append(bodyExcerpt.stripTrailing()).append('\n');
        }
        if (!checkUrl.isEmpty()) {
            sb.append("\n").append(checkUrl).append('\n');
        }
        return sb.toString();
    }

    /** A small HTML rendering for email and Matrix: no styles, no images, everything escaped. */
    public String html() {
        var sb = new StringBuilder("<p><b>").append(escape(headline)).append("</b></p>\n<table>\n");
        facts.forEach(f -> sb.append("<tr><th align=\"left\">").append(escape(f.label())).append("</th><td>")
            .append(escape(f.value())).append("</td></tr>\n"));
        sb.append("</table>\n");
        if (!bodyExcerpt.isEmpty()) {
            sb.append("<p>Last ping body:</p>\n<pre>").append(escape(bodyExcerpt)).append("</pre>\n");
        }
        if (!checkUrl.isEmpty()) {
            sb.append("<p><a href=\"").append(escape(checkUrl)).append("\">").append(escape(checkUrl)).append("</a></p>\n");
        }
        return sb.toString();
    }

    public static String escape(String s) {
        var sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The first characters of a body, cut at a code point, marked when cut (as Healthchecks does). */
    static String excerpt(String body) {
        if (body.codePointCount(0, body.length()) <= BODY_EXCERPT) {
            return body;
        }
        return body.substring(0, body.offsetByCodePoints(0, BODY_EXCERPT)) + "\n[truncated]";
    }
}
