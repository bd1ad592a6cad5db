package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Webhooks, in the two config forms the channel rules accept: {@code {"url", "method", "headers",
 * "body"}} for both directions (POST with a JSON event unless told otherwise), or Healthchecks'
 * separate {@code "down"} and {@code "up"} requests (GET unless told otherwise), where a side
 * without a URL sends nothing.
 */
final class WebhookNotifier implements Notifier {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    /** Headers whose values are kept out of error messages. */
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile("(?i)auth|token|key|secret|cookie|pass");

    private final HttpDelivery http;

    WebhookNotifier(HttpDelivery http) {
        this.http = http;
    }

    /** One side's request as configured, before placeholders. Empty body: the default JSON event. */
    record Spec(String method, String url, Map<String, String> headers, Optional<String> body) {
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        Optional<Spec> spec = spec(config, alert.down());
        if (spec.isEmpty()) {
            // Nothing configured for this direction: done, nothing sent.
            return new DeliveryResult(true, OptionalInt.empty(), "", false);
        }
        Outgoing request;
        try {
            request = request(alert, spec.get());
        } catch (IllegalArgumentException e) {
            // The URL is not shown: its query may hold a token.
            return DeliveryResult.failed(OptionalInt.empty(),
                "the webhook URL is not a valid URL once its placeholders are filled in", false);
        }
        return http.send(request);
    }

    static Optional<Spec> spec(JsonNode config, boolean down) {
        if (config.hasNonNull("url")) {
            return Optional.of(specOf(config, "POST"));
        }
        JsonNode side = config.get(down ? "down" : "up");
        if (side == null || !side.isObject() || side.path("url").asText("").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(specOf(side, "GET"));
    }

    private static Spec specOf(JsonNode node, String defaultMethod) {
        var headers = new LinkedHashMap<String, String>();
        node.path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
        Optional<String> body = node.hasNonNull("body") ? Optional.of(node.get("body").asText()) : Optional.empty();
        return new Spec(node.path("method").asText(defaultMethod).toUpperCase(Locale.ROOT), node.get("url").asText(),
            headers, body);
    }

    /** @throws IllegalArgumentException when the URL is not one once placeholders are filled in */
    static Outgoing request(Alert alert, Spec spec) {
        URI uri = URI.create(Placeholders.of(alert, Placeholders.Where.URL).render(spec.url()));
        Placeholders inHeaders = Placeholders.of(alert, Placeholders.Where.HEADER);
        var headers = new LinkedHashMap<String, String>();
        spec.headers().forEach((name, value) -> headers.put(name, headerSafe(inHeaders.render(value))));
        Optional<String> body = Optional.empty();
        if (WITH_BODY.contains(spec.method())) {
            if (spec.body().isPresent()) {
                body = Optional.of(Placeholders.of(alert, Placeholders.Where.BODY).render(spec.body().get()));
            } else {
                body = Optional.of(defaultEvent(alert).toString());
                if (headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
                    headers.put("Content-Type", "application/json");
                }
            }
        }
        var secrets = new ArrayList<String>();
        headers.forEach((name, value) -> {
            if (CREDENTIAL_HEADER.matcher(name).find()) {
                secrets.add(value);
            }
        });
        Optional.ofNullable(uri.getRawQuery()).ifPresent(secrets::add);
        return new Outgoing(spec.method(), uri, headers, body, secrets);
    }

    /** The body of a webhook that configures none: the event, as JSON. */
    static ObjectNode defaultEvent(Alert a) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("check", a.checkUuid());
        event.put("name", a.checkName());
        event.put("slug", a.slug());
        event.putArray("tags").addAll(a.tags().stream().map(JsonNodeFactory.instance::textNode).toList());
        event.put("project", a.projectName());
        event.put("status", a.status());
        event.put("reason", a.reason());
        event.put("now", AlertText.iso(a.now()));
        if (a.lastPing().isPresent()) {
            event.put("last_ping", AlertText.iso(a.lastPing().get()));
        } else {
            event.putNull("last_ping");
        }
        if (a.exitStatus().isPresent()) {
            event.put("exit_status", a.exitStatus().getAsInt());
        } else {
            event.putNull("exit_status");
        }
        event.put("check_url", a.checkUrl());
        return event;
    }

    /**
     * Header values carry Latin-1 only: other characters become XML character references, as
     * Healthchecks does, and line breaks become spaces so a value cannot start a new header.
     */
    static String headerSafe(String value) {
        var sb = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (cp == '\r' || cp == '\n' || cp < 0x20 && cp != '\t' || cp == 0x7f) {
                sb.append(' ');
            } else if (cp > 0xff) {
                sb.append("&#").append(cp).append(';');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
