package io.cronkeeper.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP/1.0, HTTP/1.1 keep-alive, h2c (prior knowledge and upgrade) and IPv6 on the plain port. */
class ProtocolTest {
    @TempDir
    Path dir;

    private static String newCheck(TestServer server) {
        var project = server.createProject("P");
        return server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
    }

    private static List<String> methodsOf(TestServer server, String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery(
                "SELECT method FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = ? ORDER BY n")
            .bind(0, uuid).mapTo(String.class).list());
    }

    @Test
    void http10RequestIsAnsweredThenClosed() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            String uuid = newCheck(server);
            String response = RawHttp.exchangeUntilClose(server.port(),
                "GET /ping/" + uuid + " HTTP/1.0\r\nHost: hc-ping.com\r\n\r\n");
            assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
            assertThat(response.toLowerCase()).contains("connection: close", "content-type: text/plain; charset=utf-8",
                "access-control-allow-origin: *");
            assertThat(response).endsWith("\r\n\r\nOK");
            assertThat(methodsOf(server, uuid)).containsExactly("GET");
        }
    }

    @Test
    void http10PostStoresItsBody() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            String uuid = newCheck(server);
            String response = RawHttp.exchangeUntilClose(server.port(), "POST /ping/" + uuid
                + "/fail HTTP/1.0\r\nContent-Length: 11\r\nUser-Agent: old-wget\r\n\r\nbackup died");
            assertThat(response).startsWith("HTTP/1.1 200 OK").endsWith("OK");
            byte[] body = server.jdbi().withHandle(h -> h.createQuery("SELECT body FROM ping").mapTo(byte[].class).one());
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("backup died");
            String kind = server.jdbi().withHandle(h -> h.createQuery("SELECT kind || ' ' || ua FROM ping")
                .mapTo(String.class).one());
            assertThat(kind).isEqualTo("fail old-wget");
        }
    }

    @Test
    void http11KeepsTheConnectionForSeveralPings() throws Exception {
        try (TestServer server = TestServer.start(dir); Socket socket = new Socket("127.0.0.1", server.port())) {
            String uuid = newCheck(server);
            socket.setSoTimeout(10_000);
            for (int i = 0; i < 3; i++) {
                socket.getOutputStream().write(("GET /ping/" + uuid + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
                String response = RawHttp.readResponse(socket.getInputStream());
                assertThat(response).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nOK");
            }
            assertThat(methodsOf(server, uuid)).hasSize(3);
        }
    }

    @Test
    void h2cWithPriorKnowledgeRecordsThePing() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            String uuid = newCheck(server);
            assertThat(Http2Frames.get(server.port(), "/ping/" + uuid + "/start")).isEqualTo("OK");
            String kind = server.jdbi().withHandle(h -> h.createQuery("SELECT kind FROM ping").mapTo(String.class).one());
            assertThat(kind).isEqualTo("start");
        }
    }

    @Test
    void h2cUpgradeFromHttp11IsAccepted() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            String uuid = newCheck(server);
            HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            // The first request on a connection carries "Upgrade: h2c"; later ones use HTTP/2.
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> res = h2.send(HttpRequest.newBuilder(URI.create(server.url("/ping/" + uuid))).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertThat(res.statusCode()).isEqualTo(200);
                assertThat(res.body()).isEqualTo("OK");
                assertThat(res.version()).isEqualTo(HttpClient.Version.HTTP_2);
            }
            assertThat(methodsOf(server, uuid)).containsExactly("GET", "GET");
        }
    }

    @Test
    void ipv6AndIpv4ClientsReachTheDefaultAllAddressesListener() throws Exception {
        try (TestServer server = TestServer.start(dir, Map.of(Setting.HOST, "::"))) {
            String uuid = newCheck(server);
            HttpClient client = HttpClient.newHttpClient();
            var v6 = client.send(HttpRequest.newBuilder(URI.create("http://[::1]:" + server.port() + "/ping/" + uuid)).build(),
                HttpResponse.BodyHandlers.ofString());
            var v4 = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ping/" + uuid)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(v6.statusCode()).isEqualTo(200);
            assertThat(v4.statusCode()).isEqualTo(200);
            List<String> addresses = server.jdbi().withHandle(h -> h.createQuery("SELECT remote_addr FROM ping ORDER BY n")
                .mapTo(String.class).list());
            assertThat(addresses).containsExactly("::1", "127.0.0.1");
        }
    }
}
