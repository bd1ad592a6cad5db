package io.cronkeeper.alert;

import static io.cronkeeper.alert.EmailNotifierTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.channel.ChannelKind;
import io.cronkeeper.config.Setting;
import io.cronkeeper.config.Settings;
import io.cronkeeper.config.SettingsLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: one guarded notifier per kind, built from the server settings. */
class NotifiersTest {
    @TempDir
    Path tmp;

    @Test
    void everyKindHasANotifier() {
        try (Notifiers n = Alerts.notifiers(Alerts.settings())) {
            for (ChannelKind kind : ChannelKind.values()) {
                assertThat(n.forKind(kind)).as(kind.wire()).isNotNull();
            }
        }
    }

    @Test
    void aStoredConfigThatBreaksTheRulesFailsWithoutARequest() throws Exception {
        try (var receiver = new Receiver(); Notifiers n = Alerts.notifiers(Alerts.pointedAt(receiver))) {
            DeliveryResult r = n.forKind(ChannelKind.PUSHOVER).deliver(Alerts.down(), json("{\"user_key\": \"u\"}"));
            assertThat(r).isEqualTo(DeliveryResult.failed(OptionalInt.empty(),
                "channel config: pushover config \"user_key\" must be your 30-character Pushover user key", false));
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void settingsComeFromTheServerConfiguration() {
        Settings settings = new SettingsLoader(Map.of(), tmp.resolve("none.yaml")).load(Map.of(
            Setting.SMTP_HOST, "mail.lan", Setting.ALERTS_PRIVATE_NETWORKS, "forbid"), Optional.empty());
        NotifierSettings n = NotifierSettings.from(settings);
        assertThat(n.smtp()).isEqualTo(settings.smtp());
        assertThat(n.smtp().host()).hasValue("mail.lan");
        assertThat(n.allowPrivateTargets()).isFalse();
        assertThat(n.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(n.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(n.telegramApi()).hasToString("https://api.telegram.org");
        assertThat(n.pushoverApi()).hasToString("https://api.pushover.net");
    }
}
