package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Slack incoming webhooks, shaped as Healthchecks shapes them: one coloured attachment whose title
 * links to the check and whose fields carry the facts; plus a top-level {@code text} so that
 * notifications show something. Config: {@code webhook_url}.
 */
final class SlackNotifier implements Notifier {
    private final HttpDelivery http;

    SlackNotifier(HttpDelivery http) {
        this.http = http;
    }

    @Override
    public DeliveryResult deliver(Alert alert, JsonNode config) {
        AlertText text = AlertText.of(alert);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("text", escape(text.subject()));
        ObjectNode attachment = payload.putArray("attachments").addObject();
        attachment.put("color", alert.down() ? "danger" : "good");
        attachment.put("fallback", escape(text.headline()));
        attachment.put("title", escape(text.headline()));
        if (!alert.checkUrl().isEmpty()) {
            attachment.put("title_link", alert.checkUrl());
        }
        attachment.putArray("mrkdwn_in").add("fields");
        ArrayNode fields = attachment.putArray("fields");
        text.facts().forEach(f -> fields.addObject().put("title", f.label()).put("value", escape(f.value())).put("short", true));
        if (!text.bodyExcerpt().isEmpty() && !text.bodyExcerpt().contains("```")) {
            fields.addObject().put("title", "Last Ping Body")
                .put("value", "```\n" + escape(text.bodyExcerpt().stripTrailing()) + "\n```").put("short", false);
        }
        String url = config.path("webhook_url").asText();
        return http.send(Outgoing.json("POST", URI.create(url), payload, Map.of(), List.of(URI.create(url).getPath())));
    }

    /** Slack reads {@code &}, {@code <} and {@code >} as markup; everything else is literal. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
