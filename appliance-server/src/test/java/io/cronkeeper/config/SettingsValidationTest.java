package io.cronkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every unusable value stops start-up with a message that names the setting. */
class SettingsValidationTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> badEnvironment() {
        return Stream.of(
            Arguments.of("CRONKEEPER_PORT", "abc", "CRONKEEPER_PORT"),
            Arguments.of("CRONKEEPER_PORT", "70000", "CRONKEEPER_PORT"),
            Arguments.of("CRONKEEPER_PORT", "-1", "CRONKEEPER_PORT"),
            Arguments.of("CRONKEEPER_PORT", "80.5", "CRONKEEPER_PORT"),
            Arguments.of("PING_BODY_LIMIT", "-1", "PING_BODY_LIMIT"),
            Arguments.of("PING_BODY_LIMIT", "lots", "PING_BODY_LIMIT"),
            Arguments.of("CRONKEEPER_PING_BODY_LIMIT", "10k", "CRONKEEPER_PING_BODY_LIMIT"),
            Arguments.of("CRONKEEPER_PING_LOG_LIMIT", "0", "CRONKEEPER_PING_LOG_LIMIT"),
            Arguments.of("CRONKEEPER_PING_LOG_LIMIT", "many", "CRONKEEPER_PING_LOG_LIMIT"),
            Arguments.of("SITE_ROOT", "example.org", "SITE_ROOT"),
            Arguments.of("CRONKEEPER_SITE_ROOT", "ftp://example.org", "CRONKEEPER_SITE_ROOT"),
            Arguments.of("CRONKEEPER_SITE_ROOT", "http://", "CRONKEEPER_SITE_ROOT"),
            Arguments.of("PING_ENDPOINT", "https://ping.example.org/p", "PING_ENDPOINT"),
            Arguments.of("CRONKEEPER_PING_ENDPOINT", "not a url/", "CRONKEEPER_PING_ENDPOINT"),
            Arguments.of("CRONKEEPER_TLS_PORT", "99999", "CRONKEEPER_TLS_PORT"),
            Arguments.of("CRONKEEPER_TRUSTED_PROXIES", "garbage", "CRONKEEPER_TRUSTED_PROXIES"),
            Arguments.of("CRONKEEPER_TRUSTED_PROXIES", "10.0.0.0/33", "CRONKEEPER_TRUSTED_PROXIES"),
            Arguments.of("CRONKEEPER_TRUSTED_PROXIES", "10.0.0.1, example.org", "CRONKEEPER_TRUSTED_PROXIES"),
            Arguments.of("CRONKEEPER_TRUSTED_PROXIES", "cafe", "CRONKEEPER_TRUSTED_PROXIES"),
            Arguments.of("CRONKEEPER_TRUSTED_PROXIES", "10.0.0", "CRONKEEPER_TRUSTED_PROXIES"),
            Arguments.of("CRONKEEPER_TRUSTED_PROXIES", "300.1.1.1", "CRONKEEPER_TRUSTED_PROXIES"),
            Arguments.of("CRONKEEPER_ADMIN_TOKEN", "short", "CRONKEEPER_ADMIN_TOKEN"),
            Arguments.of("CRONKEEPER_SMTP_PORT", "0", "CRONKEEPER_SMTP_PORT"),
            Arguments.of("EMAIL_PORT", "smtp", "CRONKEEPER_SMTP_PORT"),
            Arguments.of("CRONKEEPER_SMTP_SECURITY", "ssl", "CRONKEEPER_SMTP_SECURITY"),
            Arguments.of("CRONKEEPER_SMTP_TLS_TRUST", "none", "CRONKEEPER_SMTP_TLS_TRUST"),
            Arguments.of("CRONKEEPER_SMTP_FROM", "nobody", "CRONKEEPER_SMTP_FROM"),
            Arguments.of("DEFAULT_FROM_EMAIL", "Ops <ops>", "CRONKEEPER_SMTP_FROM"),
            Arguments.of("CRONKEEPER_SMTP_PASSWORD", "secret-without-user", "CRONKEEPER_SMTP_USER"),
            Arguments.of("CRONKEEPER_SMTP_USER", "user-without-password", "CRONKEEPER_SMTP_PASSWORD"),
            Arguments.of("EMAIL_USE_TLS", "yes", "EMAIL_USE_TLS"),
            Arguments.of("EMAIL_USE_SSL", "true", "EMAIL_USE_SSL"),
            Arguments.of("CRONKEEPER_ALERTS_PRIVATE_NETWORKS", "deny", "CRONKEEPER_ALERTS_PRIVATE_NETWORKS"),
            Arguments.of("INTEGRATIONS_ALLOW_PRIVATE_IPS", "1", "INTEGRATIONS_ALLOW_PRIVATE_IPS"),
            Arguments.of("CRONKEEPER_HTTP_HEAD_TIMEOUT", "0", "CRONKEEPER_HTTP_HEAD_TIMEOUT"),
            Arguments.of("CRONKEEPER_HTTP_BODY_TIMEOUT", "30m", "CRONKEEPER_HTTP_BODY_TIMEOUT"),
            Arguments.of("CRONKEEPER_HTTP_IDLE_TIMEOUT", "-5", "CRONKEEPER_HTTP_IDLE_TIMEOUT"),
            Arguments.of("CRONKEEPER_HTTP_MAX_CONNECTIONS", "0", "CRONKEEPER_HTTP_MAX_CONNECTIONS"));
    }

    @ParameterizedTest
    @MethodSource("badEnvironment")
    void badEnvironmentValueNamesTheSetting(String variable, String value, String named) {
        Map<String, String> env = new HashMap<>(Map.of(variable, value));
        assertThatThrownBy(() -> new SettingsLoader(env, tmp.resolve("none.yaml")).load(Map.of(), Optional.empty()))
            .isInstanceOf(SettingsException.class)
            .hasMessageContaining(named);
    }

    @Test
    void badPortMessageShowsTheValue() {
        assertThatThrownBy(() -> load(Map.of(Setting.PORT, "abc")))
            .isInstanceOf(SettingsException.class)
            .hasMessageStartingWith("CRONKEEPER_PORT")
            .hasMessageContaining("'abc'");
    }

    @Test
    void badValueFromConfigFileNamesTheSetting() throws IOException {
        Path file = tmp.resolve("server.yaml");
        Files.writeString(file, "ping-log-limit: 0\n");
        assertThatThrownBy(() -> new SettingsLoader(new HashMap<>(), tmp.resolve("none.yaml"))
                .load(Map.of(), Optional.of(file)))
            .isInstanceOf(SettingsException.class).hasMessageContaining("PING_LOG_LIMIT");
    }

    @Test
    void tlsCertWithoutKeyIsAnError() throws IOException {
        Path cert = Files.writeString(tmp.resolve("cert.pem"), "x");
        assertThatThrownBy(() -> load(Map.of(Setting.TLS_PORT, "8443", Setting.TLS_CERT, cert.toString())))
            .isInstanceOf(SettingsException.class)
            .hasMessageContaining("CRONKEEPER_TLS_KEY").hasMessageContaining("CRONKEEPER_TLS_CERT");
    }

    @Test
    void tlsKeyWithoutCertIsAnError() throws IOException {
        Path key = Files.writeString(tmp.resolve("key.pem"), "x");
        assertThatThrownBy(() -> load(Map.of(Setting.TLS_PORT, "8443", Setting.TLS_KEY, key.toString())))
            .isInstanceOf(SettingsException.class).hasMessageContaining("CRONKEEPER_TLS_CERT");
    }

    @Test
    void unreadableTlsCertIsAnError() {
        assertThatThrownBy(() -> load(Map.of(Setting.TLS_PORT, "8443",
                Setting.TLS_CERT, tmp.resolve("missing-cert.pem").toString(),
                Setting.TLS_KEY, tmp.resolve("missing-key.pem").toString())))
            .isInstanceOf(SettingsException.class).hasMessageContaining("CRONKEEPER_TLS_CERT");
    }

    @Test
    void tlsPortEqualToPortIsAnError() {
        assertThatThrownBy(() -> load(Map.of(Setting.PORT, "8080", Setting.TLS_PORT, "8080")))
            .isInstanceOf(SettingsException.class).hasMessageContaining("CRONKEEPER_TLS_PORT");
    }

    @Test
    void bothHealthchecksTlsFlagsTrueIsAnError() {
        Map<String, String> env = new HashMap<>(Map.of("EMAIL_USE_TLS", "True", "EMAIL_USE_SSL", "True"));
        assertThatThrownBy(() -> new SettingsLoader(env, tmp.resolve("none.yaml")).load(Map.of(), Optional.empty()))
            .isInstanceOf(SettingsException.class)
            .hasMessage("EMAIL_USE_TLS, EMAIL_USE_SSL: only one of them can be True");
    }

    @Test
    void badSmtpSecurityMessageListsTheChoices() {
        assertThatThrownBy(() -> load(Map.of(Setting.SMTP_SECURITY, "ssl")))
            .isInstanceOf(SettingsException.class)
            .hasMessage("CRONKEEPER_SMTP_SECURITY: 'ssl' must be one of: none, starttls, tls");
    }

    @Test
    void validTrustedProxiesAreAccepted() {
        Settings s = load(Map.of(Setting.TRUSTED_PROXIES, "10.0.0.0/8, 192.168.1.7 ::1 fd00::/8"));
        assertThat(s.trustedProxies().any()).isFalse();
        assertThat(s.trustedProxies().blocks()).hasSize(4);
    }

    private Settings load(Map<Setting, String> flags) {
        return new SettingsLoader(new HashMap<>(), tmp.resolve("none.yaml")).load(new EnumMap<>(flags), Optional.empty());
    }
}
