package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /channels} and assigning them to checks, never across projects. */
class AdminChannelsTest {
    private static final String WEBHOOK = "{\"name\":\"hook\",\"kind\":\"webhook\",\"config\":{\"url\":\"https://example.org/h\"}}";
    private static final String EMAIL = "{\"name\":\"mail\",\"kind\":\"email\",\"config\":{\"address\":\"ops@example.org\"}}";

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
        project = admin.createProject("channels").get("uuid").asText();
    }

    @Test
    void createWebhookAndEmail() {
        JsonNode hook = ok(admin.post(channels(project), WEBHOOK), 201);
        assertThat(hook.get("uuid").asText()).matches("[0-9a-f-]{36}");
        assertThat(hook.get("project").asText()).isEqualTo(project);
        assertThat(hook.get("name").asText()).isEqualTo("hook");
        assertThat(hook.get("kind").asText()).isEqualTo("webhook");
        assertThat(hook.get("config").toString()).isEqualTo("{\"url\":\"https://example.org/h\"}");
        assertThat(hook.get("created").asText()).isEqualTo("2026-01-15T12:00:00+00:00");
        JsonNode mail = ok(admin.post(channels(project), EMAIL), 201);
        assertThat(mail.get("config").get("address").asText()).isEqualTo("ops@example.org");
        assertThat(ok(admin.get("/channels/" + mail.get("uuid").asText()), 200)).isEqualTo(mail);
        String stored = server.jdbi().withHandle(h -> h.createQuery("SELECT config FROM channel WHERE uuid = :u")
            .bind("u", hook.get("uuid").asText()).mapTo(String.class).one());
        assertThat(stored).isEqualTo("{\"url\":\"https://example.org/h\"}");
    }

    @Test
    void nameIsOptionalAndExtraConfigIsKept() {
        JsonNode c = ok(admin.post(channels(project),
            "{\"kind\":\"webhook\",\"config\":{\"url\":\"http://10.0.0.5:8080/x\",\"method\":\"POST\"}}"), 201);
        assertThat(c.get("name").asText()).isEmpty();
        assertThat(c.get("config").get("method").asText()).isEqualTo("POST");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"config\":{}}|\"kind\" is required, one of: webhook, email, ntfy, gotify, discord, slack, telegram, pushover, matrix",
        "{\"kind\":\"carrier-pigeon\",\"config\":{}}|\"kind\" must be one of: webhook, email, ntfy, gotify, discord, slack, telegram, pushover, matrix",
        "{\"kind\":\"slack\",\"config\":{}}|slack config needs \"webhook_url\", an http or https URL",
        "{\"kind\":7,\"config\":{}}|\"kind\" must be a string",
        "{\"kind\":\"webhook\"}|\"config\" is required, an object",
        "{\"kind\":\"webhook\",\"config\":\"https://x\"}|\"config\" must be an object",
        "{\"kind\":\"webhook\",\"config\":{}}|webhook config needs \"url\", an http or https URL",
        "{\"kind\":\"webhook\",\"config\":{\"url\":5}}|webhook config needs \"url\", an http or https URL",
        "{\"kind\":\"webhook\",\"config\":{\"url\":\"ftp://x.org/\"}}|webhook config \"url\" is not an http or https URL: ftp://x.org/",
        "{\"kind\":\"webhook\",\"config\":{\"url\":\"https://\"}}|webhook config \"url\" is not an http or https URL: https://",
        "{\"kind\":\"webhook\",\"config\":{\"url\":\"not a url\"}}|webhook config \"url\" is not an http or https URL: not a url",
        "{\"kind\":\"email\",\"config\":{}}|email config needs \"address\", an email address",
        "{\"kind\":\"email\",\"config\":{\"address\":\"nobody\"}}|email config \"address\" is not an email address",
        "{\"kind\":\"email\",\"config\":{\"address\":\"a b@c\"}}|email config \"address\" is not an email address",
        "{\"kind\":\"email\",\"name\":[],\"config\":{\"address\":\"a@b\"}}|\"name\" must be a string"})
    void invalidChannelIs400AndNothingIsStored(String body, String error) {
        var res = admin.post(channels(project), body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
        assertThat(ok(admin.get("/channels?project=" + project), 200).get("channels")).isEmpty();
    }

    @Test
    void createInUnknownProjectIs404() {
        assertThat(admin.post(channels(UUID.randomUUID().toString()), WEBHOOK).statusCode()).isEqualTo(404);
    }

    @Test
    void listCoversAllProjectsOrOne() {
        String other = admin.createProject("other").get("uuid").asText();
        String mine = ok(admin.post(channels(project), WEBHOOK), 201).get("uuid").asText();
        String theirs = ok(admin.post(channels(other), EMAIL), 201).get("uuid").asText();
        assertThat(ok(admin.get("/channels"), 200).get("channels").findValuesAsText("uuid")).contains(mine, theirs);
        assertThat(ok(admin.get("/channels?project=" + project), 200).get("channels").findValuesAsText("uuid"))
            .containsExactly(mine);
        var unknown = admin.get("/channels?project=" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{\"error\":\"no project with uuid ");
    }

    @Test
    void updateChangesNameAndConfig() {
        String uuid = ok(admin.post(channels(project), WEBHOOK), 201).get("uuid").asText();
        JsonNode renamed = ok(admin.patch("/channels/" + uuid, "{\"name\":\"renamed\"}"), 200);
        assertThat(renamed.get("name").asText()).isEqualTo("renamed");
        assertThat(renamed.get("config").get("url").asText()).isEqualTo("https://example.org/h");
        JsonNode moved = ok(admin.patch("/channels/" + uuid,
            "{\"kind\":\"webhook\",\"config\":{\"url\":\"https://example.org/new\"}}"), 200);
        assertThat(moved.get("name").asText()).isEqualTo("renamed");
        assertThat(moved.get("config").get("url").asText()).isEqualTo("https://example.org/new");
        assertThat(ok(admin.get("/channels/" + uuid), 200)).isEqualTo(moved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"kind\":\"email\"}|\"kind\" cannot be changed; create a new channel instead",
        "{\"config\":{\"url\":\"mailto:x@y\"}}|webhook config \"url\" is not an http or https URL: mailto:x@y",
        "{\"config\":[]}|\"config\" must be an object",
        "[]|json validation error: value is not an object"})
    void invalidUpdateIs400AndChangesNothing(String body, String error) {
        JsonNode before = ok(admin.post(channels(project), WEBHOOK), 201);
        var res = admin.patch("/channels/" + before.get("uuid").asText(), body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
        assertThat(ok(admin.get("/channels/" + before.get("uuid").asText()), 200)).isEqualTo(before);
    }

    @Test
    void deleteRemovesChannelAndItsAssignments() {
        String channel = ok(admin.post(channels(project), WEBHOOK), 201).get("uuid").asText();
        String check = admin.createCheck(project, "{}").get("uuid").asText();
        ok(admin.put("/checks/" + check + "/channels", "{\"channels\":[\"" + channel + "\"]}"), 200);
        JsonNode deleted = ok(admin.delete("/channels/" + channel), 200);
        assertThat(deleted.get("uuid").asText()).isEqualTo(channel);
        assertThat(admin.get("/channels/" + channel).statusCode()).isEqualTo(404);
        assertThat(ok(admin.get("/checks/" + check), 200).get("channels").asText()).isEmpty();
        assertThat(admin.delete("/channels/" + channel).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH", "DELETE"})
    void unknownChannelIs404(String method) {
        String uuid = UUID.randomUUID().toString();
        var res = admin.send(method, "/channels/" + uuid, method.equals("PATCH") ? "{}" : null);
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no channel with uuid " + uuid + "\"}");
    }

    @Test
    void assignReplacesTheChecksChannels() {
        String a = ok(admin.post(channels(project), WEBHOOK), 201).get("uuid").asText();
        String b = ok(admin.post(channels(project), EMAIL), 201).get("uuid").asText();
        String check = admin.createCheck(project, "{}").get("uuid").asText();

        JsonNode both = ok(admin.put("/checks/" + check + "/channels",
            "{\"channels\":[\"" + b + "\",\"" + a + "\",\"" + a + "\"]}"), 200);
        assertThat(both.get("uuid").asText()).isEqualTo(check);
        assertThat(both.get("channels").asText().split(",")).containsExactlyInAnyOrder(a, b);
        assertThat(ok(admin.get("/checks/" + check + "/channels"), 200).get("channels").findValuesAsText("uuid"))
            .containsExactlyInAnyOrder(a, b);

        JsonNode one = ok(admin.put("/checks/" + check + "/channels", "{\"channels\":[\"" + b + "\"]}"), 200);
        assertThat(one.get("channels").asText()).isEqualTo(b);
        JsonNode none = ok(admin.put("/checks/" + check + "/channels", "{\"channels\":[]}"), 200);
        assertThat(none.get("channels").asText()).isEmpty();
    }

    @Test
    void channelOfAnotherProjectIsRejectedAndNothingChanges() {
        String other = admin.createProject("other").get("uuid").asText();
        String mine = ok(admin.post(channels(project), WEBHOOK), 201).get("uuid").asText();
        String foreign = ok(admin.post(channels(other), WEBHOOK), 201).get("uuid").asText();
        String check = admin.createCheck(project, "{}").get("uuid").asText();
        ok(admin.put("/checks/" + check + "/channels", "{\"channels\":[\"" + mine + "\"]}"), 200);

        var res = admin.put("/checks/" + check + "/channels", "{\"channels\":[\"" + mine + "\",\"" + foreign + "\"]}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"channel " + foreign
            + " belongs to another project than the check\"}");
        assertThat(ok(admin.get("/checks/" + check), 200).get("channels").asText()).isEqualTo(mine);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|\"channels\" is required, an array of channel uuids",
        "{\"channels\":\"*\"}|\"channels\" is required, an array of channel uuids",
        "{\"channels\":[1]}|\"channels\" must contain only channel uuids (strings)",
        "{\"channels\":[\"00000000-0000-0000-0000-000000000000\"]}|no channel with uuid 00000000-0000-0000-0000-000000000000"})
    void badAssignmentIs400(String body, String error) {
        String check = admin.createCheck(project, "{}").get("uuid").asText();
        var res = admin.put("/checks/" + check + "/channels", body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
    }

    @Test
    void assignToUnknownCheckIs404() {
        String uuid = UUID.randomUUID().toString();
        var res = admin.put("/checks/" + uuid + "/channels", "{\"channels\":[]}");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no check with uuid " + uuid + "\"}");
        assertThat(admin.get("/checks/" + uuid + "/channels").statusCode()).isEqualTo(404);
    }

    private static String channels(String projectUuid) {
        return "/projects/" + projectUuid + "/channels";
    }
}
