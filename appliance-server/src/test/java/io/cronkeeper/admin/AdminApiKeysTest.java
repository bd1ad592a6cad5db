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

/** {@code /projects/{uuid}/api-keys}: secrets shown once, never listed, revoked at once. */
class AdminApiKeysTest {
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
        project = admin.createProject("keys").get("uuid").asText();
    }

    @Test
    void createShowsTheSecretOnceAndTheKeyWorksAgainstV3() {
        var res = admin.post(keys(), "{\"name\":\"ansible\"}");
        JsonNode key = ok(res, 201);
        assertThat(key.get("name").asText()).isEqualTo("ansible");
        assertThat(key.get("read_only").asBoolean()).isFalse();
        String secret = key.get("key").asText();
        assertThat(secret).startsWith("hcw_").hasSize(32);
        assertThat(key.get("prefix").asText()).isEqualTo(secret.substring(0, 8));
        assertThat(key.get("created").asText()).isEqualTo("2026-01-15T12:00:00+00:00");

        var created = server.post("/api/v3/checks/", secret, "{\"name\":\"via v3\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String check = TestServer.json(created.body()).get("uuid").asText();
        assertThat(ok(admin.get("/checks/" + check), 200).get("project").asText()).isEqualTo(project);
    }

    @Test
    void readOnlyKeyReadsButCannotWrite() {
        String secret = ok(admin.post(keys(), "{\"name\":\"grafana\",\"read_only\":true}"), 201).get("key").asText();
        assertThat(secret).startsWith("hcr_");
        assertThat(server.get("/api/v3/checks/", secret).statusCode()).isEqualTo(200);
        var write = server.post("/api/v3/checks/", secret, "{}");
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(write.body()).isEqualTo("{\"error\":\"wrong api key\"}");
    }

    @Test
    void listNeverShowsSecretOrHash() {
        String secret = ok(admin.post(keys(), "{\"name\":\"a\"}"), 201).get("key").asText();
        ok(admin.post(keys(), "{\"name\":\"b\",\"read_only\":true}"), 201);
        var res = admin.get(keys());
        JsonNode list = ok(res, 200).get("api_keys");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).toString()).doesNotContain(secret);
        assertThat(list.get(0).has("key")).isFalse();
        assertThat(list.get(0).has("hash")).isFalse();
        assertThat(list.findValuesAsText("name")).containsExactly("a", "b");
        assertThat(list.get(1).get("read_only").asBoolean()).isTrue();
        String hash = server.jdbi().withHandle(h -> h.createQuery("SELECT hash FROM api_key WHERE prefix = :p")
            .bind("p", secret.substring(0, 8)).mapTo(String.class).one());
        assertThat(res.body()).doesNotContain(hash);
    }

    @Test
    void revokedKeyIsRefusedAtOnce() {
        JsonNode key = ok(admin.post(keys(), "{\"name\":\"old laptop\"}"), 201);
        String secret = key.get("key").asText();
        assertThat(server.get("/api/v3/checks/", secret).statusCode()).isEqualTo(200);

        JsonNode revoked = ok(admin.delete(keys() + "/" + key.get("id").asLong()), 200);
        assertThat(revoked.get("name").asText()).isEqualTo("old laptop");
        assertThat(revoked.has("key")).isFalse();
        var refused = server.get("/api/v3/checks/", secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("{\"error\":\"wrong api key\"}");
        assertThat(ok(admin.get(keys()), 200).get("api_keys")).isEmpty();
        assertThat(admin.delete(keys() + "/" + key.get("id").asLong()).statusCode()).isEqualTo(404);
    }

    @Test
    void revokingLeavesOtherKeysWorking() {
        JsonNode a = ok(admin.post(keys(), "{\"name\":\"a\"}"), 201);
        String b = ok(admin.post(keys(), "{\"name\":\"b\"}"), 201).get("key").asText();
        ok(admin.delete(keys() + "/" + a.get("id").asLong()), 200);
        assertThat(server.get("/api/v3/checks/", b).statusCode()).isEqualTo(200);
    }

    @Test
    void keyOfAnotherProjectCannotBeRevokedThroughThisOne() {
        String other = admin.createProject("other").get("uuid").asText();
        JsonNode key = ok(admin.post("/projects/" + other + "/api-keys", "{\"name\":\"x\"}"), 201);
        var res = admin.delete(keys() + "/" + key.get("id").asLong());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"project " + project + " has no API key with id "
            + key.get("id").asLong() + "\"}");
        assertThat(server.get("/api/v3/checks/", key.get("key").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownProjectOrKeyIs404() {
        String unknown = "/projects/" + UUID.randomUUID() + "/api-keys";
        assertThat(admin.get(unknown).statusCode()).isEqualTo(404);
        assertThat(admin.post(unknown, "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(admin.delete(unknown + "/1").statusCode()).isEqualTo(404);
        assertThat(admin.delete(keys() + "/abc").statusCode()).isEqualTo(404);
        assertThat(admin.delete(keys() + "/99999").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|\"name\" is required",
        "{\"name\":\"\"}|\"name\" must not be empty",
        "{\"name\":\"x\",\"read_only\":\"yes\"}|\"read_only\" must be true or false",
        "{\"name\":\"x\",\"read_only\":null}|\"read_only\" must be true or false",
        "not json|could not parse request body"})
    void badCreateBodyIs400(String body, String error) {
        var res = admin.post(keys(), body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
        assertThat(ok(admin.get(keys()), 200).get("api_keys")).isEmpty();
    }

    private String keys() {
        return "/projects/" + project + "/api-keys";
    }
}
