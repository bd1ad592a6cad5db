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
        var system = packaged(varLib, PackagedServer::accessOf);
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
    void aPackagedTokenWeMayNotReadSaysWhichGroupToJoinAndHow(@TempDir Path varLib) throws Exception {
        Path packaged = varLib.resolve("admin-token");
        Files.writeString(packaged, "pkg");
        Files.writeString(varLib.resolve("group"), "sudo:x:27:alice\ncronkeeper:x:998:bob\n");
        // Permission bits cannot stop root (tests may run as root), so access is what is swapped.
        var system = packaged(varLib, p -> p.equals(packaged) ? PackagedServer.Access.DENIED : PackagedServer.accessOf(p));
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(result.profile()).isEmpty();
        assertThat(result.problem()).contains(packaged.toString(), "group cronkeeper",
            "sudo usermod -aG cronkeeper $USER", "log out and log in again").doesNotContain("Start the server");
    }

    @Test
    void aMemberWhoseSessionPredatesJoiningIsToldToLogInAgain(@TempDir Path varLib) throws Exception {
        Files.writeString(varLib.resolve("group"), "cronkeeper:x:998:bob,alice\n");
        var system = packaged(varLib, p -> p.equals(varLib.resolve("admin-token")) ? PackagedServer.Access.DENIED
            : PackagedServer.accessOf(p));
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(result.problem()).contains("You are in that group", "log out and log in again",
            "sudo cronkeeper admin-token --group-readable").doesNotContain("usermod");
    }

    @Test
    void thePackagedServersPortComesFromItsServerYaml(@TempDir Path varLib) throws Exception {
        Files.writeString(varLib.resolve("admin-token"), "pkg");
        Files.writeString(varLib.resolve("server.yaml"), """
            # port: 8000
            port: 8123   # moved off 8000
            tls_port: 8443
            ping-endpoint: "http://box.lan:8123/ping/"
            """);
        var system = packaged(varLib, PackagedServer::accessOf);
        var result = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(result.profile()).hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://localhost:8123"));

        // The env file overrides the YAML, as for the server; a server bound to one address is reached there.
        Files.writeString(varLib.resolve("cronkeeper.env"), "CRONKEEPER_PORT=\"9001\"\nCRONKEEPER_HOST=192.168.1.20\n");
        var overridden = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system);
        assertThat(overridden.profile()).hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://192.168.1.20:9001"));

        // Outside the group the env file is unreadable: the YAML still counts.
        var outsider = packaged(varLib, p -> p.endsWith("cronkeeper.env") ? PackagedServer.Access.DENIED
            : PackagedServer.accessOf(p));
        var fromYaml = LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, outsider);
        assertThat(fromYaml.profile()).hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://localhost:8123"));

        // A URL the user named wins over the package's settings.
        var named = LocalDiscovery.discover(LaunchOptions.parse(List.of("--url", "http://127.0.0.1:7000")), config(),
            Map.of(), home, system);
        assertThat(named.profile()).hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://127.0.0.1:7000"));
    }

    @Test
    void anIpv6BindAddressIsBracketedAndAWildcardMeansLocalhost(@TempDir Path varLib) throws Exception {
        Files.writeString(varLib.resolve("admin-token"), "pkg");
        var system = packaged(varLib, PackagedServer::accessOf);
        Files.writeString(varLib.resolve("server.yaml"), "host: \"::1\"\nport: 8001\n");
        assertThat(LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system).profile())
            .hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://[::1]:8001"));
        Files.writeString(varLib.resolve("server.yaml"), "host: 0.0.0.0\nport: nonsense\n");
        assertThat(LocalDiscovery.discover(LaunchOptions.parse(List.of()), config(), Map.of(), home, system).profile())
            .hasValueSatisfying(p -> assertThat(p.url()).isEqualTo("http://localhost:8000"));
    }

    /** The packaged server with every file of it in {@code dir}, for user alice. */
    private static PackagedServer packaged(Path dir, java.util.function.Function<Path, PackagedServer.Access> access) {
        return new PackagedServer(dir, dir.resolve("server.yaml"), dir.resolve("cronkeeper.env"), dir.resolve("group"),
            "alice", access);
    }

    @Test
    void aNamedDataDirDoesNotFallBackToThePackagedServer(@TempDir Path varLib) throws Exception {
        Files.writeString(varLib.resolve("admin-token"), "pkg");
        var system = packaged(varLib, PackagedServer::accessOf);
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
