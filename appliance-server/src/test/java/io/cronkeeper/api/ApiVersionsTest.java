package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same API at {@code /api/v1/} and {@code /api/v2/}, with their differences (§4, §4.4, §4.5). */
@ServerTest
class ApiVersionsTest {
    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void newProject() {
        server.clock.set(TestServer.T0);
        project = server.createProject("versions");
    }

    @ParameterizedTest
    @CsvSource({"1, nightly-db-backup", "2, nightly-db-backup", "3, ''"})
    void createSetsTheSlugFromTheNameBeforeV3(int version, String slug) {
        JsonNode c = create(version, "{\"name\":\"Nightly DB Backup!\"}");
        assertThat(c.get("slug").asText()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void explicitSlugWinsOverTheName(int version) {
        JsonNode c = create(version, "{\"name\":\"Nightly\",\"slug\":\"custom\"}");
        assertThat(c.get("slug").asText()).isEqualTo("custom");
    }

    @ParameterizedTest
    @CsvSource({"1, renamed-job", "2, renamed-job", "3, old"})
    void updateRenamesTheSlugWithTheNameBeforeV3(int version, String slug) {
        String uuid = create(3, "{\"name\":\"Old\",\"slug\":\"old\"}").get("uuid").asText();
        var res = server.post("/api/v" + version + "/checks/" + uuid, project.apiKey(), "{\"name\":\"Renamed Job\"}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(res.body()).get("slug").asText()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void updateWithTheSameNameKeepsACustomSlug(int version) {
        String uuid = create(3, "{\"name\":\"Same\",\"slug\":\"hand-made\"}").get("uuid").asText();
        var res = server.post("/api/v" + version + "/checks/" + uuid, project.apiKey(), "{\"name\":\"Same\"}");
        assertThat(TestServer.json(res.body()).get("slug").asText()).isEqualTo("hand-made");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void updateWithoutANameKeepsTheSlug(int version) {
        String uuid = create(3, "{\"name\":\"N\",\"slug\":\"kept\"}").get("uuid").asText();
        var res = server.post("/api/v" + version + "/checks/" + uuid, project.apiKey(), "{\"desc\":\"d\"}");
        assertThat(TestServer.json(res.body()).get("slug").asText()).isEqualTo("kept");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void urlsInAnswersCarryTheRequestsVersion(int version) {
        JsonNode c = create(version, "{}");
        String uuid = c.get("uuid").asText();
        String update = server.settings.siteRoot() + "/api/v" + version + "/checks/" + uuid;
        assertThat(c.get("update_url").asText()).isEqualTo(update);
        assertThat(c.get("pause_url").asText()).isEqualTo(update + "/pause");
        assertThat(c.get("resume_url").asText()).isEqualTo(update + "/resume");
        assertThat(c.get("ping_url").asText()).isEqualTo(server.settings.pingEndpoint() + uuid);
        server.post("/ping/" + uuid, "body");
        String pingsPath = "/api/v" + version + "/checks/" + uuid + "/pings/";
        JsonNode pings = TestServer.json(server.get(pingsPath, project.apiKey()).body());
        assertThat(pings.get("pings").get(0).get("body_url").asText()).isEqualTo(update + "/pings/1/body");
        for (String path : new String[] {"/checks/" + uuid, "/checks/", "/checks/" + uuid + "/pause"}) {
            var res = path.endsWith("/pause")
                ? server.post("/api/v" + version + path, project.apiKey(), "")
                : server.get("/api/v" + version + path, project.apiKey());
            assertThat(res.body()).contains("\"update_url\":\"" + update + "\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"1, started", "2, up", "3, up"})
    void onlyV1ShowsARunningCheckAsStarted(int version, String status) {
        String uuid = create(3, "{}").get("uuid").asText();
        server.get("/ping/" + uuid);
        server.get("/ping/" + uuid + "/start");
        JsonNode c = TestServer.json(server.get("/api/v" + version + "/checks/" + uuid, project.apiKey()).body());
        assertThat(c.get("status").asText()).isEqualTo(status);
        assertThat(c.get("started").asBoolean()).isTrue();
        JsonNode listed = TestServer.json(server.get("/api/v" + version + "/checks/", project.apiKeyReadonly()).body());
        assertThat(listed.get("checks").get(0).get("status").asText()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({
        "1, /checks/, 200", "2, /checks/, 200", "1, /channels/, 200", "2, /channels/, 200",
        "1, /badges/, 200", "2, /badges/, 200", "1, /status/, 200", "2, /status/, 200",
        "1, /checks/{uuid}/flips/, 200", "2, /checks/{key}/flips/, 200", "1, /checks/{uuid}/pings/, 200",
        "4, /checks/, 404", "0, /checks/, 404"})
    void everyEndpointIsServedUnderV1AndV2(int version, String path, int status) {
        String uuid = create(3, "{}").get("uuid").asText();
        String resolved = path.replace("{uuid}", uuid).replace("{key}", io.cronkeeper.check.UniqueKey.of(uuid));
        assertThat(server.get("/api/v" + version + resolved, project.apiKey()).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void deleteWorksUnderOlderVersions(int version) {
        String uuid = create(3, "{}").get("uuid").asText();
        var res = ApiFixtures.delete(server, "/api/v" + version + "/checks/" + uuid, project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(res.body()).get("update_url").asText()).contains("/api/v" + version + "/");
    }

    private JsonNode create(int version, String body) {
        var res = server.post("/api/v" + version + "/checks/", project.apiKey(), body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return TestServer.json(res.body());
    }
}
