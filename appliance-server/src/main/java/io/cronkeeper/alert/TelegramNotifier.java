package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Telegram's Bot API {@code sendMessage}, with the text in its HTML subset (everything from the
 * check escaped). Config: {@code bot_token}, {@code chat_id} (number, numeric string or
 * {@code @channel}). The token is part of the URL path, so it is masked in every error.
 */
final class TelegramNotifier implements Notifier {
    private final HttpDelivery http;
    private final URI api;

    TelegramNotifier(HttpDelivery http, URI api) {
        this.http = http;
        this.api = api;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        String token = config.path("bot_token").asText();
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        JsonNode chat = config.path("chat_id");
        if (chat.isIntegralNumber() || chat.asText().matches("-?[0-9]+")) {
            payload.put("chat_id", chat.asLong());
        } else {
            payload.put("chat_id", chat.asText());
        }
        payload.put("text", text(AlertText.of(alert)));
        payload.put("parse_mode", "HTML");
        return http.send(Outgoing.json("POST", Urls.at(api.toString(), "/bot" + token + "/sendMessage"), payload,
            Map.of(), List.of(token)));
    }

    static String text(AlertText t) {
        var sb = new StringBuilder("<b>").append(AlertText.escape(t.subject())).append("</b>\n\n");
        t.facts().forEach(f -> sb.append("<b>").append(AlertText.escape(f.label())).append(":</b> ")
            .append(AlertText.escape(f.value())).append('\n'));
        if (!t.bodyExcerpt().isEmpty()) {
            sb.append("\nLast ping body:\n<pre>").append(AlertText.escape(t.bodyExcerpt().stripTrailing())).append("</pre>\n");
        }
        if (!t.checkUrl().isEmpty()) {
            sb.append('\n').append(AlertText.escape(t.checkUrl())).append('\n');
        }
        return sb.toString().strip();
    }
}
