package io.cronkeeper.hcimport;

import io.cronkeeper.channel.ChannelKind;
import java.util.Optional;

/** Healthchecks' integration kinds that Cronkeeper can send to, and what the user must enter for each. */
final class IntegrationKinds {
    private IntegrationKinds() {
    }

    /** Our kind for Healthchecks' {@code kind}; empty for kinds we lack. */
    static Optional<ChannelKind> ours(String hcKind) {
        return switch (hcKind) {
            case "po" -> Optional.of(ChannelKind.PUSHOVER);
            // Mattermost takes Slack's incoming-webhook payloads; Healthchecks uses one notifier for both.
            case "mattermost" -> Optional.of(ChannelKind.SLACK);
            default -> ChannelKind.parse(hcKind);
        };
    }

    /** The settings to enter, in the words of the admin app's form (config keys in docs/admin-api.md). */
    static String toEnter(ChannelKind kind) {
        return switch (kind) {
            case EMAIL -> "the email address (address)";
            case WEBHOOK -> "the URL to call when the check goes down and/or up (url, or down.url and up.url)";
            case NTFY -> "the ntfy topic (topic) and server if not ntfy.sh (server)";
            case GOTIFY -> "the Gotify server URL (server) and application token (token)";
            case DISCORD, SLACK -> "the incoming webhook URL (webhook_url)";
            case TELEGRAM -> "the bot token (bot_token) and chat id (chat_id)";
            case PUSHOVER -> "your Pushover user key (user_key) and application token (app_token)";
            case MATRIX -> "the homeserver URL (homeserver), room id (room_id) and access token (access_token)";
        };
    }
}
