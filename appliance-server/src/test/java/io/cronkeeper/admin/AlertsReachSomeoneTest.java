package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New checks and new integrations are connected by default, so a failing job alerts someone:
 * {@code ?create=1}, admin check creation, admin channel creation and "assign to all checks".
 */
class AlertsReachSomeoneTest {
    private static final String HOOK = "{\"name\":\"hook\",\"kind\":\"webhook\",\"config\":{\"url\":\"https://example.org/h\"}}";
    private static final String MAIL = "{\"name\":\"mail\",\"kind\":\"email\",\"config\":{\"address\":\"ops@example.org\"}}";

    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;
    CreatedProject project;

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
        project = server.createProject("alerts-" + UUID.randomUUID());
    }

    @Test
    void autoProvisionedCheckAlertsEveryIntegrationOfItsProject() {
        String hook = channel(HOOK);
        String mail = channel(MAIL);
        String other = server.createProject("other").uuid();
        ok(admin.post("/projects/" + other + "/channels", HOOK), 201);

        var res = server.get("/ping/" + project.pingKey() + "/nightly-backup?create=1");
        assertThat(res.statusCode()).isEqualTo(201);

        String check = ok(admin.get("/checks?project=" + project.uuid()), 200).get("checks").get(0).get("uuid").asText();
        assertThat(storedChannels(check)).containsExactlyInAnyOrder(hook, mail);
        assertThat(ok(admin.get("/checks/" + check), 200).get("channels").asText().split(","))
            .containsExactlyInAnyOrder(hook, mail);
    }

    @Test
    void autoProvisionedCheckInAProjectWithoutIntegrationsHasNone() {
        assertThat(server.get("/ping/" + project.pingKey() + "/lonely?create=1").statusCode()).isEqualTo(201);
        String check = ok(admin.get("/checks?project=" + project.uuid()), 200).get("checks").get(0).get("uuid").asText();
        assertThat(storedChannels(check)).isEmpty();
    }

    @Test
    void adminCheckWithoutChannelsFieldGetsAllOfTheProjects() {
        String hook = channel(HOOK);
        String mail = channel(MAIL);
        JsonNode check = admin.createCheck(project.uuid(), "{\"name\":\"nightly\"}");
        assertThat(check.get("channels").asText().split(",")).containsExactlyInAnyOrder(hook, mail);
        assertThat(storedChannels(check.get("uuid").asText())).containsExactlyInAnyOrder(hook, mail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"\"|", "\"mail\"|mail"})
    void adminCheckWithChannelsFieldGetsExactlyThose(String selector, String expected) {
        channel(HOOK);
        String mail = channel(MAIL);
        JsonNode check = admin.createCheck(project.uuid(), "{\"name\":\"x\",\"channels\":" + selector + "}");
        List<String> want = expected == null ? List.of() : List.of(mail);
        assertThat(storedChannels(check.get("uuid").asText())).containsExactlyElementsOf(want);
    }

    @Test
    void v3CheckCreationKeepsHealthchecksRuleOfNoChannels() {
        channel(HOOK);
        JsonNode check = server.createCheck(project.apiKey(), "{\"name\":\"v3\"}");
        assertThat(storedChannels(check.get("uuid").asText())).isEmpty();
    }

    @Test
    void uniqueMatchKeepsTheChannelsTheCheckHas() {
        channel(HOOK);
        String mail = channel(MAIL);
        String uuid = admin.createCheck(project.uuid(), "{\"name\":\"same\",\"channels\":\"mail\"}").get("uuid").asText();
        var again = admin.post("/projects/" + project.uuid() + "/checks", "{\"name\":\"same\",\"unique\":[\"name\"]}");
        assertThat(ok(again, 200).get("uuid").asText()).isEqualTo(uuid);
        assertThat(storedChannels(uuid)).containsExactly(mail);
    }

    @Test
    void badSelectorSavesNoCheck() {
        var res = admin.post("/projects/" + project.uuid() + "/checks", "{\"name\":\"x\",\"channels\":\"nope\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"invalid channel identifier: nope\"}");
        assertThat(ok(admin.get("/checks?project=" + project.uuid()), 200).get("checks")).isEmpty();
    }

    @Test
    void newIntegrationIsAssignedToEveryExistingCheckByDefault() {
        String a = admin.createCheck(project.uuid(), "{\"name\":\"a\"}").get("uuid").asText();
        String b = admin.createCheck(project.uuid(), "{\"name\":\"b\",\"channels\":\"\"}").get("uuid").asText();
        String foreign = admin.createCheck(server.createProject("other").uuid(), "{}").get("uuid").asText();

        String hook = channel(HOOK);
        assertThat(storedChannels(a)).containsExactly(hook);
        assertThat(storedChannels(b)).containsExactly(hook);
        assertThat(storedChannels(foreign)).isEmpty();

        String quiet = ok(admin.post("/projects/" + project.uuid() + "/channels",
            "{\"kind\":\"webhook\",\"config\":{\"url\":\"https://x.org/\"},\"assign_to_all_checks\":false}"), 201)
            .get("uuid").asText();
        assertThat(storedChannels(a)).containsExactly(hook).doesNotContain(quiet);
    }

    @Test
    void assignToAllChecksMustBeABoolean() {
        var res = admin.post("/projects/" + project.uuid() + "/channels",
            "{\"kind\":\"webhook\",\"config\":{\"url\":\"https://x.org/\"},\"assign_to_all_checks\":\"yes\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"\\\"assign_to_all_checks\\\" must be true or false\"}");
        assertThat(ok(admin.get("/channels?project=" + project.uuid()), 200).get("channels")).isEmpty();
    }

    @Test
    void assignAllAddsTheChannelToChecksThatLackItAndCountsThem() throws Exception {
        String quiet = ok(admin.post("/projects/" + project.uuid() + "/channels",
            "{\"name\":\"quiet\",\"kind\":\"webhook\",\"config\":{\"url\":\"https://x.org/\"},\"assign_to_all_checks\":false}"),
            201).get("uuid").asText();
        String a = admin.createCheck(project.uuid(), "{\"name\":\"a\",\"channels\":\"\"}").get("uuid").asText();
        String b = admin.createCheck(project.uuid(), "{\"name\":\"b\",\"channels\":\"" + quiet + "\"}").get("uuid").asText();
        String c = admin.createCheck(project.uuid(), "{\"name\":\"c\",\"channels\":\"\"}").get("uuid").asText();
        String foreign = admin.createCheck(server.createProject("other").uuid(), "{}").get("uuid").asText();

        try (SseClient events = new SseClient(admin)) {
            JsonNode res = ok(admin.post("/channels/" + quiet + "/assign-all", null), 200);
            assertThat(res.get("uuid").asText()).isEqualTo(quiet);
            assertThat(res.get("name").asText()).isEqualTo("quiet");
            assertThat(res.get("kind").asText()).isEqualTo("webhook");
            assertThat(res.get("checks_assigned").asInt()).isEqualTo(2);
            // The open app hears about both checks whose channels changed, with the new list.
            List<SseClient.Frame> checkEvents = List.of(events.next("check"), events.next("check"));
            assertThat(checkEvents).extracting(f -> f.data().get("check").get("uuid").asText())
                .containsExactlyInAnyOrder(a, c);
            assertThat(checkEvents).extracting(f -> f.data().get("check").get("channels").asText()).containsOnly(quiet);
        }
        for (String check : List.of(a, b, c)) {
            assertThat(storedChannels(check)).containsExactly(quiet);
        }
        assertThat(storedChannels(foreign)).isEmpty();
        assertThat(ok(admin.post("/channels/" + quiet + "/assign-all", "{}"), 200).get("checks_assigned").asInt()).isZero();
    }

    @Test
    void assignAllOfAnUnknownChannelIs404AndOnlyPostIsAllowed() {
        String uuid = UUID.randomUUID().toString();
        var res = admin.post("/channels/" + uuid + "/assign-all", "{}");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEqualTo("{\"error\":\"no channel with uuid " + uuid + "\"}");
        String hook = channel(HOOK);
        assertThat(admin.get("/channels/" + hook + "/assign-all").statusCode()).isEqualTo(405);
        assertThat(admin.post("/channels/" + hook + "/assign-all", "[1]").statusCode()).isEqualTo(400);
    }

    private String channel(String json) {
        return ok(admin.post("/projects/" + project.uuid() + "/channels", json), 201).get("uuid").asText();
    }

    /** The channel UUIDs stored for a check, read from the database. */
    private static List<String> storedChannels(String checkUuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT ch.uuid FROM check_channel cc JOIN channel ch ON ch.id = cc.channel_id
                JOIN check_ c ON c.id = cc.check_id WHERE c.uuid = :u ORDER BY ch.uuid""")
            .bind("u", checkUuid).mapTo(String.class).list());
    }
}
