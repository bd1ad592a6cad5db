package io.cronkeeper.gui.integrations;

import java.util.List;
import java.util.Map;

/**
 * Friendlier forms for channel kinds the app knows; which kinds are offered is the server's
 * call (its list), and a kind not described here is edited as JSON. The JSON editor is always
 * there too, for config keys a form does not show; keys a form does not show are kept.
 */
final class ChannelForms {
    record Field(String key, String label, String prompt) {
    }

    private static final Map<String, List<Field>> FORMS = Map.of(
        "webhook", List.of(new Field("url", "URL", "https://example.org/hook")),
        "email", List.of(new Field("address", "Address", "ops@example.org")),
        "ntfy", List.of(new Field("url", "Server", "https://ntfy.sh"), new Field("topic", "Topic", "my-alerts")),
        "gotify", List.of(new Field("url", "Server", "https://gotify.lan"), new Field("token", "App token", "")),
        "discord", List.of(new Field("url", "Webhook URL", "https://discord.com/api/webhooks/…")),
        "slack", List.of(new Field("url", "Webhook URL", "https://hooks.slack.com/services/…")),
        "telegram", List.of(new Field("bot_token", "Bot token", ""), new Field("chat_id", "Chat ID", "")),
        "pushover", List.of(new Field("user_key", "User key", ""), new Field("app_token", "App token", "")),
        "matrix", List.of(new Field("homeserver", "Homeserver", "https://matrix.org"),
            new Field("room_id", "Room ID", "!abc:matrix.org"), new Field("access_token", "Access token", "")));

    private ChannelForms() {
    }

    static List<Field> of(String kind) {
        return FORMS.getOrDefault(kind, List.of());
    }
}
