package io.cronkeeper.alert;

import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SmtpSettings;
import java.net.URI;
import java.time.Duration;

/**
 * What every notifier needs from the server's configuration. The fixed hosts of Telegram and
 * Pushover are settings only so that tests can point them at a local receiver.
 */
public record NotifierSettings(
    SmtpSettings smtp,
    boolean allowPrivateTargets,
    Duration connectTimeout,
    Duration requestTimeout,
    URI telegramApi,
    URI pushoverApi) {

    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");
    public static final URI PUSHOVER_API = URI.create("https://api.pushover.net");
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    public static NotifierSettings from(Settings settings) {
        return new NotifierSettings(settings.smtp(), settings.alertsAllowPrivateNetworks(), CONNECT_TIMEOUT,
            REQUEST_TIMEOUT, TELEGRAM_API, PUSHOVER_API);
    }

    public NotifierSettings withTimeouts(Duration connect, Duration request) {
        return new NotifierSettings(smtp, allowPrivateTargets, connect, request, telegramApi, pushoverApi);
    }

    public NotifierSettings withServiceApis(URI telegram, URI pushover) {
        return new NotifierSettings(smtp, allowPrivateTargets, connectTimeout, requestTimeout, telegram, pushover);
    }

    public NotifierSettings withPrivateTargets(boolean allowed) {
        return new NotifierSettings(smtp, allowed, connectTimeout, requestTimeout, telegramApi, pushoverApi);
    }

    public NotifierSettings withSmtp(SmtpSettings other) {
        return new NotifierSettings(other, allowPrivateTargets, connectTimeout, requestTimeout, telegramApi, pushoverApi);
    }
}
