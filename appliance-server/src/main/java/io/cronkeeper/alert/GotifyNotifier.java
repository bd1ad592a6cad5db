package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Gotify: {@code POST {server}/message} with the application token in {@code X-Gotify-Key} (a
 * header keeps it out of proxy logs, unlike Healthchecks' {@code ?token=}). Config: {@code server},
 * {@code token}, {@code priority} (0-10, default 8) and {@code priority_up} (default 5).
 */
final class GotifyNotifier implements Notifier {
    private final HttpDelivery http;

    GotifyNotifier(HttpDelivery http) {
        this.http = http;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        AlertText text = AlertText.of(alert);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("title", text.subject());
        payload.put("message", text.plain());
        payload.put("priority", alert.down() ? config.path("priority").asInt(8) : config.path("priority_up").asInt(5));
        payload.putObject("extras").putObject("client::display").put("contentType", "text/plain");
        String token = config.path("token").asText();
        return http.send(Outgoing.json("POST", Urls.at(config.path("server").asText(), "/message"), payload,
            Map.of("X-Gotify-Key", token), List.of(token)));
    }
}
