package io.cronkeeper.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of integration, each with the config it needs to be deliverable (the keys are listed
 * in docs/admin-api.md). Extra config keys are kept as given.
 */
public enum ChannelKind {
    WEBHOOK, EMAIL, NTFY, GOTIFY, DISCORD, SLACK, TELEGRAM, PUSHOVER, MATRIX;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelKind> parse(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }

    /** Every kind's wire name, comma-separated, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(ChannelKind::wire).collect(Collectors.joining(", "));
    }

    /** What is wrong with a config object for this kind, in words for the user; empty if nothing. */
    public Optional<String> problemWith(JsonNode config) {
        ConfigFields f = new ConfigFields(wire(), config);
        return switch (this) {
            case WEBHOOK -> WebhookConfigRules.problemWith(f);
            case EMAIL -> f.email("address");
            case NTFY -> f.first(
                f.required("topic", "a topic name of letters, digits, - and _ (at most 64)", ConfigFields.NTFY_TOPIC),
                f.optionalUrl("server"),
                f.optionalInt("priority", 1, 5),
                f.optionalInt("priority_up", 1, 5),
                f.optionalText("token"));
            case GOTIFY -> f.first(
                f.url("server"),
                f.requiredText("token", "the application token"),
                f.optionalInt("priority", 0, 10),
                f.optionalInt("priority_up", 0, 10));
            case DISCORD, SLACK -> f.url("webhook_url");
            case TELEGRAM -> f.first(
                f.required("bot_token", "the token BotFather gave, like 123456:ABC-DEF…", ConfigFields.TELEGRAM_TOKEN),
                f.chatId("chat_id"));
            case PUSHOVER -> f.first(
                f.required("user_key", "your 30-character Pushover user key", ConfigFields.PUSHOVER_KEY),
                f.required("app_token", "the 30-character API token of your Pushover application", ConfigFields.PUSHOVER_KEY),
                f.optionalInt("priority", -2, 2),
                f.optionalInt("priority_up", -2, 2));
            case MATRIX -> f.first(
                f.url("homeserver"),
                f.required("room_id", "a room ID like !abc:example.org (room settings, Advanced; not an #alias)",
                    ConfigFields.MATRIX_ROOM),
                f.requiredText("access_token", "the access token of the account that posts"));
        };
    }
}
