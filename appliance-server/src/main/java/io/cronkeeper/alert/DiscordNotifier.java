package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Discord, through its native "execute webhook" call: the subject as {@code content} and one embed
 * with the facts, red or green. (Healthchecks posts Slack-style JSON to the webhook's {@code /slack}
 * alias instead; the native form needs no compatibility layer.) Mentions are switched off so an
 * {@code @everyone} in a check name pings nobody. Config: {@code webhook_url}.
 */
final class DiscordNotifier implements Notifier {
    static final int RED = 0xd9534f;
    static final int GREEN = 0x5cb85c;

    private final HttpDelivery http;

    DiscordNotifier(HttpDelivery http) {
        this.http = http;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        AlertText text = AlertText.of(alert);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("content", text.subject());
        ObjectNode embed = payload.putArray("embeds").addObject();
        embed.put("title", text.headline());
        embed.put("description", description(text));
        embed.put("color", alert.down() ? RED : GREEN);
        embed.put("timestamp", AlertText.iso(alert.now()));
        if (!alert.checkUrl().isEmpty()) {
            embed.put("url", alert.checkUrl());
        }
        payload.putObject("allowed_mentions").putArray("parse");
        String url = config.path("webhook_url").asText();
        // The URL's last segment is the webhook's token.
        return http.send(Outgoing.json("POST", URI.create(url), payload, Map.of(), List.of(lastSegment(url))));
    }

    static String description(AlertText text) {
        var sb = new StringBuilder();
        text.facts().forEach(f -> sb.append(f.label()).append(": ").append(f.value()).append('\n'));
        // A body that itself contains a fence would break out of the code block; leave it out then.
        if (!text.bodyExcerpt().isEmpty() && !text.bodyExcerpt().contains("```")) {
            sb.append("\nLast ping body:\n```\n").append(text.bodyExcerpt().stripTrailing()).append("\n```\n");
        }
        return sb.toString().strip();
    }

    static String lastSegment(String url) {
        String path = URI.create(url).getPath();
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }
}
