package io.cronkeeper.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiscoveryTest {
    @TempDir
    Path home;

    private Path config() {
        return ConfigDir.of(Map.of(), home);
    }

    @Test
    void findsTheTokenTheServerWroteInItsDefaultDataDir() throws Exception {
        Path token = home.resolve(".local/share/cronkeeper/admin-token");
        Files.createDirectories(token.getParent());
        Files.writeString(token, "tok\n");
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home);
        assertThat(result.profile()).hasValueSatisfying(p -> {
            assertThat(p.url()).isEqualTo("http://localhost:8000");
            assertThat(p.currentToken()).isEqualTo("tok");
        });
    }

    @Test
    void followsXdgAndTheServersPortVariable() throws Exception {
        Path token = home.resolve("xdg/cronkeeper/admin-token");
        Files.createDirectories(token.getParent());
        Files.writeString(token, "t2");
        var env = Map.of("XDG_DATA_HOME", home.resolve("xdg").toString(), "CRONKEEPER_PORT", "9000");
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), env, home);
        assertThat(result.profile()).hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://localhost:9000"));
    }

    @Test
    void propertiesFileThenFlagsWin() throws Exception {
        Files.createDirectories(config());
        Files.writeString(config().resolve("admin.properties"), "url=http://nas:8000\ntoken=from-file\n");
        var fromFile = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home);
        assertThat(fromFile.profile()).hasValueSatisfying(p -> {
            assertThat(p.url()).isEqualTo("http://nas:8000");
            assertThat(p.currentToken()).isEqualTo("from-file");
        });
        var fromFlags = LocalDiscovery.discover(LaunchOptions.parse(List.of("--url=http://other:1", "--token", "flag")),
            config(), Map.of(), home);
        assertThat(fromFlags.profile()).hasValueSatisfying(p -> {
            assertThat(p.url()).isEqualTo("http://other:1");
            assertThat(p.currentToken()).isEqualTo("flag");
        });
    }

    @Test
    void withoutATokenItSaysWhereItLooked() {
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of("--data-dir", "/srv/ck")), config(), Map.of(), home);
        assertThat(result.profile()).isEmpty();
        assertThat(result.problem()).contains("/srv/ck/admin-token");
    }

    @Test
    void unknownFlagsAreRefusedByName() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--colour", "red"))).hasMessageContaining("--colour");
    }
}
