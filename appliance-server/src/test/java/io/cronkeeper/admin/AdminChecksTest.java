package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
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
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /checks} across projects: v3's fields and rules plus what the desktop app needs. */
class AdminChecksTest {
    private static final List<String> ADMIN_EXTRA = List.of("project", "status_with_started", "alert_after",
        "ping_url_slug", "created");

    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;
    String project;

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
    void newProject() {
        server.clock.set(TestServer.T0);
        project = admin.createProject("checks").get("uuid").asText();
    }

    @Test
    void checkObjectIsV3sReadWriteObjectPlusAdminFields() {
        CreatedProject keyed = server.createProject("v3 twin");
        String uuid = server.createCheck(keyed.apiKey(), "{\"name\":\"twin\",\"slug\":\"twin\",\"tags\":\"a b\"}")
            .get("uuid").asText();
        server.get("/ping/" + uuid);
        JsonNode v3 = TestServer.json(server.get("/api/v3/checks/" + uuid, keyed.apiKey()).body());
        ObjectNode adminView = (ObjectNode) ok(admin.get("/checks/" + uuid), 200);

        List<String> expected = new ArrayList<>(fieldNames(v3));
        expected.addAll(ADMIN_EXTRA);
        assertThat(fieldNames(adminView)).containsExactlyElementsOf(expected);
        adminView.remove(ADMIN_EXTRA);
        assertThat(adminView).isEqualTo(v3);
    }

    @Test
    void adminFieldsDescribeTheCheck() {
        String pingKey = ok(admin.get("/projects/" + project), 200).get("ping_key").asText();
        JsonNode created = admin.createCheck(project, "{\"slug\":\"db-dump\",\"timeout\":3600,\"grace\":600}");
        String uuid = created.get("uuid").asText();
        assertThat(created.get("project").asText()).isEqualTo(project);
        assertThat(created.get("status_with_started").asText()).isEqualTo("new");
        assertThat(created.get("alert_after").isNull()).isTrue();
        assertThat(created.get("ping_url").asText()).isEqualTo(server.settings.pingEndpoint() + uuid);
        assertThat(created.get("ping_url_slug").asText())
            .isEqualTo(server.settings.pingEndpoint() + pingKey + "/db-dump");
        assertThat(created.get("created").asText()).isEqualTo("2026-01-15T12:00:00+00:00");

        server.clock.advance(Duration.ofSeconds(10));
        server.get("/ping/" + uuid + "/start");
        JsonNode started = ok(admin.get("/checks/" + uuid), 200);
        assertThat(started.get("status").asText()).isEqualTo("new");
        assertThat(started.get("status_with_started").asText()).isEqualTo("started");
        assertThat(started.get("alert_after").asText()).isEqualTo("2026-01-15T12:10:10+00:00");
        server.get("/ping/" + uuid);
        JsonNode up = ok(admin.get("/checks/" + uuid), 200);
        assertThat(up.get("status_with_started").asText()).isEqualTo("up");
        assertThat(up.get("alert_after").asText()).isEqualTo("2026-01-15T13:10:10+00:00");
    }

    @Test
    void slugUrlIsNullWithoutSlugOrPingKey() {
        String uuid = admin.createCheck(project, "{}").get("uuid").asText();
        assertThat(ok(admin.get("/checks/" + uuid), 200).get("ping_url_slug").isNull()).isTrue();
        String slugged = admin.createCheck(project, "{\"slug\":\"s\"}").get("uuid").asText();
        server.jdbi().useHandle(h -> h.execute("UPDATE project SET ping_key = NULL WHERE uuid = ?", project));
        assertThat(ok(admin.get("/checks/" + slugged), 200).get("ping_url_slug").isNull()).isTrue();
    }

    @Test
    void listCoversEveryProjectOrOne() {
        String other = admin.createProject("other").get("uuid").asText();
        String mine = admin.createCheck(project, "{\"name\":\"mine\"}").get("uuid").asText();
        String theirs = admin.createCheck(other, "{\"name\":\"theirs\"}").get("uuid").asText();
        JsonNode all = ok(admin.get("/checks"), 200).get("checks");
        assertThat(all.findValuesAsText("uuid")).contains(mine, theirs);
        assertThat(ok(admin.get("/checks?project=" + project), 200).get("checks").findValuesAsText("uuid"))
            .containsExactly(mine);
        assertThat(ok(admin.get("/checks?project=" + other), 200).get("checks").get(0).get("project").asText())
            .isEqualTo(other);
        assertThat(admin.get("/checks?project=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"timeout\":59}|json validation error: timeout is too small",
        "{\"grace\":\"60\"}|json validation error: grace is not a number",
        "{\"name\":null}|json validation error: name is not a string",
        "{\"methods\":\"GET\"}|json validation error: methods has unexpected value",
        "{\"slug\":\"Not A Slug\"}|json validation error: slug does not match pattern",
        "{\"unique\":[\"desc\"]}|json validation error: an item in 'unique' has unexpected value",
        "{\"channels\":5}|json validation error: channels is not a string",
        "{\"channels\":\"nope\"}|invalid channel identifier: nope",
        "{\"channels\":\",\"}|empty channel identifier",
        "\"x\"|json validation error: value is not an object",
        "{|could not parse request body"})
    void invalidCreateIs400WithV3Message(String body, String error) {
        var res = admin.post("/projects/" + project + "/checks", body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
        assertThat(ok(admin.get("/checks?project=" + project), 200).get("checks")).isEmpty();
    }

    @Test
    void createInUnknownProjectIs404() {
        String uuid = UUID.randomUUID().toString();
        var res = admin.post("/projects/" + uuid + "/checks", "{}");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no project with uuid " + uuid + "\"}");
    }

    @Test
    void uniqueMatchUpdatesAndAnswers200() {
        String body = "{\"name\":\"backup\",\"timeout\":600,\"unique\":[\"name\"]}";
        String uuid = admin.createCheck(project, body).get("uuid").asText();
        var again = admin.post("/projects/" + project + "/checks", "{\"name\":\"backup\",\"timeout\":900,\"unique\":[\"name\"]}");
        JsonNode matched = ok(again, 200);
        assertThat(matched.get("uuid").asText()).isEqualTo(uuid);
        assertThat(matched.get("timeout").asInt()).isEqualTo(900);
    }

    @Test
    void createAssignsChannelsBySelector() {
        String a = ok(admin.post("/projects/" + project + "/channels",
            "{\"name\":\"hook\",\"kind\":\"webhook\",\"config\":{\"url\":\"https://x.org\"}}"), 201).get("uuid").asText();
        String b = ok(admin.post("/projects/" + project + "/channels",
            "{\"name\":\"mail\",\"kind\":\"email\",\"config\":{\"address\":\"a@b\"}}"), 201).get("uuid").asText();
        JsonNode all = admin.createCheck(project, "{\"channels\":\"*\"}");
        assertThat(all.get("channels").asText().split(",")).containsExactlyInAnyOrder(a, b);
        JsonNode byName = admin.createCheck(project, "{\"channels\":\"mail\"}");
        assertThat(byName.get("channels").asText()).isEqualTo(b);
        JsonNode cleared = ok(admin.patch("/checks/" + byName.get("uuid").asText(), "{\"channels\":\"\"}"), 200);
        assertThat(cleared.get("channels").asText()).isEmpty();
    }

    @Test
    void updateChangesOnlyGivenFieldsAndKeepsStatus() {
        JsonNode created = admin.createCheck(project, "{\"name\":\"n\",\"tags\":\"t\",\"timeout\":3600,\"grace\":600}");
        String uuid = created.get("uuid").asText();
        server.get("/ping/" + uuid + "/fail");
        JsonNode updated = ok(admin.patch("/checks/" + uuid, "{\"timeout\":7200}"), 200);
        assertThat(updated.get("timeout").asInt()).isEqualTo(7200);
        assertThat(updated.get("name").asText()).isEqualTo("n");
        assertThat(updated.get("tags").asText()).isEqualTo("t");
        assertThat(updated.get("status").asText()).isEqualTo("down");

        server.get("/ping/" + uuid);
        JsonNode up = ok(admin.patch("/checks/" + uuid, "{\"grace\":120}"), 200);
        assertThat(up.get("alert_after").asText()).isEqualTo("2026-01-15T14:02:00+00:00");
        assertThat(ok(admin.get("/checks/" + uuid), 200)).isEqualTo(up);
    }

    @Test
    void updateErrors() {
        String uuid = admin.createCheck(project, "{\"name\":\"keep\"}").get("uuid").asText();
        var bad = admin.patch("/checks/" + uuid, "{\"name\":\"changed\",\"grace\":1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"error\":\"json validation error: grace is too small\"}");
        assertThat(ok(admin.get("/checks/" + uuid), 200).get("name").asText()).isEqualTo("keep");
        assertThat(admin.patch("/checks/" + UUID.randomUUID(), "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void pauseAndResume() {
        String uuid = admin.createCheck(project, "{}").get("uuid").asText();
        server.get("/ping/" + uuid);
        JsonNode paused = ok(admin.post("/checks/" + uuid + "/pause", ""), 200);
        assertThat(paused.get("status").asText()).isEqualTo("paused");
        assertThat(ok(admin.post("/checks/" + uuid + "/pause", "{}"), 200).get("status").asText()).isEqualTo("paused");
        JsonNode resumed = ok(admin.post("/checks/" + uuid + "/resume", ""), 200);
        assertThat(resumed.get("status").asText()).isEqualTo("new");
        assertThat(resumed.get("last_ping").isNull()).isTrue();
        long flips = server.jdbi().withHandle(h -> h.createQuery(
            "SELECT count(*) FROM flip f JOIN check_ c ON c.id = f.check_id WHERE c.uuid = :u")
            .bind("u", uuid).mapTo(Long.class).one());
        assertThat(flips).as("new->up, up->paused, paused->new").isEqualTo(3);
    }

    @Test
    void resumingACheckThatIsNotPausedIs409() {
        String uuid = admin.createCheck(project, "{}").get("uuid").asText();
        var res = admin.post("/checks/" + uuid + "/resume", "");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo("{\"error\":\"check is not paused\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pause", "resume"})
    void pauseAndResumeErrors(String action) {
        String uuid = UUID.randomUUID().toString();
        var res = admin.post("/checks/" + uuid + "/" + action, "");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no check with uuid " + uuid + "\"}");
        String real = admin.createCheck(project, "{}").get("uuid").asText();
        assertThat(admin.post("/checks/" + real + "/" + action, "{oops").statusCode()).isEqualTo(400);
        assertThat(admin.get("/checks/" + real + "/" + action).statusCode()).isEqualTo(405);
    }

    @Test
    void deleteAnswersTheCheckAsItWas() {
        JsonNode created = admin.createCheck(project, "{\"name\":\"gone\"}");
        String uuid = created.get("uuid").asText();
        JsonNode deleted = ok(admin.delete("/checks/" + uuid), 200);
        assertThat(deleted).isEqualTo(created);
        assertThat(admin.get("/checks/" + uuid).statusCode()).isEqualTo(404);
        assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(404);
        assertThat(admin.delete("/checks/" + uuid).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownCheckIs404() {
        String uuid = UUID.randomUUID().toString();
        var res = admin.get("/checks/" + uuid);
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no check with uuid " + uuid + "\"}");
        assertThat(admin.get("/checks/not-a-uuid").statusCode()).isEqualTo(404);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
