package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Matrix client-server API v3: {@code PUT /rooms/{room}/send/m.room.message/{txnId}} with a plain
 * and an HTML body. Config: {@code homeserver}, {@code room_id} (!id:server), {@code access_token}.
 *
 * <p>The transaction id is derived from the alert, so a retried delivery of the same alert is
 * deduplicated by the homeserver instead of posted twice; different alerts get different ids.
 */
final class MatrixNotifier implements Notifier {
    private final HttpDelivery http;

    MatrixNotifier(HttpDelivery http) {
        this.http = http;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        AlertText text = AlertText.of(alert);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("msgtype", "m.text");
        payload.put("body", text.plain());
        payload.put("format", "org.matrix.custom.html");
        payload.put("formatted_body", text.html());
        String room = config.path("room_id").asText();
        String token = config.path("access_token").asText();
        String path = "/_matrix/client/v3/rooms/" + Urls.segment(room) + "/send/m.room.message/" + txnId(alert, room);
        return http.send(Outgoing.json("PUT", Urls.at(config.path("homeserver").asText(), path), payload,
            Map.of("Authorization", "Bearer " + token), List.of(token)));
    }

    static String txnId(Alert a, String room) {
        String key = String.join("|", room, a.checkUuid(), a.status(), a.reason(), Long.toString(a.now().toEpochMilli()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ck" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
