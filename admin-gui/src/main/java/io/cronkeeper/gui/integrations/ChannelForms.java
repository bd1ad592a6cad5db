package io.cronkeeper.gui.integrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Friendlier forms for channel kinds the app knows; which kinds are offered is the server's
 * call (its list), and a kind not described here is edited as JSON. The JSON editor is always
 * there too, for config keys a form does not show; keys a form does not show are kept.
 * A field's key is a path: {@code down.url} is {@code url} inside {@code down}.
 */
final class ChannelForms {
    enum Input { TEXT, METHOD, MULTILINE }

    record Field(String key, String label, String prompt, Input input) {
        Field(String key, String label, String prompt) {
            this(key, label, prompt, Input.TEXT);
        }
    }

    private static final Map<String, List<Field>> FORMS = Map.of(
        "webhook", webhook(),
        "email", List.of(new Field("address", "Address", "ops@example.org")),
        "ntfy", List.of(new Field("url", "Server", "https://ntfy.sh"), new Field("topic", "Topic", "my-alerts")),
        "gotify", List.of(new Field("url", "Server", "https://gotify.lan"), new Field("token", "App token", "AbCdEf123456")),
        "discord", List.of(new Field("url", "Webhook URL", "https://discord.com/api/webhooks/…")),
        "slack", List.of(new Field("url", "Webhook URL", "https://hooks.slack.com/services/…")),
        "telegram", List.of(new Field("bot_token", "Bot token", "123456:ABC-DEF…"), new Field("chat_id", "Chat ID", "-1001234567890")),
        "pushover", List.of(new Field("user_key", "User key", "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"),
            new Field("app_token", "App token", "azGDORePK8gMaC0QOYAMyEEuzJnyUi")),
        "matrix", List.of(new Field("homeserver", "Homeserver", "https://matrix.org"),
            new Field("room_id", "Room ID", "!abc:matrix.org"), new Field("access_token", "Access token", "syt_…")));

    private static final Map<String, String> NAMES = Map.of("webhook", "ops webhook", "email", "ops mail",
        "ntfy", "phone (ntfy)", "gotify", "gotify", "discord", "#alerts on Discord", "slack", "#alerts on Slack",
        "telegram", "Telegram group", "pushover", "my phone", "matrix", "#ops:matrix.org");

    /** Healthchecks' webhook: a request when a check goes down and another when it comes back up. */
    private static List<Field> webhook() {
        List<Field> fields = new ArrayList<>();
        for (String side : new String[] {"down", "up"}) {
            String when = side.equals("down") ? "When down: " : "When up: ";
            fields.add(new Field(side + ".url", when + "URL", side.equals("down")
                ? "https://example.org/alert?check=$NAME&status=$STATUS" : "empty: send nothing when it comes back up"));
            fields.add(new Field(side + ".method", "Method", "POST", Input.METHOD));
            fields.add(new Field(side + ".headers", "Headers", "Authorization: Bearer …  (one per line)", Input.MULTILINE));
            fields.add(new Field(side + ".body", "Body", "{\"text\": \"$NAME is $STATUS\"}", Input.MULTILINE));
        }
        return fields;
    }

    private ChannelForms() {
    }

    static List<Field> of(String kind) {
        return FORMS.getOrDefault(kind, List.of());
    }

    static String namePrompt(String kind) {
        return NAMES.getOrDefault(kind, "a name you will recognise");
    }
}
