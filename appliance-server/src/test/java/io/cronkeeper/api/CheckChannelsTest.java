package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.channel;
import static io.cronkeeper.api.ApiFixtures.storedChannels;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code channels} field of create and update, and of the check object (§4.4, §4.5). */
@ServerTest
class CheckChannelsTest {
    static TestServer server;
    CreatedProject project;
    String mail;
    String hook;
    String slack;

    @BeforeEach
    void projectWithIntegrations() {
        project = server.createProject("channels");
        mail = channel(server, project, "mail", "email");
        hook = channel(server, project, "hook", "webhook");
        slack = channel(server, project, "Team chat", "slack");
    }

    @Test
    void createAssignsByUuid() {
        JsonNode c = create("{\"channels\":\"" + hook + "\"}");
        assertThat(c.get("channels").asText()).isEqualTo(hook);
        assertThat(storedChannels(server, c.get("uuid").asText())).containsExactly(hook);
    }

    @Test
    void createAssignsByExactName() {
        JsonNode c = create("{\"channels\":\"Team chat,mail\"}");
        assertThat(c.get("channels").asText()).isEqualTo(sortedJoin(slack, mail));
    }

    @Test
    void starAssignsEveryIntegrationOfTheProjectOnly() {
        channel(server, server.createProject("other"), "foreign", "email");
        JsonNode c = create("{\"channels\":\"*\"}");
        assertThat(c.get("channels").asText()).isEqualTo(sortedJoin(mail, hook, slack));
        assertThat(storedChannels(server, c.get("uuid").asText())).hasSize(3);
    }

    @Test
    void channelsAreListedSortedAndWithoutDuplicates() {
        JsonNode c = create("{\"channels\":\"hook," + mail + ",mail," + hook + ",Team chat\"}");
        assertThat(c.get("channels").asText()).isEqualTo(sortedJoin(mail, hook, slack));
    }

    @Test
    void withoutChannelsACheckHasNone() {
        assertThat(create("{}").get("channels").asText()).isEmpty();
    }

    @Test
    void updateReplacesTheAssignments() {
        String uuid = create("{\"channels\":\"*\"}").get("uuid").asText();
        var res = server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"channels\":\"mail\"}");
        assertThat(TestServer.json(res.body()).get("channels").asText()).isEqualTo(mail);
        assertThat(storedChannels(server, uuid)).containsExactly(mail);
    }

    @Test
    void updateWithEmptyStringRemovesAll() {
        String uuid = create("{\"channels\":\"*\"}").get("uuid").asText();
        var res = server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"channels\":\"\"}");
        assertThat(TestServer.json(res.body()).get("channels").asText()).isEmpty();
        assertThat(storedChannels(server, uuid)).isEmpty();
    }

    @Test
    void updateWithoutChannelsLeavesThemAlone() {
        String uuid = create("{\"channels\":\"hook\"}").get("uuid").asText();
        var res = server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"desc\":\"x\"}");
        assertThat(TestServer.json(res.body()).get("channels").asText()).isEqualTo(hook);
    }

    @Test
    void uniqueMatchGetsTheNewChannels() {
        String uuid = create("{\"name\":\"a\",\"unique\":[\"name\"]}").get("uuid").asText();
        var res = server.post("/api/v3/checks/", project.apiKey(),
            "{\"name\":\"a\",\"unique\":[\"name\"],\"channels\":\"mail\"}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(storedChannels(server, uuid)).containsExactly(mail);
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "mail,", ",mail", "mail,,hook"})
    void emptyIdentifierIsRejectedAndNothingIsCreated(String channels) {
        assertCreateRejected("{\"channels\":\"" + channels + "\"}", "empty channel identifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", " mail", "mail ", "MAIL", "email"})
    void unknownIdentifierIsRejectedVerbatim(String channels) {
        assertCreateRejected("{\"channels\":\"" + channels + "\"}", "invalid channel identifier: " + channels);
    }

    @Test
    void anotherProjectsIntegrationIsAnInvalidIdentifier() {
        String foreign = channel(server, server.createProject("other"), "foreign", "email");
        assertCreateRejected("{\"channels\":\"" + foreign + "\"}", "invalid channel identifier: " + foreign);
        assertCreateRejected("{\"channels\":\"foreign\"}", "invalid channel identifier: foreign");
    }

    @Test
    void ambiguousNameIsRejected() {
        channel(server, project, "mail", "webhook");
        assertCreateRejected("{\"channels\":\"hook,mail\"}", "non-unique channel identifier: mail");
    }

    @Test
    void firstBadIdentifierIsTheOneReported() {
        assertCreateRejected("{\"channels\":\"mail,nope,,x\"}", "invalid channel identifier: nope");
    }

    @Test
    void badChannelsOnUpdateSaveNothing() {
        String uuid = create("{\"desc\":\"old\",\"channels\":\"hook\"}").get("uuid").asText();
        var res = server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"desc\":\"new\",\"channels\":\"mail,nope\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo("invalid channel identifier: nope");
        assertThat(ApiFixtures.textColumn(server, uuid, "description")).isEqualTo("old");
        assertThat(storedChannels(server, uuid)).containsExactly(hook);
    }

    @Test
    void readWriteListShowsEachChecksChannelsAndReadOnlyNone() {
        String a = create("{\"name\":\"a\",\"channels\":\"mail,hook\"}").get("uuid").asText();
        create("{\"name\":\"b\"}");
        create("{\"name\":\"c\",\"channels\":\"Team chat\"}");
        JsonNode rw = TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks");
        assertThat(rw.get(0).get("uuid").asText()).isEqualTo(a);
        assertThat(rw.get(0).get("channels").asText()).isEqualTo(sortedJoin(mail, hook));
        assertThat(rw.get(1).get("channels").asText()).isEmpty();
        assertThat(rw.get(2).get("channels").asText()).isEqualTo(slack);
        JsonNode ro = TestServer.json(server.get("/api/v3/checks/", project.apiKeyReadonly()).body()).get("checks");
        ro.forEach(c -> assertThat(c.has("channels")).isFalse());
        JsonNode one = TestServer.json(server.get("/api/v3/checks/" + a, project.apiKeyReadonly()).body());
        assertThat(one.has("channels")).isFalse();
    }

    private void assertCreateRejected(String body, String error) {
        int before = count();
        var res = server.post("/api/v3/checks/", project.apiKey(), body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(res.body()).get("error").asText()).isEqualTo(error);
        assertThat(count()).isEqualTo(before);
    }

    private JsonNode create(String body) {
        HttpResponse<String> res = server.post("/api/v3/checks/", project.apiKey(), body);
        assertThat(res.statusCode()).as(res.body()).isIn(200, 201);
        return TestServer.json(res.body());
    }

    private int count() {
        return TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks").size();
    }

    private static String sortedJoin(String... uuids) {
        return String.join(",", Stream.of(uuids).sorted().toList());
    }
}
