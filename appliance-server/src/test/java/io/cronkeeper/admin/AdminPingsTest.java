package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A check's pings, their bodies as raw bytes, and its flips. */
class AdminPingsTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;
    String check;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        admin = new AdminClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newCheck() {
        server.clock.set(TestServer.T0);
        String project = admin.createProject("pings").get("uuid").asText();
        check = admin.createCheck(project, "{}").get("uuid").asText();
    }

    @Test
    void pingsAreV3sListPlusKindExitStatusAndBodySize() {
        post("/start", "starting".getBytes(StandardCharsets.UTF_8));
        server.clock.advance(Duration.ofMillis(1500));
        post("/3", "failed: disk full".getBytes(StandardCharsets.UTF_8));
        server.get("/ping/" + check + "/log");

        JsonNode pings = ok(admin.get("/checks/" + check + "/pings"), 200).get("pings");
        assertThat(pings).hasSize(3);
        JsonNode log = pings.get(0);
        assertThat(log.get("type").asText()).isEqualTo("log");
        assertThat(log.get("kind").asText()).isEqualTo("log");
        assertThat(log.get("body_url").isNull()).isTrue();
        assertThat(log.get("body_size").asInt()).isZero();
        assertThat(log.get("exitstatus").isNull()).isTrue();
        JsonNode fail = pings.get(1);
        assertThat(fail.get("n").asInt()).isEqualTo(2);
        assertThat(fail.get("kind").asText()).isEqualTo("fail");
        assertThat(fail.get("exitstatus").asInt()).isEqualTo(3);
        assertThat(fail.get("body_size").asInt()).isEqualTo(17);
        assertThat(fail.get("duration").asDouble()).isEqualTo(1.5);
        assertThat(fail.get("date").asText()).isEqualTo("2026-01-15T12:00:01.500000+00:00");
        assertThat(fail.get("body_url").asText())
            .isEqualTo(server.settings.siteRoot() + "/api/admin/v1/checks/" + check + "/pings/2/body");
        assertThat(pings.get(2).get("kind").asText()).isEqualTo("start");
    }

    @Test
    void bodyUrlOfTheListLeadsToTheBody() {
        post("", "hello".getBytes(StandardCharsets.UTF_8));
        String url = ok(admin.get("/checks/" + check + "/pings"), 200).get("pings").get(0).get("body_url").asText();
        String path = url.substring(url.indexOf(AdminClient.BASE) + AdminClient.BASE.length());
        assertThat(admin.get(path).body()).isEqualTo("hello");
    }

    @Test
    void utf8BodyIsRawBytesMarkedUtf8() {
        byte[] text = "übung 完了\n".getBytes(StandardCharsets.UTF_8);
        post("", text);
        HttpResponse<byte[]> res = body(1);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(res.headers().firstValue("X-Body-Utf8")).hasValue("true");
        assertThat(res.body()).containsExactly(text);
    }

    @Test
    void binaryBodyIsRawBytesMarkedNotUtf8() {
        byte[] raw = {(byte) 0xff, 0x00, (byte) 0xfe, 'o', 'k', (byte) 0xc3};
        post("", raw);
        HttpResponse<byte[]> res = body(1);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("X-Body-Utf8")).hasValue("false");
        assertThat(res.body()).containsExactly(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "0", "-1", "x", "99999999999999999999"})
    void missingOrEmptyBodyIs404(String n) {
        server.get("/ping/" + check);
        var res = admin.get("/checks/" + check + "/pings/" + n + "/body");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"check " + check + " has no stored body for ping " + n + "\"}");
    }

    @Test
    void unknownCheckIs404() {
        String uuid = UUID.randomUUID().toString();
        for (String path : new String[] {"/pings", "/pings/1/body", "/flips"}) {
            var res = admin.get("/checks/" + uuid + path);
            assertThat(res.statusCode()).isEqualTo(404);
            assertThat(res.body()).isEqualTo("{\"error\":\"no check with uuid " + uuid + "\"}");
        }
    }

    @Test
    void flipsNewestFirstWithFilters() {
        server.get("/ping/" + check);
        server.clock.advance(Duration.ofSeconds(100));
        server.get("/ping/" + check + "/fail");
        server.clock.advance(Duration.ofSeconds(100));
        ok(admin.post("/checks/" + check + "/pause", ""), 200);

        JsonNode flips = ok(admin.get("/checks/" + check + "/flips"), 200).get("flips");
        assertThat(flips.findValuesAsText("new_status")).containsExactly("paused", "down", "up");
        assertThat(flips.get(1).toString()).isEqualTo(
            "{\"timestamp\":\"2026-01-15T12:01:40+00:00\",\"old_status\":\"up\",\"new_status\":\"down\",\"reason\":\"fail\"}");
        long t0 = TestServer.T0.getEpochSecond();
        assertThat(ok(admin.get("/checks/" + check + "/flips?start=" + (t0 + 100)), 200).get("flips")
            .findValuesAsText("new_status")).containsExactly("paused", "down");
        assertThat(ok(admin.get("/checks/" + check + "/flips?start=" + t0 + "&end=" + (t0 + 100)), 200).get("flips")
            .findValuesAsText("new_status")).containsExactly("up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"start=abc", "end=-1", "start=10000000001", "end=1.5", "start="})
    void badFlipFilterIs400(String query) {
        var res = admin.get("/checks/" + check + "/flips?" + query);
        assertThat(res.statusCode()).isEqualTo(400);
        String name = query.substring(0, query.indexOf('='));
        assertThat(res.body()).isEqualTo("{\"error\":\"\\\"" + name + "\\\" must be a whole number from 0 to 10000000000\"}");
    }

    private void post(String suffix, byte[] body) {
        var req = server.request("/ping/" + check + suffix).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        assertThat(server.send(req).statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> body(int n) {
        return server.sendForBytes(admin.request("/checks/" + check + "/pings/" + n + "/body").GET().build());
    }
}
