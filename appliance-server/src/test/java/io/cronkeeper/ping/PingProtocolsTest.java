package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.config.Setting;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's "HTTP and HTTPS; HTTP 1.0, 1.1 and 2": each records a ping, with the real scheme. */
class PingProtocolsTest {
    @TempDir
    static Path dir;
    static PingFixture fx;

    @BeforeAll
    static void start() {
        fx = PingFixture.start(dir, Map.of(Setting.TLS_PORT, "0"));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void http10PingAsInTheSeedExampleIsRecorded() {
        String uuid = fx.newCheck();
        String response = fx.raw("GET /ping/" + uuid + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(response).matches("(?s)HTTP/1\\.[01] 200 OK\r\n.*").endsWith("\r\n\r\nOK");
        assertThat(response).containsIgnoringCase("Access-Control-Allow-Origin: *");
        assertThat(fx.stored.onlyPing(uuid).method()).isEqualTo("GET");
    }

    @Test
    void http10PostBodyIsStored() {
        String uuid = fx.newCheck();
        String response = fx.raw("POST /ping/" + uuid + "/fail HTTP/1.0\r\nHost: x\r\nContent-Length: 4\r\n\r\noops");
        assertThat(response).matches("(?s)HTTP/1\\.[01] 200 OK\r\n.*");
        assertThat(fx.stored.onlyPing(uuid).body()).asString().isEqualTo("oops");
        assertThat(fx.stored.onlyPing(uuid).kind()).isEqualTo("fail");
    }

    @Test
    void http10PingWithoutHostIsRecorded() {
        String uuid = fx.newCheck();
        String response = fx.raw("GET /ping/" + uuid + " HTTP/1.0\r\n\r\n");
        assertThat(response).matches("(?s)HTTP/1\\.[01] 200 OK\r\n.*");
        assertThat(fx.stored.pings(uuid)).hasSize(1);
    }

    @Test
    void http2PingIsRecorded() throws Exception {
        String uuid = fx.newCheck();
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> res = h2.send(HttpRequest.newBuilder(URI.create(fx.server.url("/ping/" + uuid))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("OK");
        assertThat(res.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(fx.stored.onlyPing(uuid).scheme()).isEqualTo("http");
    }

    @Test
    void pingOverTlsRecordsHttps() throws Exception {
        String uuid = fx.newCheck();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new X509ExtendedTrustManager[] {new TrustAnything()}, new SecureRandom());
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        URI uri = URI.create("https://127.0.0.1:" + fx.server.tlsPort() + "/ping/" + uuid + "/start");
        HttpResponse<String> res = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Ping-Body-Limit")).hasValue("10000");
        StoredPing ping = fx.stored.onlyPing(uuid);
        assertThat(ping.scheme()).isEqualTo("https");
        assertThat(ping.kind()).isEqualTo("start");
        assertThat(ping.remoteAddr()).isEqualTo("127.0.0.1");
    }

    /** The server's certificate is self-signed for the test: trust it, whatever its name. */
    private static final class TrustAnything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
