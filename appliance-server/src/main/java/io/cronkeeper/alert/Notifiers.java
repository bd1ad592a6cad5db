package io.cronkeeper.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.channel.ChannelKind;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The notifier of each channel kind, sharing one HTTP client. Every notifier it hands out first
 * checks the channel config with the kind's rules (a config stored before a rule existed fails
 * cleanly) and turns an unexpected exception into a failed result: delivery never throws.
 */
public final class Notifiers implements AutoCloseable {
    private final HttpClient client;
    private final Map<ChannelKind, Notifier> byKind = new EnumMap<>(ChannelKind.class);

    public Notifiers(NotifierSettings settings, Clock clock) {
        this.client = HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            // A redirect could lead around the private-network check, so none is followed.
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        var http = new HttpDelivery(client, new TargetPolicy(settings.allowPrivateTargets()), settings.requestTimeout());
        for (ChannelKind kind : ChannelKind.values()) {
            Notifier notifier = switch (kind) {
                case EMAIL -> new EmailNotifier(settings.smtp(), settings.connectTimeout(), settings.requestTimeout(), clock);
                case WEBHOOK -> new WebhookNotifier(http);
                case NTFY -> new NtfyNotifier(http);
                case GOTIFY -> new GotifyNotifier(http);
                case DISCORD -> new DiscordNotifier(http);
                case SLACK -> new SlackNotifier(http);
                case TELEGRAM -> new TelegramNotifier(http, settings.telegramApi());
                case PUSHOVER -> new PushoverNotifier(http, settings.pushoverApi());
                case MATRIX -> new MatrixNotifier(http);
            };
            byKind.put(kind, guarded(kind, notifier));
        }
    }

    public Notifier forKind(ChannelKind kind) {
        return byKind.get(kind);
    }

    private static Notifier guarded(ChannelKind kind, Notifier notifier) {
        return (Alert alert, JsonNode config) -> {
            var problem = kind.problemWith(config);
            if (problem.isPresent()) {
                return DeliveryResult.failed(OptionalInt.empty(), "channel config: " + problem.get(), false);
            }
            try {
                return notifier.deliver(alert, config);
            } catch (RuntimeException e) {
                return DeliveryResult.failed(OptionalInt.empty(),
                    kind.wire() + " delivery failed unexpectedly: " + e.getClass().getSimpleName(), false);
            }
        };
    }

    /** Stops the shared HTTP client once the deliveries under way have finished. */
    @Override
    public void close() {
        client.close();
    }
}
