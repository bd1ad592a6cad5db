package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Remote address, scheme and user agent stored with a ping (reference §1.5 steps 3-5), with
 * forwarded headers believed only from trusted proxies (the default trusts everyone).
 */
class ClientAddressTest {
    @TempDir
    static Path dir;
    static PingFixture fx;

    @BeforeAll
    static void start() {
        fx = PingFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static StoredPing pingWith(PingFixture f, String... headers) {
        String uuid = f.newCheck();
        assertThat(f.get("/ping/" + uuid, headers).statusCode()).isEqualTo(200);
        return f.stored.onlyPing(uuid);
    }

    @Test
    void peerAddressAndRealSchemeAreRecorded() {
        StoredPing ping = pingWith(fx);
        assertThat(ping.remoteAddr()).isEqualTo("127.0.0.1");
        assertThat(ping.scheme()).isEqualTo("http");
    }

    @ParameterizedTest(name = "X-Forwarded-For: {0}")
    @CsvSource(delimiter = '|', value = {
        "1.2.3.4 | 1.2.3.4",
        "1.2.3.4,5.6.7.8 | 1.2.3.4",
        "1.2.3.4, 5.6.7.8, 9.9.9.9 | 1.2.3.4",
        "1.2.3.4:5678 | 1.2.3.4",
        "1.2.3.4:5678, 5.6.7.8 | 1.2.3.4",
        "2001:db8::1 | 2001:db8::1",
        "2001:db8::1, 1.2.3.4 | 2001:db8::1",
        "::ffff:1.1.1.1 | ::ffff:1.1.1.1"})
    void firstForwardedForElementIsRecorded(String header, String expected) {
        assertThat(pingWith(fx, "X-Forwarded-For", header).remoteAddr()).isEqualTo(expected);
    }

    @Test
    void forwardedForElementIsNotWhitespaceStripped() {
        // "1.2.3.4 " is not an address; Cronkeeper then records the peer rather than a mangled value.
        assertThat(pingWith(fx, "X-Forwarded-For", "1.2.3.4 ,5.6.7.8").remoteAddr()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"unknown", "a.b.c.d:80", "1.2.3.400", "', 1.2.3.4'", "1.2.3"})
    void forwardedForThatIsNoAddressFallsBackToThePeer(String header) {
        assertThat(pingWith(fx, "X-Forwarded-For", header).remoteAddr()).isEqualTo("127.0.0.1");
    }

    @Test
    void forwardedProtoIsRecordedAsTheScheme() {
        assertThat(pingWith(fx, "X-Forwarded-Proto", "https").scheme()).isEqualTo("https");
    }

    @Test
    void userAgentIsRecorded() {
        assertThat(pingWith(fx, "User-Agent", "curl/8.5.0").ua()).isEqualTo("curl/8.5.0");
    }

    @Test
    void missingUserAgentIsRecordedAsEmpty() {
        String uuid = fx.newCheck();
        String response = fx.raw("GET /ping/" + uuid + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200").endsWith("OK");
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.ua()).isEmpty();
        assertThat(ping.method()).isEqualTo("GET");
    }

    @Test
    void forwardedHeadersOfAnUntrustedPeerAreIgnored(@TempDir Path otherDir) {
        try (PingFixture f = PingFixture.start(otherDir, Map.of(Setting.TRUSTED_PROXIES, "10.0.0.0/8"))) {
            StoredPing ping = pingWith(f, "X-Forwarded-For", "1.2.3.4", "X-Forwarded-Proto", "https");
            assertThat(ping.remoteAddr()).isEqualTo("127.0.0.1");
            assertThat(ping.scheme()).isEqualTo("http");
        }
    }

    @Test
    void forwardedHeadersOfATrustedPeerAreBelieved(@TempDir Path otherDir) {
        try (PingFixture f = PingFixture.start(otherDir, Map.of(Setting.TRUSTED_PROXIES, "127.0.0.1"))) {
            StoredPing ping = pingWith(f, "X-Forwarded-For", "1.2.3.4:80, 10.1.1.1", "X-Forwarded-Proto", "https");
            assertThat(ping.remoteAddr()).isEqualTo("1.2.3.4");
            assertThat(ping.scheme()).isEqualTo("https");
        }
    }
}
