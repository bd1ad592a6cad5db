package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.column;
import static io.cronkeeper.api.ApiFixtures.micros;
import static io.cronkeeper.api.ApiFixtures.textColumn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST .../pause} and {@code .../resume} (reference §3.5). */
@ServerTest
class PauseResumeTest {
    static TestServer server;
    CreatedProject project;
    String uuid;
    String path;

    @BeforeEach
    void runningCheck() {
        server.clock.set(TestServer.T0);
        project = server.createProject("pause");
        uuid = server.createCheck(project.apiKey(), "{\"timeout\":3600,\"grace\":600}").get("uuid").asText();
        path = "/api/v3/checks/" + uuid;
        server.get("/ping/" + uuid);
        server.clock.advance(Duration.ofMinutes(1));
        server.get("/ping/" + uuid + "/start");
        server.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void pauseStoresPausedAndForgetsTheRunningStartButKeepsLastPing() {
        var res = server.post(path + "/pause", project.apiKey(), "");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("status").asText()).isEqualTo("paused");
        assertThat(c.get("started").asBoolean()).isFalse();
        assertThat(c.get("last_ping").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
        assertThat(c.get("next_ping").isNull()).isTrue();
        assertThat(c.get("uuid").asText()).isEqualTo(uuid);
        assertThat(textColumn(server, uuid, "status")).isEqualTo("paused");
        assertThat(column(server, uuid, "last_start")).isNull();
        assertThat(column(server, uuid, "alert_after")).isNull();
        assertThat(column(server, uuid, "last_ping")).isEqualTo(micros("2026-01-15T12:00:00Z"));
    }

    @Test
    void pauseRecordsAnAlreadyProcessedFlip() {
        server.post(path + "/pause", project.apiKey(), "");
        List<Map<String, Object>> flips = flips();
        assertThat(flips).hasSize(2);
        Map<String, Object> pause = flips.getLast();
        assertThat(pause).containsEntry("old_status", "up").containsEntry("new_status", "paused");
        assertThat(pause.get("created")).isEqualTo(micros("2026-01-15T12:02:00Z"));
        assertThat(pause.get("processed")).isNotNull();
    }

    @Test
    void pausingAPausedCheckChangesNothing() {
        server.post(path + "/pause", project.apiKey(), "");
        server.clock.advance(Duration.ofMinutes(1));
        var again = server.post(path + "/pause", project.apiKey(), "{}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(again.body()).get("status").asText()).isEqualTo("paused");
        assertThat(flips()).hasSize(2);
    }

    @Test
    void resumeGoesBackToNewAndForgetsTheLastPing() {
        server.post(path + "/pause", project.apiKey(), "");
        server.clock.advance(Duration.ofMinutes(1));
        var res = server.post(path + "/resume", project.apiKey(), "");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode c = TestServer.json(res.body());
        assertThat(c.get("status").asText()).isEqualTo("new");
        assertThat(c.get("last_ping").isNull()).isTrue();
        assertThat(c.get("next_ping").isNull()).isTrue();
        assertThat(c.get("n_pings").asInt()).isEqualTo(2);
        assertThat(column(server, uuid, "alert_after")).isNull();
        Map<String, Object> resume = flips().getLast();
        assertThat(resume).containsEntry("old_status", "paused").containsEntry("new_status", "new");
        assertThat(resume.get("created")).isEqualTo(micros("2026-01-15T12:03:00Z"));
        assertThat(resume.get("processed")).isNotNull();
    }

    @Test
    void resumingACheckThatIsNotPausedIs409() {
        var res = server.post(path + "/resume", project.apiKey(), "");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(res.body()).isEqualTo("check is not paused");
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(flips()).hasSize(1);
    }

    @Test
    void successPingMovesAPausedCheckUp() {
        server.post(path + "/pause", project.apiKey(), "");
        server.get("/ping/" + uuid);
        assertThat(ApiFixtures.getJson(server, path, project.apiKey()).get("status").asText()).isEqualTo("up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pause", "/resume"})
    void getIs405(String action) {
        var res = server.get(path + action, project.apiKey());
        assertThat(res.statusCode()).isEqualTo(405);
        assertThat(res.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
        assertThat(textColumn(server, uuid, "status")).isEqualTo("up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pause", "/resume"})
    void bodyThatIsNotAnObjectIs400EvenWithoutAKey(String action) {
        var array = server.post(path + action, "[1]");
        var broken = server.post(path + action, project.apiKey(), "{\"a\":");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(array.body()).isEqualTo("{\"error\":\"json validation error: value is not an object\"}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
        assertThat(textColumn(server, uuid, "status")).isEqualTo("up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pause", "/resume"})
    void readOnlyKeyIsRefused(String action) {
        server.post(path + "/pause", project.apiKey(), "");
        String before = textColumn(server, uuid, "status");
        var res = server.post(path + action, project.apiKeyReadonly(), "");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"wrong api key\"}");
        assertThat(textColumn(server, uuid, "status")).isEqualTo(before);
    }

    @Test
    void keyMayComeInTheBody() {
        var res = server.post(path + "/pause", "{\"api_key\":\"" + project.apiKey() + "\"}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(textColumn(server, uuid, "status")).isEqualTo("paused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pause", "/resume"})
    void anotherProjectsCheckIsForbidden(String action) {
        var res = server.post(path + action, server.createProject("other").apiKey(), "");
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
        assertThat(textColumn(server, uuid, "status")).isEqualTo("up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pause", "/resume"})
    void unknownCheckIs404(String action) {
        assertThat(server.post("/api/v3/checks/" + UUID.randomUUID() + action, project.apiKey(), "").statusCode())
            .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pause/", "/resume/"})
    void trailingSlashIs404(String action) {
        assertThat(server.post(path + action, project.apiKey(), "").statusCode()).isEqualTo(404);
        assertThat(textColumn(server, uuid, "status")).isEqualTo("up");
    }

    @Test
    void uniqueKeyIsNotAnActionRoute() {
        var res = server.post("/api/v3/checks/" + io.cronkeeper.check.UniqueKey.of(uuid) + "/pause", project.apiKey(), "");
        assertThat(res.statusCode()).isEqualTo(404);
    }

    private List<Map<String, Object>> flips() {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT old_status, new_status, created, processed FROM flip
                WHERE check_id = (SELECT id FROM check_ WHERE uuid = :u) ORDER BY id""")
            .bind("u", uuid).mapToMap().list());
    }
}
