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
    void fallsBackToThePackagedServersTokenAfterTheUsersOwn(@TempDir Path varLib) throws Exception {
        Files.writeString(varLib.resolve("admin-token"), "pkg");
        var system = new LocalDiscovery.Packaged(varLib, Files::isReadable);
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(result.profile()).hasValueSatisfying(p -> {
            assertThat(p.url()).isEqualTo("http://localhost:8000");
            assertThat(p.currentToken()).isEqualTo("pkg");
        });

        Path own = home.resolve(".local/share/cronkeeper/admin-token");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "mine");
        var preferred = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(preferred.profile()).hasValueSatisfying(p -> assertThat(p.currentToken()).isEqualTo("mine"));
    }

    @Test
    void aPackagedTokenWeMayNotReadSaysHowToJoinTheGroup(@TempDir Path varLib) throws Exception {
        Path packaged = varLib.resolve("admin-token");
        Files.writeString(packaged, "pkg");
        // Permission bits cannot stop root (tests may run as root), so readability is what is swapped.
        var system = new LocalDiscovery.Packaged(varLib, p -> !p.equals(packaged) && Files.isReadable(p));
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(result.profile()).isEmpty();
        assertThat(result.problem()).contains(packaged.toString(), "sudo adduser $USER cronkeeper", "log in again");
    }

    @Test
    void aNamedDataDirDoesNotFallBackToThePackagedServer(@TempDir Path varLib) throws Exception {
        Files.writeString(varLib.resolve("admin-token"), "pkg");
        var system = new LocalDiscovery.Packaged(varLib, Files::isReadable);
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of("--data-dir", "/srv/ck")), config(), Map.of(),
            home, system);
        assertThat(result.profile()).isEmpty();
        assertThat(result.problem()).contains("/srv/ck/admin-token").doesNotContain(varLib.toString());
    }

    @Test
    void unknownFlagsAreRefusedByName() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--colour", "red"))).hasMessageContaining("--colour");
    }
}
