package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * ntfy, by JSON publishing: one POST to the server's root with the topic in the body, as
 * Healthchecks does. Config: {@code server} (default https://ntfy.sh), {@code topic},
 * {@code priority} (1-5, default 5) and {@code priority_up} (default 3), optional {@code token}.
 */
final class NtfyNotifier implements Notifier {
    static final String DEFAULT_SERVER = "https://ntfy.sh";

    private final HttpDelivery http;

    NtfyNotifier(HttpDelivery http) {
        this.http = http;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        AlertText text = AlertText.of(alert);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("topic", config.path("topic").asText());
        payload.put("title", text.subject());
        payload.put("message", text.plain());
        payload.put("priority", alert.down() ? config.path("priority").asInt(5) : config.path("priority_up").asInt(3));
        payload.putArray("tags").add(alert.down() ? "red_circle" : "green_circle");
        if (!alert.checkUrl().isEmpty()) {
            payload.putArray("actions").addObject()
                .put("action", "view").put("label", "View check").put("url", alert.checkUrl());
        }
        String token = config.path("token").asText("");
        Map<String, String> auth = token.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + token);
        String server = config.path("server").asText(DEFAULT_SERVER);
        return http.send(Outgoing.json("POST", Urls.at(server, "/"), payload, auth, List.of(token)));
    }
}
