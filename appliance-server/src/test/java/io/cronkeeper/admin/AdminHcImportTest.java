package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.hcimport.StubHealthchecks;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /import/healthchecks}, and imported integrations that wait for their settings. */
class AdminHcImportTest {
    static final String BACKUP = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0001";
    static final String CERTS = "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0003";
    static final String WEBHOOK = "7c1d0e2a-5b6f-4a3e-8d9c-000000000002";
    static final String EMAIL = "7c1d0e2a-5b6f-4a3e-8d9c-000000000001";
    static final String PING_KEY = "hcPingKey_moved-in-0001";

    @TempDir
    Path dir;
    TestServer server;
    AdminClient admin;
    StubHealthchecks hc;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        admin = new AdminClient(server);
        hc = StubHealthchecks.v3();
    }

    @AfterEach
    void stop() {
        hc.close();
        server.close();
    }

    String body(String url, String key, String extra) {
        return "{\"url\":\"" + url + "\",\"api_key\":\"" + key + "\"" + extra + "}";
    }

    @Test
    void importRunsAndAnswersTheReportAndThePingUrlsAnswer() {
        JsonNode r = ok(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RW_KEY,
            ",\"ping_key\":\"" + PING_KEY + "\",\"project\":\"Moved in\"")), 200);
        assertThat(r.get("dry_run").asBoolean()).isFalse();
        assertThat(r.get("api_version").asInt()).isEqualTo(3);
        assertThat(r.at("/project/name").asText()).isEqualTo("Moved in");
        assertThat(r.at("/project/created").asBoolean()).isTrue();
        assertThat(r.get("checks_created").asInt()).isEqualTo(3);
        assertThat(r.get("ping_url_base").asText()).endsWith("/ping/" + PING_KEY + "/");
        List<String> outcomes = new ArrayList<>();
        r.get("integrations").forEach(i -> outcomes.add(i.get("name").asText() + ":" + i.get("outcome").asText()));
        assertThat(outcomes).contains("Ops mail:created", "Home webhook:created", "PagerDuty:skipped");
        assertThat(r.get("next_steps").toString()).contains("Enter the settings of 10 integration(s)");
        String projectUuid = r.at("/project/uuid").asText();
        JsonNode projects = ok(admin.get("/projects"), 200);
        assertThat(projects.toString()).contains(projectUuid, "Moved in");

        assertThat(server.get("/ping/" + BACKUP).statusCode()).isEqualTo(200);
        assertThat(server.get("/ping/" + PING_KEY + "/certbot-renew").statusCode()).isEqualTo(200);
    }

    @Test
    void importedIntegrationsAreIncompleteUntilTheirSettingsAreSavedAndOnlyThenAlert() {
        JsonNode r = ok(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RW_KEY, "")), 200);
        String project = r.at("/project/uuid").asText();
        JsonNode channels = ok(admin.get("/channels?project=" + project), 200).get("channels");
        assertThat(channels).hasSize(10).allSatisfy(c -> assertThat(c.get("needs_settings").asBoolean()).isTrue());

        JsonNode renamed = ok(admin.patch("/channels/" + EMAIL, "{\"name\":\"Ops\"}"), 200);
        assertThat(renamed.get("needs_settings").asBoolean()).as("a new name is not the settings").isTrue();

        assertThat(server.post("/ping/" + CERTS + "/fail", "").statusCode()).isEqualTo(200);
        assertThat(notifications()).as("incomplete webhook: nothing queued").isZero();

        JsonNode filled = ok(admin.patch("/channels/" + WEBHOOK,
            "{\"config\":{\"url\":\"http://127.0.0.1:9/hook\"}}"), 200);
        assertThat(filled.get("needs_settings").asBoolean()).isFalse();
        assertThat(server.get("/ping/" + CERTS).statusCode()).isEqualTo(200);
        assertThat(notifications()).as("recovery alert queued for the completed webhook").isOne();
    }

    long notifications() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM notification").mapTo(Long.class).one());
    }

    @Test
    void dryRunAnswersThePlanAndChangesNothing() {
        JsonNode r = ok(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RW_KEY, ",\"dry_run\":true")), 200);
        assertThat(r.get("dry_run").asBoolean()).isTrue();
        assertThat(r.get("checks_created").asInt()).isEqualTo(3);
        assertThat(ok(admin.get("/projects"), 200).toString()).doesNotContain(r.at("/project/uuid").asText());
        assertThat(server.get("/ping/" + BACKUP).statusCode()).isEqualTo(404);
    }

    @Test
    void refusalsHaveTheirStatusAndOneMessage() throws IOException {
        assertError(admin.post("/import/healthchecks", "{\"api_key\":\"x\"}"), 400, "\"url\" is required");
        assertError(admin.post("/import/healthchecks", body(hc.url(), "hcw_not_the_key_of_this_project_", "")), 400,
            "wrong api key");
        assertError(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RO_KEY, "")), 400, "read-only API key");
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertError(admin.post("/import/healthchecks", body("http://127.0.0.1:" + closed, StubHealthchecks.RW_KEY, "")),
            502, "cannot connect to 127.0.0.1:" + closed);
        ok(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RW_KEY, ",\"project\":\"A\"")), 200);
        assertError(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RW_KEY, ",\"project\":\"B\"")), 409,
            "already exists here in project \"A\"");
        hc.answer("/api/v3/checks/", 200, "application/json", "{\"checks\":[{\"name\":\"odd\",\"uuid\":\""
            + "0b6f5e1c-8f3a-4c8e-9d55-2a1e6f0c0009\",\"schedule\":\"every full moon\",\"tz\":\"UTC\"}]}");
        assertError(admin.post("/import/healthchecks", body(hc.url(), StubHealthchecks.RW_KEY, "")), 422,
            "check \"odd\": its schedule \"every full moon\" is not one Cronkeeper can follow");
    }

    @Test
    void withNdjsonTheProgressComesFirstThenTheReport() {
        var res = server.send(admin.request("/import/healthchecks").header("Accept", "application/x-ndjson")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body(hc.url(), StubHealthchecks.RW_KEY,
                ",\"history\":true"))).build());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = res.body().lines().map(TestServer::json).toList();
        assertThat(lines.getFirst().at("/progress/phase").asText()).isEqualTo("reading");
        assertThat(lines).anySatisfy(l -> assertThat(l.at("/progress/phase").asText() + " " + l.at("/progress/done").asInt()
            + "/" + l.at("/progress/total").asInt()).isEqualTo("writing 3/3"));
        assertThat(lines.getLast().at("/report/checks_created").asInt()).isEqualTo(3);
        assertThat(lines.getLast().at("/report/history/bodies").asInt()).isEqualTo(1);

        var refused = server.send(admin.request("/import/healthchecks").header("Accept", "application/x-ndjson")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body(hc.url(), StubHealthchecks.RO_KEY, ""))).build());
        JsonNode last = TestServer.json(refused.body().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(last.get("status").asInt()).isEqualTo(400);
        assertThat(last.get("error").asText()).contains("read-only API key");
    }

    static void assertError(java.net.http.HttpResponse<String> res, int status, String message) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        assertThat(TestServer.json(res.body()).get("error").asText()).contains(message);
    }
}
