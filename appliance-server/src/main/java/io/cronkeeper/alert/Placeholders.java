package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook placeholders as Healthchecks fills them (reference §8, {@code hc/api/transports.py}):
 * {@code $CODE $STATUS $NOW $NAME $NAME_JSON $SLUG $TAGS $TAG1.. $JSON $EXITSTATUS}, and in a
 * request body also {@code $BODY $BODY_JSON}. One pass over the template, longest name first, so
 * {@code $NAME_JSON} is not read as {@code $NAME} and a value that itself contains {@code $NAME}
 * is never expanded again.
 */
public final class Placeholders {
    /** Python's {@code datetime.isoformat()} of a UTC time without microseconds, as Healthchecks sends. */
    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
        .withZone(ZoneOffset.UTC);

    public enum Where { URL, HEADER, BODY }

    private final Map<String, String> values;
    private final List<String> longestFirst;

    private Placeholders(Map<String, String> values) {
        this.values = values;
        this.longestFirst = values.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static Placeholders of(Alert a, Where where) {
        var v = new LinkedHashMap<String, String>();
        v.put("$CODE", a.checkUuid());
        v.put("$STATUS", a.status());
        v.put("$NOW", NOW.format(a.now().truncatedTo(ChronoUnit.SECONDS)));
        v.put("$NAME", a.checkName());
        v.put("$NAME_JSON", jsonString(a.checkName()));
        v.put("$SLUG", a.slug());
        v.put("$TAGS", String.join(" ", a.tags()));
        for (int i = 0; i < a.tags().size(); i++) {
            v.put("$TAG" + (i + 1), a.tags().get(i));
        }
        v.put("$JSON", a.checkJson());
        v.put("$EXITSTATUS", a.exitStatus().isPresent() ? Integer.toString(a.exitStatus().getAsInt()) : "-1");
        if (where == Where.BODY) {
            v.put("$BODY", a.lastBody());
            v.put("$BODY_JSON", jsonString(a.lastBody()));
        }
        if (where == Where.URL) {
            v.replaceAll((k, value) -> urlEncode(value));
        }
        return new Placeholders(v);
    }

    public String render(String template) {
        var out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            String hit = c == '$' ? match(template, i) : null;
            if (hit == null) {
                out.append(c);
                i++;
            } else {
                out.append(values.get(hit));
                i += hit.length();
            }
        }
        return out.toString();
    }

    private String match(String template, int at) {
        for (String name : longestFirst) {
            if (template.startsWith(name, at)) {
                return name;
            }
        }
        return null;
    }

    static String jsonString(String s) {
        return new TextNode(s).toString();
    }

    /** Percent-encodes all but unreserved characters and {@code /}, like Python's {@code quote()}. */
    static String urlEncode(String s) {
        var sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
