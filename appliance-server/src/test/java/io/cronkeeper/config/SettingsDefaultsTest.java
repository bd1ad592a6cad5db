package io.cronkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a server runs with when nothing is configured. */
class SettingsDefaultsTest {
    @TempDir
    Path tmp;

    @Test
    void defaultsMatchHealthchecksDocker() {
        Settings s = load(Map.of("XDG_DATA_HOME", "/srv/xdg"), Map.of());
        assertThat(s.port()).isEqualTo(8000);
        assertThat(s.host()).isEqualTo("::");
        assertThat(s.dataDir()).isEqualTo(Path.of("/srv/xdg/cronkeeper"));
        assertThat(s.siteRoot()).isEqualTo("http://localhost:8000");
        assertThat(s.pingEndpoint()).isEqualTo("http://localhost:8000/ping/");
        assertThat(s.pingBodyLimit().bytes()).hasValue(10000);
        assertThat(s.pingLogLimit()).isEqualTo(100);
        assertThat(s.tlsEnabled()).isFalse();
        assertThat(s.tlsCert()).isEmpty();
        assertThat(s.tlsKey()).isEmpty();
        assertThat(s.trustedProxies().any()).isTrue();
        assertThat(s.adminToken()).isEmpty();
        assertThat(s.smtp().enabled()).as("email alerts off without smtp-host").isFalse();
        assertThat(s.smtp().port()).isEqualTo(587);
        assertThat(s.smtp().user()).isEmpty();
        assertThat(s.smtp().password()).isEmpty();
        assertThat(s.smtp().security()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(s.smtp().tlsTrust()).isEqualTo(SmtpTlsTrust.SYSTEM);
        assertThat(s.smtp().from()).isEqualTo("cronkeeper@localhost");
        assertThat(s.alertsAllowPrivateNetworks()).isTrue();
    }

    @Test
    void smtpFromDefaultFollowsTheSiteRootsHost() {
        Settings s = load(Map.of(), Map.of(Setting.SITE_ROOT, "https://hc.example.org:8443/sub"));
        assertThat(s.smtp().from()).isEqualTo("cronkeeper@hc.example.org");
    }

    @Test
    void implicitTlsDefaultsToPort465() {
        assertThat(load(Map.of(), Map.of(Setting.SMTP_SECURITY, "tls")).smtp().port()).isEqualTo(465);
        assertThat(load(Map.of(), Map.of(Setting.SMTP_SECURITY, "TLS", Setting.SMTP_PORT, "2465")).smtp().port())
            .isEqualTo(2465);
    }

    @Test
    void describeMasksTheSmtpPassword() {
        Settings s = load(Map.of(), Map.of(Setting.SMTP_HOST, "mail.example.org", Setting.SMTP_USER, "ck",
            Setting.SMTP_PASSWORD, "smtp-secret-password"));
        assertThat(s.describe().values()).doesNotContain("smtp-secret-password");
        assertThat(s.describe()).containsEntry("smtp-password", "****").containsEntry("smtp-host", "mail.example.org");
        assertThat(s.smtp().toString()).doesNotContain("smtp-secret-password");
        assertThat(s.toString()).doesNotContain("smtp-secret-password");
    }

    @Test
    void dataDirFallsBackToHomeWithoutXdgDataHome() {
        Settings s = load(Map.of(), Map.of());
        assertThat(s.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "cronkeeper"));
    }

    @Test
    void siteRootDefaultFollowsThePort() {
        Settings s = load(Map.of(), Map.of(Setting.PORT, "9090"));
        assertThat(s.siteRoot()).isEqualTo("http://localhost:9090");
        assertThat(s.pingEndpoint()).isEqualTo("http://localhost:9090/ping/");
    }

    @Test
    void pingEndpointDefaultFollowsSiteRootWithoutDoubleSlash() {
        Settings s = load(Map.of(), Map.of(Setting.SITE_ROOT, "https://hc.example.org/sub/"));
        assertThat(s.siteRoot()).isEqualTo("https://hc.example.org/sub");
        assertThat(s.pingEndpoint()).isEqualTo("https://hc.example.org/sub/ping/");
    }

    @Test
    void httpLimitsHaveTheirDefaultsAndTakeSeconds() {
        HttpLimits d = load(Map.of(), Map.of()).http();
        assertThat(d).isEqualTo(new HttpLimits(java.time.Duration.ofSeconds(20), java.time.Duration.ofSeconds(30),
            java.time.Duration.ofSeconds(60), 4096));
        HttpLimits set = load(Map.of("CRONKEEPER_HTTP_HEAD_TIMEOUT", "5s"), Map.of(Setting.HTTP_BODY_TIMEOUT, "7",
            Setting.HTTP_MAX_CONNECTIONS, "100")).http();
        assertThat(set.headTimeout()).hasSeconds(5);
        assertThat(set.bodyTimeout()).hasSeconds(7);
        assertThat(set.maxConnections()).isEqualTo(100);
    }

    @Test
    void explicitDataDirWins() {
        Settings s = load(Map.of("XDG_DATA_HOME", "/srv/xdg"), Map.of(Setting.DATA_DIR, "/var/lib/ck"));
        assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/ck"));
        assertThat(s.databaseFile()).isEqualTo(Path.of("/var/lib/ck/cronkeeper.db"));
    }

    @Test
    void describeMasksTheAdminToken() {
        Settings s = load(Map.of(), Map.of(Setting.ADMIN_TOKEN, "a-very-secret-admin-token"));
        assertThat(s.describe().values()).doesNotContain("a-very-secret-admin-token");
        assertThat(s.describe().get("admin-token")).isEqualTo("****");
    }

    private Settings load(Map<String, String> env, Map<Setting, String> flags) {
        return new SettingsLoader(new HashMap<>(env), tmp.resolve("none.yaml")).load(flags, Optional.empty());
    }
}
