package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 3 of issue 14: plain HTTP sent to the TLS port. Helidon's TLS socket handshakes before our
 * code sees a byte, so no plaintext 400 can be written: the connection closes cleanly and soon,
 * and the TLS port keeps serving.
 */
class PlainHttpOnTlsPortTest {
    @TempDir
    Path dir;

    @Test
    void plainRequestOnTheTlsPortIsClosedAndThePortStillServes() throws Exception {
        try (TestServer server = TestServer.start(dir, Map.of(Setting.TLS_PORT, "0"));
             RawConnection c = new RawConnection(server.tlsPort())) {
            c.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            String rest = c.rest();
            // TLS may send an alert record before closing; never an HTTP answer in plain text
            assertThat(rest).doesNotContain("HTTP/1.1");
            HttpResponse<String> ok = TlsTest.trusting(dir.resolve(SelfSignedCertificate.CERT_FILE),
                    java.net.http.HttpClient.Version.HTTP_1_1)
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://127.0.0.1:" + server.tlsPort() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
        }
    }
}
