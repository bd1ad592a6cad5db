package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.config.Setting;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v3/checks/<uuid>/pings/} (reference §4.6), with run durations (§3.6). */
class PingsListTest {
    private static final String RID = "6f1f7c2a-3b9e-4c1d-8a5f-2e7d9b0c4a11";

    @TempDir
    static Path dir;
    static TestServer server;
    CreatedProject project;
    String uuid;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, Map.of(Setting.SITE_ROOT, "https://hc.example.org",
            Setting.PING_LOG_LIMIT, "5"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void newCheck() {
        server.clock.set(TestServer.T0);
        project = server.createProject("pings");
        uuid = server.createCheck(project.apiKey(), "{\"name\":\"p\"}").get("uuid").asText();
    }

    @Test
    void listsPingsNewestFirstWithEveryFieldInOrder() {
        server.clock.set(TestServer.T0.plusNanos(113_073_000));
        ping("/start?rid=" + RID.toUpperCase(), "GET", "runner/1.0", "");
        server.clock.advance(Duration.ofNanos(1_234_567_000));
        ping("?rid=" + RID, "POST", "curl/8.5", "all good");
        JsonNode pings = list();
        assertThat(pings).hasSize(2);
        JsonNode success = pings.get(0);
        JsonNode start = pings.get(1);
        assertThat(keys(success)).containsExactly("type", "date", "n", "scheme", "remote_addr", "method", "ua", "rid",
            "body_url", "duration");
        assertThat(success.get("type").asText()).isEqualTo("success");
        assertThat(success.get("date").asText()).isEqualTo("2026-01-15T12:00:01.347640+00:00");
        assertThat(success.get("n").asInt()).isEqualTo(2);
        assertThat(success.get("scheme").asText()).isEqualTo("http");
        assertThat(success.get("remote_addr").asText()).isEqualTo("127.0.0.1");
        assertThat(success.get("method").asText()).isEqualTo("POST");
        assertThat(success.get("ua").asText()).isEqualTo("curl/8.5");
        assertThat(success.get("rid").asText()).isEqualTo(RID);
        assertThat(success.get("body_url").asText())
            .isEqualTo("https://hc.example.org/api/v3/checks/" + uuid + "/pings/2/body");
        assertThat(success.get("duration").isFloatingPointNumber()).isTrue();
        assertThat(success.get("duration").asDouble()).isEqualTo(1.23);
        assertThat(keys(start)).containsExactly("type", "date", "n", "scheme", "remote_addr", "method", "ua", "rid",
            "body_url");
        assertThat(start.get("type").asText()).isEqualTo("start");
        assertThat(start.get("date").asText()).isEqualTo("2026-01-15T12:00:00.113073+00:00");
        assertThat(start.get("n").asInt()).isEqualTo(1);
        assertThat(start.get("method").asText()).isEqualTo("GET");
        assertThat(start.get("ua").asText()).isEqualTo("runner/1.0");
        assertThat(start.get("rid").asText()).as("rid is lowercased").isEqualTo(RID);
        assertThat(start.get("body_url").isNull()).as("empty body has no URL").isTrue();
    }

    @Test
    void dateWithoutMicrosecondsLooksLikePythonIsoformat() {
        ping("", "GET", "ua", "");
        assertThat(list().get(0).get("date").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
    }

    @Test
    void pingWithoutRidShowsNullRid() {
        ping("", "GET", "ua", "");
        assertThat(list().get(0).get("rid").isNull()).isTrue();
    }

    @Test
    void typesAreNamedAsHealthchecksNamesThem() {
        ping("/start", "GET", "ua", "");
        ping("", "GET", "ua", "");
        ping("/fail", "GET", "ua", "");
        ping("/log", "POST", "ua", "note");
        ping("/1", "GET", "ua", "");
        assertThat(types(list())).containsExactly("fail", "log", "fail", "success", "start");
        String postOnly = server.createCheck(project.apiKey(), "{\"methods\":\"POST\"}").get("uuid").asText();
        server.get("/ping/" + postOnly);
        JsonNode ign = TestServer.json(server.get("/api/v3/checks/" + postOnly + "/pings/", project.apiKey()).body());
        assertThat(types(ign.get("pings"))).containsExactly("ign");
    }

    @Test
    void onlyTheFirstSuccessAfterAStartHasADuration() {
        ping("/start", "GET", "ua", "");
        server.clock.advance(Duration.ofMinutes(5));
        ping("", "GET", "ua", "");
        server.clock.advance(Duration.ofMinutes(5));
        ping("", "GET", "ua", "");
        JsonNode pings = list();
        assertThat(pings.get(0).has("duration")).isFalse();
        assertThat(pings.get(1).get("duration").asDouble()).isEqualTo(300.0);
        assertThat(pings.get(2).has("duration")).isFalse();
    }

    @Test
    void failAfterStartHasADuration() {
        ping("/start", "GET", "ua", "");
        server.clock.advance(Duration.ofMillis(2_999));
        ping("/fail", "GET", "ua", "");
        assertThat(list().get(0).get("duration").asDouble()).isEqualTo(3.0);
    }

    @Test
    void durationIsMatchedByRunId() {
        String ridA = "aaaaaaaa-0000-4000-8000-000000000001";
        String ridB = "bbbbbbbb-0000-4000-8000-000000000002";
        ping("/start?rid=" + ridA, "GET", "ua", "");
        server.clock.advance(Duration.ofSeconds(1));
        ping("/start?rid=" + ridB, "GET", "ua", "");
        server.clock.advance(Duration.ofSeconds(1));
        ping("?rid=" + ridA, "GET", "ua", "");
        JsonNode pings = list();
        assertThat(pings.get(0).get("duration").asDouble()).isEqualTo(2.0);
        assertThat(pings.get(1).has("duration")).isFalse();
    }

    @Test
    void ignoredAndLogPingsHaveNoDurationAndDoNotBreakTheRun() {
        ping("/start", "GET", "ua", "");
        server.clock.advance(Duration.ofSeconds(10));
        ping("/log", "GET", "ua", "");
        server.clock.advance(Duration.ofSeconds(10));
        ping("", "GET", "ua", "");
        JsonNode pings = list();
        assertThat(pings.get(0).get("duration").asDouble()).isEqualTo(20.0);
        assertThat(pings.get(1).has("duration")).isFalse();
    }

    @Test
    void runLongerThan72HoursHasNoDuration() {
        ping("/start", "GET", "ua", "");
        server.clock.advance(Duration.ofHours(72).plusSeconds(1));
        ping("", "GET", "ua", "");
        assertThat(list().get(0).has("duration")).isFalse();
    }

    @Test
    void listIsLimitedToThePingLogLimit() {
        for (int i = 0; i < 7; i++) {
            ping("", "GET", "ua", "");
        }
        List<Integer> ns = new ArrayList<>();
        list().forEach(p -> ns.add(p.get("n").asInt()));
        assertThat(ns).containsExactly(7, 6, 5, 4, 3);
    }

    @Test
    void checkWithoutPingsHasEmptyList() {
        var res = server.get("/api/v3/checks/" + uuid + "/pings/", project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo("{\"pings\":[]}");
    }

    private void ping(String suffix, String method, String ua, String body) {
        var req = server.request("/ping/" + uuid + suffix).header("User-Agent", ua)
            .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
        assertThat(server.send(req).statusCode()).isEqualTo(200);
    }

    private JsonNode list() {
        var res = server.get("/api/v3/checks/" + uuid + "/pings/", project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        return TestServer.json(res.body()).get("pings");
    }

    private static List<String> types(JsonNode pings) {
        List<String> out = new ArrayList<>();
        pings.forEach(p -> out.add(p.get("type").asText()));
        return out;
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
