package io.cronkeeper.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A webhook is either one request for both directions ({@code url}, optional {@code method},
 * {@code headers}, {@code body}) or, as in Healthchecks, separate {@code down} and {@code up}
 * requests of that shape, where a side without a URL sends nothing.
 */
final class WebhookConfigRules {
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers the JDK's HTTP client sets itself and refuses to take from us. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private WebhookConfigRules() {
    }

    static Optional<String> problemWith(ConfigFields f) {
        boolean sides = f.has("down") || f.has("up");
        if (f.has("url")) {
            return sides
                ? f.problem("url", "cannot be combined with \"down\"/\"up\": use one request for both directions or separate ones")
                : request(f);
        }
        if (!sides) {
            return f.needs("url", "an http or https URL");
        }
        for (String side : new String[] {"down", "up"}) {
            if (f.has(side) && !f.node().get(side).isObject()) {
                return f.problem(side, "must be an object with \"url\" and optionally \"method\", \"headers\", \"body\"");
            }
        }
        boolean anyUrl = false;
        for (String side : new String[] {"down", "up"}) {
            if (f.has(side)) {
                ConfigFields s = f.nested(side);
                if (s.text("url").filter(u -> !u.isEmpty()).isPresent()) {
                    anyUrl = true;
                    Optional<String> problem = request(s);
                    if (problem.isPresent()) {
                        return problem;
                    }
                } else if (s.has("url") && !s.node().get("url").isTextual()) {
                    return s.problem("url", "must be a string (empty: send nothing)");
                }
            }
        }
        return anyUrl ? Optional.empty() : f.needs("down.url\" or \"up.url", "an http or https URL");
    }

    private static Optional<String> request(ConfigFields f) {
        Optional<String> url = f.url("url");
        if (url.isPresent()) {
            return url;
        }
        if (f.has("method")) {
            String method = f.text("method").orElse("").toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                return f.problem("method", "must be one of GET, POST, PUT, PATCH, DELETE");
            }
        }
        if (f.has("body") && !f.node().get("body").isTextual()) {
            return f.problem("body", "must be a string (placeholders such as $NAME are replaced)");
        }
        if (f.has("headers")) {
            JsonNode headers = f.node().get("headers");
            if (!headers.isObject()) {
                return f.problem("headers", "must be an object of header name: value");
            }
            for (Map.Entry<String, JsonNode> h : headers.properties()) {
                if (!TOKEN.matcher(h.getKey()).matches()) {
                    return f.problem("headers", "has a bad header name: " + h.getKey());
                }
                if (RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    return f.problem("headers", "cannot set " + h.getKey() + ": the HTTP client sets it");
                }
                if (!h.getValue().isTextual()) {
                    return f.problem("headers", "value of " + h.getKey() + " must be a string");
                }
            }
        }
        return Optional.empty();
    }
}
