package io.cronkeeper.gui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which server a launch opens: named, else last used, else the local one. */
class FirstServerTest {
    private static final ServerProfile LOCAL =
        new ServerProfile(LocalDiscovery.LOCAL_NAME, "http://localhost:8123", "", "/var/lib/cronkeeper/admin-token", "");
    private static final ServerProfile NAS = new ServerProfile("nas", "https://nas.lan:8443", "t", "", "AB:CD");
    private static final ServerProfile PI = new ServerProfile("pi", "http://pi.lan:8000", "t", "", "");

    @Test
    void theLastServerUsedIsOpenedRatherThanTheLocalOne() {
        assertThat(FirstServer.choose(Optional.empty(), List.of(NAS, PI), Optional.of(LOCAL))).hasValue(NAS);
    }

    @Test
    void whenThisComputerWasLastItIsTakenAsFoundNow() {
        var stale = new ServerProfile(LocalDiscovery.LOCAL_NAME, "http://localhost:8000", "", "/old/admin-token", "");
        assertThat(FirstServer.choose(Optional.empty(), List.of(stale, NAS), Optional.of(LOCAL))).hasValue(LOCAL);
        // Not found now: the remembered one is still the best guess.
        assertThat(FirstServer.choose(Optional.empty(), List.of(stale, NAS), Optional.empty())).hasValue(stale);
    }

    @Test
    void withNothingRememberedTheLocalServerOpens() {
        assertThat(FirstServer.choose(Optional.empty(), List.of(), Optional.of(LOCAL))).hasValue(LOCAL);
        assertThat(FirstServer.choose(Optional.empty(), List.of(), Optional.empty())).isEmpty();
    }

    @Test
    void aServerNamedOnTheCommandLineWinsAndKeepsATrustedCertificate() {
        var named = new ServerProfile(LocalDiscovery.LOCAL_NAME, "https://nas.lan:8443", "x", "", "");
        assertThat(FirstServer.choose(Optional.of(named), List.of(PI, NAS), Optional.of(LOCAL)))
            .hasValueSatisfying(p -> {
                assertThat(p.url()).isEqualTo("https://nas.lan:8443");
                assertThat(p.fingerprint()).isEqualTo("AB:CD");
            });
    }
}
