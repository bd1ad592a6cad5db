package io.cronkeeper.alert;

import io.cronkeeper.MutableClock;
import io.cronkeeper.config.SmtpSecurity;
import io.cronkeeper.config.SmtpSettings;
import io.cronkeeper.config.SmtpTlsTrust;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Sample alerts and settings for the notifier tests. */
final class Alerts {
    static final String UUID = "5c1a6a35-1fd4-4b66-a8d2-3f3bb0b5e7a1";
    static final Instant NOW = Instant.parse("2024-05-01T03:00:00.123456Z");
    static final Instant LAST_PING = Instant.parse("2024-05-01T02:00:13.5Z");
    static final String CHECK_JSON = "{\"name\":\"backup-nightly\",\"status\":\"down\"}";
    static final String CHECK_URL = "http://ck.example.org/api/admin/v1/checks/" + UUID;

    private Alerts() {
    }

    /** backup-nightly failed with exit status 3 and a body. */
    static Alert down() {
        return new Alert(UUID, "backup-nightly", "backup-nightly", List.of("db", "nightly"), "Home lab", "down", "fail",
            NOW, Optional.of(LAST_PING), Optional.of("fail"), "pg_dump: error: connection refused\n",
            OptionalInt.of(3), CHECK_JSON, CHECK_URL);
    }

    static Alert up() {
        return new Alert(UUID, "backup-nightly", "backup-nightly", List.of("db", "nightly"), "Home lab", "up", "",
            NOW, Optional.of(NOW), Optional.of("success"), "", OptionalInt.empty(), CHECK_JSON, CHECK_URL);
    }

    static Alert timedOut() {
        return new Alert(UUID, "backup-nightly", "backup-nightly", List.of(), "", "down", "timeout",
            NOW, Optional.empty(), Optional.empty(), "", OptionalInt.empty(), CHECK_JSON, "");
    }

    static Alert named(String name, List<String> tags, String body) {
        return new Alert(UUID, name, "slug-1", tags, "Home lab", "down", "fail", NOW, Optional.of(LAST_PING),
            Optional.of("fail"), body, OptionalInt.empty(), CHECK_JSON, CHECK_URL);
    }

    static SmtpSettings noSmtp() {
        return new SmtpSettings(Optional.empty(), 587, Optional.empty(), Optional.empty(), SmtpSecurity.STARTTLS,
            SmtpTlsTrust.SYSTEM, "cronkeeper@localhost");
    }

    static NotifierSettings settings() {
        return new NotifierSettings(noSmtp(), true, Duration.ofSeconds(2), Duration.ofSeconds(5),
            NotifierSettings.TELEGRAM_API, NotifierSettings.PUSHOVER_API);
    }

    static Notifiers notifiers(NotifierSettings settings) {
        return new Notifiers(settings, new MutableClock(NOW));
    }

    static NotifierSettings pointedAt(Receiver r) {
        return settings().withServiceApis(URI.create(r.base()), URI.create(r.base() + "/"));
    }
}
