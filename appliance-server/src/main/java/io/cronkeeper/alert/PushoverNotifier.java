package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Pushover's message API, form-encoded. Config: {@code user_key}, {@code app_token} (each user
 * registers their own application), {@code priority} (-2..2, default 0) and {@code priority_up}
 * (default 0). Emergency priority 2 repeats every {@value #RETRY} s until acknowledged or
 * {@value #EXPIRE} s have passed, Healthchecks' defaults.
 */
final class PushoverNotifier implements Notifier {
    static final int RETRY = 300;
    static final int EXPIRE = 86400;
    private static final int MAX_TITLE = 250;
    private static final int MAX_MESSAGE = 1024;

    private final HttpDelivery http;
    private final URI api;

    PushoverNotifier(HttpDelivery http, URI api) {
        this.http = http;
        this.api = api;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        AlertText text = AlertText.of(alert);
        String token = config.path("app_token").asText();
        String user = config.path("user_key").asText();
        int priority = alert.down() ? config.path("priority").asInt(0) : config.path("priority_up").asInt(0);
        var form = new LinkedHashMap<String, String>();
        form.put("token", token);
        form.put("user", user);
        form.put("title", cut(text.subject(), MAX_TITLE));
        form.put("message", cut(text.plain(), MAX_MESSAGE));
        form.put("priority", Integer.toString(priority));
        if (priority == 2) {
            form.put("retry", Integer.toString(RETRY));
            form.put("expire", Integer.toString(EXPIRE));
        }
        return http.send(Outgoing.form(Urls.at(api.toString(), "/1/messages.json"), form, List.of(token, user)));
    }

    static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
