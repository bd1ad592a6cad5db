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
