package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /projects}: list with status counts, create, show, rename and delete. */
class AdminProjectsTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;

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
    void resetClock() {
        server.clock.set(TestServer.T0);
    }

    @Test
    void createMakesProjectWithPingKeyButNoApiKeys() {
        var res = admin.post("/projects", "{\"name\":\"Backups\"}");
        JsonNode p = ok(res, 201);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(fieldNames(p)).containsExactly("uuid", "name", "ping_key", "ping_url_base", "created", "checks");
        assertThat(p.get("name").asText()).isEqualTo("Backups");
        assertThat(p.get("ping_key").asText()).matches("[a-z0-9]{22}");
        assertThat(p.get("ping_url_base").asText()).isEqualTo(server.settings.pingEndpoint() + p.get("ping_key").asText() + "/");
        assertThat(p.get("created").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
        assertThat(p.get("checks").toString())
            .isEqualTo("{\"total\":0,\"new\":0,\"up\":0,\"grace\":0,\"down\":0,\"paused\":0}");
        long keys = server.jdbi().withHandle(h -> h.createQuery(
            "SELECT count(*) FROM api_key k JOIN project p ON p.id = k.project_id WHERE p.uuid = :u")
            .bind("u", p.get("uuid").asText()).mapTo(Long.class).one());
        assertThat(keys).isZero();
    }

    @Test
    void nameIsStrippedOfSurroundingWhitespace() {
        assertThat(admin.createProject("  Media  ").get("name").asText()).isEqualTo("Media");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|\"name\" is required",
        "{\"name\":null}|\"name\" must be a string",
        "{\"name\":42}|\"name\" must be a string",
        "{\"name\":\"   \"}|\"name\" must not be empty",
        "[1]|json validation error: value is not an object",
        "{\"name\":|could not parse request body",
        "{\"name\":\"a\"} trailing|could not parse request body"})
    void badCreateBodyIs400(String body, String error) {
        var res = admin.post("/projects", body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
    }

    @Test
    void nameLongerThan100CharactersIs400() {
        assertThat(admin.post("/projects", "{\"name\":\"" + "é".repeat(100) + "\"}").statusCode()).isEqualTo(201);
        var res = admin.post("/projects", "{\"name\":\"" + "é".repeat(101) + "\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"\\\"name\\\" must be at most 100 characters\"}");
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String big = "{\"name\":\"x\",\"pad\":\"" + "a".repeat(1024 * 1024) + "\"}";
        var res = admin.post("/projects", big);
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.body()).isEqualTo("{\"error\":\"request body is larger than 1 MiB\"}");
    }

    @Test
    void bodyOfExactlyOneMebibyteIsRead() {
        String head = "{\"name\":\"exact\",\"pad\":\"";
        String body = head + "a".repeat(1024 * 1024 - head.length() - 2) + "\"}";
        assertThat(body).hasSize(1024 * 1024);
        assertThat(admin.post("/projects", body).statusCode()).isEqualTo(201);
    }

    @Test
    void listShowsEveryProjectWithCountsByStatus() {
        String uuid = admin.createProject("counted").get("uuid").asText();
        String quick = "{\"timeout\":60,\"grace\":60}";
        admin.createCheck(uuid, quick);
        String up = admin.createCheck(uuid, quick).get("uuid").asText();
        String grace = admin.createCheck(uuid, "{\"timeout\":120,\"grace\":600}").get("uuid").asText();
        String down = admin.createCheck(uuid, quick).get("uuid").asText();
        String paused = admin.createCheck(uuid, quick).get("uuid").asText();
        server.get("/ping/" + grace);
        server.clock.advance(Duration.ofSeconds(150));
        server.get("/ping/" + up);
        server.get("/ping/" + down + "/fail");
        ok(admin.post("/checks/" + paused + "/pause", ""), 200);

        JsonNode list = ok(admin.get("/projects"), 200).get("projects");
        assertThat(list.findValuesAsText("name")).contains("Default", "counted");
        JsonNode counted = find(list, uuid);
        assertThat(counted.get("checks").toString())
            .isEqualTo("{\"total\":5,\"new\":1,\"up\":1,\"grace\":1,\"down\":1,\"paused\":1}");
        assertThat(ok(admin.get("/projects/" + uuid), 200)).isEqualTo(counted);
    }

    @Test
    void showUnknownProjectIs404() {
        String uuid = UUID.randomUUID().toString();
        var res = admin.get("/projects/" + uuid);
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no project with uuid " + uuid + "\"}");
        assertThat(admin.get("/projects/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void renameChangesOnlyTheName() {
        JsonNode before = admin.createProject("old name");
        String uuid = before.get("uuid").asText();
        JsonNode after = ok(admin.patch("/projects/" + uuid, "{\"name\":\"new name\"}"), 200);
        assertThat(after.get("name").asText()).isEqualTo("new name");
        assertThat(after.get("ping_key")).isEqualTo(before.get("ping_key"));
        assertThat(ok(admin.get("/projects/" + uuid), 200).get("name").asText()).isEqualTo("new name");
        assertThat(ok(admin.patch("/projects/" + uuid, "{}"), 200).get("name").asText()).isEqualTo("new name");
    }

    @Test
    void renameErrors() {
        String uuid = admin.createProject("r").get("uuid").asText();
        assertThat(admin.patch("/projects/" + uuid, "{\"name\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(admin.patch("/projects/" + uuid, "{\"name\":false}").statusCode()).isEqualTo(400);
        assertThat(admin.patch("/projects/" + UUID.randomUUID(), "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void deleteRemovesProjectWithEverythingInIt() {
        JsonNode project = admin.createProject("doomed");
        String uuid = project.get("uuid").asText();
        String check = admin.createCheck(uuid, "{\"slug\":\"nightly\"}").get("uuid").asText();
        server.get("/ping/" + check);
        server.get("/ping/" + check + "/fail");
        String channel = ok(admin.post("/projects/" + uuid + "/channels",
            "{\"kind\":\"email\",\"config\":{\"address\":\"a@b.c\"}}"), 201).get("uuid").asText();
        ok(admin.put("/checks/" + check + "/channels", "{\"channels\":[\"" + channel + "\"]}"), 200);
        ok(admin.post("/projects/" + uuid + "/api-keys", "{\"name\":\"ci\"}"), 201);
        long projectId = server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM project WHERE uuid = :u")
            .bind("u", uuid).mapTo(Long.class).one());
        assertThat(rows(projectId)).containsExactly(1L, 2L, 2L, 1L, 1L, 1L, 1L);

        JsonNode deleted = ok(admin.delete("/projects/" + uuid), 200);
        assertThat(deleted.get("uuid").asText()).isEqualTo(uuid);
        assertThat(deleted.get("checks").get("total").asInt()).isEqualTo(1);
        assertThat(rows(projectId)).containsOnly(0L);
        assertThat(admin.get("/projects/" + uuid).statusCode()).isEqualTo(404);
        assertThat(admin.get("/checks/" + check).statusCode()).isEqualTo(404);
        assertThat(admin.get("/channels/" + channel).statusCode()).isEqualTo(404);
        assertThat(server.get("/ping/" + check).statusCode()).isEqualTo(404);
        assertThat(server.get("/ping/" + project.get("ping_key").asText() + "/nightly").statusCode()).isEqualTo(404);
        assertThat(admin.delete("/projects/" + uuid).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingOneProjectLeavesOthersAlone() {
        String keep = admin.createProject("keep").get("uuid").asText();
        String check = admin.createCheck(keep, "{}").get("uuid").asText();
        String drop = admin.createProject("drop").get("uuid").asText();
        ok(admin.delete("/projects/" + drop), 200);
        assertThat(ok(admin.get("/checks/" + check), 200).get("project").asText()).isEqualTo(keep);
        assertThat(server.get("/ping/" + check).statusCode()).isEqualTo(200);
    }

    @Test
    void pingKeyIsShown() {
        JsonNode project = admin.createProject("pk");
        JsonNode key = ok(admin.get("/projects/" + project.get("uuid").asText() + "/ping-key"), 200);
        assertThat(key.get("ping_key")).isEqualTo(project.get("ping_key"));
        assertThat(key.get("ping_url_base")).isEqualTo(project.get("ping_url_base"));
        assertThat(admin.get("/projects/" + UUID.randomUUID() + "/ping-key").statusCode()).isEqualTo(404);
    }

    @Test
    void rotatedPingKeyMovesSlugUrls() {
        JsonNode project = admin.createProject("rotate");
        String uuid = project.get("uuid").asText();
        String oldKey = project.get("ping_key").asText();
        String check = admin.createCheck(uuid, "{\"slug\":\"backup\"}").get("uuid").asText();
        assertThat(server.get("/ping/" + oldKey + "/backup").statusCode()).isEqualTo(200);

        JsonNode rotated = ok(admin.post("/projects/" + uuid + "/ping-key", ""), 200);
        String newKey = rotated.get("ping_key").asText();
        assertThat(newKey).matches("[a-z0-9]{22}").isNotEqualTo(oldKey);
        assertThat(server.get("/ping/" + oldKey + "/backup").statusCode()).isEqualTo(404);
        assertThat(server.get("/ping/" + newKey + "/backup").statusCode()).isEqualTo(200);
        assertThat(server.get("/ping/" + check).statusCode()).isEqualTo(200);
        assertThat(ok(admin.get("/checks/" + check), 200).get("ping_url_slug").asText())
            .isEqualTo(server.settings.pingEndpoint() + newKey + "/backup");
        assertThat(ok(admin.get("/projects/" + uuid + "/ping-key"), 200).get("ping_key").asText()).isEqualTo(newKey);
    }

    @Test
    void pingKeyIsCreatedForProjectWithout() {
        String uuid = admin.createProject("keyless").get("uuid").asText();
        server.jdbi().useHandle(h -> h.execute("UPDATE project SET ping_key = NULL WHERE uuid = ?", uuid));
        JsonNode none = ok(admin.get("/projects/" + uuid + "/ping-key"), 200);
        assertThat(none.get("ping_key").isNull()).isTrue();
        assertThat(none.get("ping_url_base").isNull()).isTrue();
        assertThat(ok(admin.post("/projects/" + uuid + "/ping-key", "{}"), 200).get("ping_key").asText())
            .matches("[a-z0-9]{22}");
    }

    @Test
    void rotateErrors() {
        assertThat(admin.post("/projects/" + UUID.randomUUID() + "/ping-key", "").statusCode()).isEqualTo(404);
        String uuid = admin.createProject("x").get("uuid").asText();
        assertThat(admin.post("/projects/" + uuid + "/ping-key", "nope").statusCode()).isEqualTo(400);
        var raw = admin.request("/projects/" + uuid + "/ping-key")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1])).build();
        assertThat(server.send(raw).statusCode()).isEqualTo(413);
    }

    /** Rows of the project: checks, pings, flips, channels, assignments, API keys, the project. */
    private static List<Long> rows(long projectId) {
        return server.jdbi().withHandle(h -> {
            List<Long> out = new ArrayList<>();
            for (String sql : List.of(
                "SELECT count(*) FROM check_ WHERE project_id = :p",
                "SELECT count(*) FROM ping WHERE check_id IN (SELECT id FROM check_ WHERE project_id = :p)",
                "SELECT count(*) FROM flip WHERE check_id IN (SELECT id FROM check_ WHERE project_id = :p)",
                "SELECT count(*) FROM channel WHERE project_id = :p",
                "SELECT count(*) FROM check_channel WHERE channel_id IN (SELECT id FROM channel WHERE project_id = :p)",
                "SELECT count(*) FROM api_key WHERE project_id = :p",
                "SELECT count(*) FROM project WHERE id = :p")) {
                out.add(h.createQuery(sql).bind("p", projectId).mapTo(Long.class).one());
            }
            return out;
        });
    }

    private static JsonNode find(JsonNode list, String uuid) {
        for (JsonNode p : list) {
            if (p.get("uuid").asText().equals(uuid)) {
                return p;
            }
        }
        throw new AssertionError("no project " + uuid + " in " + list);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
