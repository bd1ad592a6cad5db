package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.flip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.UniqueKey;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v3/checks/<uuid|unique_key>/flips/} and its filters (reference §4.7). */
@ServerTest
class FlipsApiTest {
    private static final Instant F1 = Instant.parse("2026-01-10T00:00:00.654321Z");
    private static final Instant F2 = Instant.parse("2026-01-12T00:00:00Z");
    private static final Instant F3 = Instant.parse("2026-01-14T00:00:00Z");
    private static final Instant F4 = Instant.parse("2026-01-15T11:00:00Z");

    static TestServer server;
    CreatedProject project;
    String uuid;
    String path;

    @BeforeEach
    void checkWithFlips() {
        server.clock.set(TestServer.T0);
        project = server.createProject("flips");
        uuid = server.createCheck(project.apiKey(), "{}").get("uuid").asText();
        path = "/api/v3/checks/" + uuid + "/flips/";
        flip(server, uuid, F1, "new", "up");
        flip(server, uuid, F2, "up", "down");
        flip(server, uuid, F3, "down", "up");
        flip(server, uuid, F4, "up", "paused");
    }

    @Test
    void listsFlipsNewestFirstInTheObjectForm() {
        var res = server.get(path, project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo("""
            {"flips":[{"timestamp":"2026-01-15T11:00:00+00:00","up":0},\
            {"timestamp":"2026-01-14T00:00:00+00:00","up":1},\
            {"timestamp":"2026-01-12T00:00:00+00:00","up":0},\
            {"timestamp":"2026-01-10T00:00:00+00:00","up":1}]}""");
    }

    @Test
    void readOnlyKeyMayListFlips() {
        assertThat(times(server.get(path, project.apiKeyReadonly()))).containsExactly(F4, F3, F2, F1.minusNanos(654321000));
    }

    @Test
    void uniqueKeyFormWorksForBothKeys() {
        String byKey = "/api/v3/checks/" + UniqueKey.of(uuid) + "/flips/";
        assertThat(server.get(byKey, project.apiKeyReadonly()).body()).isEqualTo(server.get(path, project.apiKey()).body());
        assertThat(times(server.get(byKey + "?start=" + F3.getEpochSecond(), project.apiKey()))).containsExactly(F4, F3);
    }

    @Test
    void startKeepsFlipsAtOrAfterIt() {
        assertThat(times(get("?start=" + F2.getEpochSecond()))).containsExactly(F4, F3, F2);
        assertThat(times(get("?start=" + (F2.getEpochSecond() + 1)))).containsExactly(F4, F3);
    }

    @Test
    void endKeepsFlipsStrictlyBeforeIt() {
        assertThat(times(get("?end=" + F3.getEpochSecond()))).containsExactly(F2, F1.minusNanos(654321000));
        assertThat(times(get("?end=" + (F3.getEpochSecond() + 1)))).containsExactly(F3, F2, F1.minusNanos(654321000));
    }

    @Test
    void startAndEndTogether() {
        assertThat(times(get("?start=" + F2.getEpochSecond() + "&end=" + F4.getEpochSecond()))).containsExactly(F3, F2);
    }

    @Test
    void secondsKeepsFlipsWithinThatManySecondsBeforeNow() {
        assertThat(times(get("?seconds=3600"))).containsExactly(F4);
        assertThat(times(get("?seconds=3599"))).isEmpty();
        assertThat(times(get("?seconds=" + (36 * 3600)))).containsExactly(F4, F3);
    }

    @Test
    void secondsAndStartBothApply() {
        assertThat(times(get("?seconds=" + (5 * 86400) + "&start=" + F3.getEpochSecond()))).containsExactly(F4, F3);
        assertThat(times(get("?seconds=3600&start=" + F2.getEpochSecond()))).containsExactly(F4);
    }

    @Test
    void secondsZeroIsNoFilter() {
        assertThat(times(get("?seconds=0"))).hasSize(4);
    }

    @Test
    void startZeroKeepsEverythingAndEndZeroNothing() {
        assertThat(times(get("?start=0"))).hasSize(4);
        assertThat(times(get("?end=0"))).isEmpty();
    }

    @Test
    void emptySecondsIsNoFilter() {
        assertThat(times(get("?seconds="))).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?start=10000000000", "?end=10000000000", "?seconds=31536000", "?seconds=60.0",
        "?start=%2B5", "?start=%205%20", "?start=1_000", "?start=abc&start=0"})
    void valuesPythonAcceptsAreValid(String query) {
        assertThat(get(query).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
        "start, abc", "start, 1.5", "start, -1", "start, 10000000001", "start, 1e3", "start, ''", "start, 0x10",
        "start, 1__0", "start, 99999999999999999999999",
        "end, abc", "end, -5", "end, 10000000001", "end, ''",
        "seconds, abc", "seconds, -1", "seconds, 31536001", "seconds, 1.5", "seconds, 99999999999999999999"})
    void invalidFilterIs400WithEmptyBody(String name, String value) {
        var res = get("?" + name + "=" + value);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void lastOfARepeatedFilterCounts() {
        assertThat(get("?start=0&start=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void missingKeyIs401BeforeFiltersAreLookedAt() {
        var res = server.get(path + "?start=abc");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"missing api key\"}");
    }

    @Test
    void anotherProjectsCheckIsForbiddenBeforeFiltersAreLookedAt() {
        CreatedProject other = server.createProject("other");
        var res = server.get(path + "?start=abc", other.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void anotherProjectsUniqueKeyIsNotFound() {
        CreatedProject other = server.createProject("other");
        var res = server.get("/api/v3/checks/" + UniqueKey.of(uuid) + "/flips/", other.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void unknownCheckIs404() {
        assertThat(server.get("/api/v3/checks/" + UUID.randomUUID() + "/flips/", project.apiKey()).statusCode())
            .isEqualTo(404);
        assertThat(server.get("/api/v3/checks/" + "b".repeat(40) + "/flips/", project.apiKey()).statusCode())
            .isEqualTo(404);
    }

    @Test
    void withoutTrailingSlashIs404() {
        assertThat(server.get("/api/v3/checks/" + uuid + "/flips", project.apiKey()).statusCode()).isEqualTo(404);
    }

    @Test
    void pingsPauseAndResumeShowUpAsFlips() {
        String fresh = server.createCheck(project.apiKey(), "{}").get("uuid").asText();
        server.get("/ping/" + fresh);
        server.clock.advance(java.time.Duration.ofMinutes(1));
        server.post("/api/v3/checks/" + fresh + "/pause", project.apiKey(), "");
        server.clock.advance(java.time.Duration.ofMinutes(1));
        server.post("/api/v3/checks/" + fresh + "/resume", project.apiKey(), "");
        JsonNode flips = TestServer.json(server.get("/api/v3/checks/" + fresh + "/flips/", project.apiKey()).body())
            .get("flips");
        assertThat(flips).hasSize(3);
        assertThat(flips.get(0).get("timestamp").asText()).isEqualTo("2026-01-15T12:02:00+00:00");
        assertThat(flips.get(0).get("up").asInt()).isZero();
        assertThat(flips.get(1).get("up").asInt()).isZero();
        assertThat(flips.get(2).get("timestamp").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
        assertThat(flips.get(2).get("up").asInt()).isEqualTo(1);
    }

    private HttpResponse<String> get(String query) {
        return server.get(path + query, project.apiKey());
    }

    private static List<Instant> times(HttpResponse<String> res) {
        assertThat(res.statusCode()).isEqualTo(200);
        List<Instant> out = new ArrayList<>();
        TestServer.json(res.body()).get("flips").forEach(f -> out.add(Instant.parse(f.get("timestamp").asText())));
        return out;
    }
}
