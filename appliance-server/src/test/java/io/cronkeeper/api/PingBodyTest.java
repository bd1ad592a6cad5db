package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v3/checks/<uuid>/pings/<n>/body}: raw bytes of retained, non-empty bodies only. */
class PingBodyTest {
    @TempDir
    static Path dir;
    static TestServer server;
    CreatedProject project;
    String uuid;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, Map.of(Setting.PING_LOG_LIMIT, "3"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newCheck() {
        project = server.createProject("bodies");
        uuid = server.createCheck(project.apiKey(), "{}").get("uuid").asText();
    }

    @Test
    void bodyIsReturnedAsPlainText() {
        post("backup finished: 42 files\n".getBytes(StandardCharsets.UTF_8));
        var res = server.get(bodyPath(1), project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(res.body()).isEqualTo("backup finished: 42 files\n");
    }

    @Test
    void bodyBytesComeBackExactlyEvenWhenNotUtf8() {
        byte[] raw = {(byte) 0xff, 0x00, (byte) 0xfe, 'o', 'k', (byte) 0xc3};
        post(raw);
        HttpResponse<byte[]> res = server.sendForBytes(server.request(bodyPath(1))
            .header("X-Api-Key", project.apiKey()).GET().build());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).containsExactly(raw);
    }

    @Test
    void pingWithEmptyBodyHasNoBody() {
        server.get("/ping/" + uuid);
        var res = server.get(bodyPath(1), project.apiKey());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "0", "-1", "abc", "99999999999999999999"})
    void missingOrMalformedPingNumberIsNotFound(String n) {
        post("x".getBytes(StandardCharsets.UTF_8));
        var res = server.get("/api/v3/checks/" + uuid + "/pings/" + n + "/body", project.apiKey());
        assertThat(res.statusCode()).isEqualTo(404);
    }

    @Test
    void bodyOutsideRetainedWindowIsNotFoundWhileRowStillExists() {
        for (int i = 1; i <= 4; i++) {
            post(("body " + i).getBytes(StandardCharsets.UTF_8));
        }
        long rows = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = :u AND p.n = 1")
            .bind("u", uuid).mapTo(Long.class).one());
        assertThat(rows).as("pruning runs only every 100 pings").isEqualTo(1);
        assertThat(server.get(bodyPath(1), project.apiKey()).statusCode()).isEqualTo(404);
        assertThat(server.get(bodyPath(2), project.apiKey()).body()).isEqualTo("body 2");
        assertThat(server.get(bodyPath(4), project.apiKey()).body()).isEqualTo("body 4");
    }

    @Test
    void bodyUrlInPingsListLeadsToTheBody() {
        post("hello".getBytes(StandardCharsets.UTF_8));
        String bodyUrl = TestServer.json(server.get("/api/v3/checks/" + uuid + "/pings/", project.apiKey()).body())
            .get("pings").get(0).get("body_url").asText();
        assertThat(bodyUrl).endsWith(bodyPath(1));
        assertThat(server.get(bodyPath(1), project.apiKey()).body()).isEqualTo("hello");
    }

    @Test
    void readOnlyKeyIsRefused() {
        post("secret".getBytes(StandardCharsets.UTF_8));
        var res = server.get(bodyPath(1), project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"wrong api key\"}");
    }

    private void post(byte[] body) {
        var req = server.request("/ping/" + uuid).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        assertThat(server.send(req).statusCode()).isEqualTo(200);
    }

    private String bodyPath(int n) {
        return "/api/v3/checks/" + uuid + "/pings/" + n + "/body";
    }
}
