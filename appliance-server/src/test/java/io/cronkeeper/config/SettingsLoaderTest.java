package io.cronkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where each setting comes from: flag, then environment, then config file, then default. */
class SettingsLoaderTest {
    @TempDir
    Path tmp;
    final Map<String, String> env = new HashMap<>();

    @Test
    void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
        Path file = yaml("port: 7003\nhost: 10.0.0.3\nping-log-limit: 33\nping-body-limit: 3333\n");
        env.put("CRONKEEPER_PORT", "7002");
        env.put("CRONKEEPER_HOST", "10.0.0.2");
        env.put("CRONKEEPER_PING_LOG_LIMIT", "22");
        Settings s = loader().load(Map.of(Setting.PORT, "7001"), Optional.of(file));
        assertThat(s.port()).as("flag").isEqualTo(7001);
        assertThat(s.host()).as("env over file").isEqualTo("10.0.0.2");
        assertThat(s.pingLogLimit()).as("env over file").isEqualTo(22);
        assertThat(s.pingBodyLimit().bytes()).as("file over default").hasValue(3333);
        assertThat(s.tlsEnabled()).as("default").isFalse();
    }

    @Test
    void flagBeatsEnvironment() {
        env.put("CRONKEEPER_PING_LOG_LIMIT", "22");
        Settings s = loader().load(Map.of(Setting.PING_LOG_LIMIT, "11"), Optional.empty());
        assertThat(s.pingLogLimit()).isEqualTo(11);
    }

    @Test
    void emptyEnvironmentValueMeansUnset() throws IOException {
        env.put("CRONKEEPER_PORT", "");
        Settings s = loader().load(Map.of(), Optional.of(yaml("port: 7003\n")));
        assertThat(s.port()).isEqualTo(7003);
    }

    @Test
    void healthchecksNamesAreAcceptedFromEnvironment() {
        env.put("SITE_ROOT", "https://hc.example.org/");
        env.put("PING_ENDPOINT", "https://ping.example.org/");
        env.put("PING_BODY_LIMIT", "500");
        Settings s = loader().load(Map.of(), Optional.empty());
        assertThat(s.siteRoot()).isEqualTo("https://hc.example.org");
        assertThat(s.pingEndpoint()).isEqualTo("https://ping.example.org/");
        assertThat(s.pingBodyLimit().bytes()).hasValue(500);
    }

    @Test
    void cronkeeperNamesWinOverHealthchecksNames() {
        env.put("SITE_ROOT", "https://hc.example.org");
        env.put("CRONKEEPER_SITE_ROOT", "https://ck.example.org");
        env.put("PING_ENDPOINT", "https://hc.example.org/ping/");
        env.put("CRONKEEPER_PING_ENDPOINT", "https://ck.example.org/p/");
        env.put("PING_BODY_LIMIT", "500");
        env.put("CRONKEEPER_PING_BODY_LIMIT", "600");
        Settings s = loader().load(Map.of(), Optional.empty());
        assertThat(s.siteRoot()).isEqualTo("https://ck.example.org");
        assertThat(s.pingEndpoint()).isEqualTo("https://ck.example.org/p/");
        assertThat(s.pingBodyLimit().bytes()).hasValue(600);
    }

    @Test
    void healthchecksEmailSettingsAreAccepted() throws IOException {
        env.put("EMAIL_HOST", "smtp.example.org");
        env.put("EMAIL_PORT", "2525");
        env.put("EMAIL_HOST_USER", "hc");
        Path secret = tmp.resolve("smtp-password");
        Files.writeString(secret, "from-a-file\n");
        env.put("EMAIL_HOST_PASSWORD_FILE", secret.toString());
        env.put("DEFAULT_FROM_EMAIL", "Alerts <alerts@example.org>");
        env.put("EMAIL_USE_TLS", "False");
        SmtpSettings smtp = loader().load(Map.of(), Optional.empty()).smtp();
        assertThat(smtp.host()).hasValue("smtp.example.org");
        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.user()).hasValue("hc");
        assertThat(smtp.password()).hasValue("from-a-file");
        assertThat(smtp.from()).isEqualTo("Alerts <alerts@example.org>");
        assertThat(smtp.security()).isEqualTo(SmtpSecurity.NONE);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "True,,starttls", "False,,none", ",True,tls", "False,True,tls", ",False,starttls", "False,False,none"})
    void healthchecksTlsFlagsChooseSmtpSecurity(String useTls, String useSsl, String expected) {
        if (useTls != null) {
            env.put("EMAIL_USE_TLS", useTls);
        }
        if (useSsl != null) {
            env.put("EMAIL_USE_SSL", useSsl);
        }
        assertThat(loader().load(Map.of(), Optional.empty()).smtp().security().wire()).isEqualTo(expected);
    }

    @Test
    void cronkeeperSmtpSecurityWinsOverHealthchecksFlags() {
        env.put("EMAIL_USE_SSL", "True");
        env.put("CRONKEEPER_SMTP_SECURITY", "none");
        assertThat(loader().load(Map.of(), Optional.empty()).smtp().security()).isEqualTo(SmtpSecurity.NONE);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"True,true", "False,false"})
    void healthchecksPrivateIpsFlagChoosesAlertsPrivateNetworks(String value, boolean allowed) {
        env.put("INTEGRATIONS_ALLOW_PRIVATE_IPS", value);
        assertThat(loader().load(Map.of(), Optional.empty()).alertsAllowPrivateNetworks()).isEqualTo(allowed);
    }

    @Test
    void smtpSettingsComeFromTheConfigFile() throws IOException {
        Path file = yaml("smtp-host: mail.lan\nsmtp-security: tls\nsmtp-tls-trust: insecure\nalerts-private-networks: forbid\n");
        Settings s = loader().load(Map.of(), Optional.of(file));
        assertThat(s.smtp().host()).hasValue("mail.lan");
        assertThat(s.smtp().port()).isEqualTo(465);
        assertThat(s.smtp().tlsTrust()).isEqualTo(SmtpTlsTrust.INSECURE);
        assertThat(s.alertsAllowPrivateNetworks()).isFalse();
    }

    @Test
    void pingBodyLimitNoneMeansUnlimited() {
        env.put("PING_BODY_LIMIT", "None");
        assertThat(loader().load(Map.of(), Optional.empty()).pingBodyLimit().isUnlimited()).isTrue();
    }

    @Test
    void adminTokenIsReadFromFileNamedByEnvironment() throws IOException {
        Path secret = tmp.resolve("token");
        Files.writeString(secret, "  token-from-a-file-0123456789\n");
        env.put("CRONKEEPER_ADMIN_TOKEN_FILE", secret.toString());
        env.put("CRONKEEPER_ADMIN_TOKEN", "token-from-the-environment");
        Settings s = loader().load(Map.of(), Optional.empty());
        assertThat(s.adminToken()).hasValue("token-from-a-file-0123456789");
    }

    @Test
    void unreadableAdminTokenFileIsAnErrorNamingTheVariable() {
        env.put("CRONKEEPER_ADMIN_TOKEN_FILE", tmp.resolve("missing").toString());
        assertThatThrownBy(() -> loader().load(Map.of(), Optional.empty()))
            .isInstanceOf(SettingsException.class).hasMessageContaining("CRONKEEPER_ADMIN_TOKEN_FILE");
    }

    @Test
    void systemConfigIsUsedWhenPresent() throws IOException {
        Path system = yaml("port: 7010\n");
        Settings s = new SettingsLoader(env, system).load(Map.of(), Optional.empty());
        assertThat(s.port()).isEqualTo(7010);
    }

    @Test
    void missingSystemConfigIsNotAnError() {
        Settings s = new SettingsLoader(env, tmp.resolve("absent.yaml")).load(Map.of(), Optional.empty());
        assertThat(s.port()).isEqualTo(8000);
    }

    @Test
    void explicitConfigReplacesSystemConfig() throws IOException {
        Path system = yaml("port: 7010\nhost: 10.0.0.10\n");
        Path explicit = tmp.resolve("explicit.yaml");
        Files.writeString(explicit, "port: 7020\n");
        Settings s = new SettingsLoader(env, system).load(Map.of(), Optional.of(explicit));
        assertThat(s.port()).isEqualTo(7020);
        assertThat(s.host()).as("system file not merged in").isEqualTo("::");
    }

    @Test
    void missingExplicitConfigIsAnError() {
        assertThatThrownBy(() -> loader().load(Map.of(), Optional.of(tmp.resolve("nope.yaml"))))
            .isInstanceOf(SettingsException.class).hasMessageContaining("config file").hasMessageContaining("nope.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ping-log-limit", "ping_log_limit", "CRONKEEPER_PING_LOG_LIMIT", "PING_LOG_LIMIT"})
    void configFileAcceptsKebabSnakeAndEnvironmentNames(String key) throws IOException {
        Settings s = loader().load(Map.of(), Optional.of(yaml(key + ": 44\n")));
        assertThat(s.pingLogLimit()).isEqualTo(44);
    }

    @Test
    void configFileAcceptsHealthchecksSiteRootName() throws IOException {
        Settings s = loader().load(Map.of(), Optional.of(yaml("SITE_ROOT: https://file.example.org\n")));
        assertThat(s.siteRoot()).isEqualTo("https://file.example.org");
    }

    @Test
    void unknownKeyInConfigFileIsAnErrorNamingIt() throws IOException {
        Path file = yaml("port: 8001\nprot: 8002\n");
        assertThatThrownBy(() -> loader().load(Map.of(), Optional.of(file)))
            .isInstanceOf(SettingsException.class).hasMessageContaining("unknown setting 'prot'");
    }

    @Test
    void nestedValueInConfigFileIsAnError() throws IOException {
        Path file = yaml("port:\n  http: 8001\n");
        assertThatThrownBy(() -> loader().load(Map.of(), Optional.of(file)))
            .isInstanceOf(SettingsException.class).hasMessageContaining("port");
    }

    @Test
    void emptyConfigFileMeansDefaults() throws IOException {
        assertThat(loader().load(Map.of(), Optional.of(yaml(""))).port()).isEqualTo(8000);
    }

    @Test
    void configFileThatIsNotAMappingIsAnError() throws IOException {
        Path file = yaml("- port\n- 8000\n");
        assertThatThrownBy(() -> loader().load(Map.of(), Optional.of(file)))
            .isInstanceOf(SettingsException.class).hasMessageContaining("config file");
    }

    private SettingsLoader loader() {
        return new SettingsLoader(env, tmp.resolve("no-system.yaml"));
    }

    private Path yaml(String content) throws IOException {
        Path file = Files.createTempFile(tmp, "server", ".yaml");
        Files.writeString(file, content);
        return file;
    }
}
