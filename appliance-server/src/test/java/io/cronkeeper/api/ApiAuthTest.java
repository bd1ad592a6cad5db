package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API keys and the read-only / read-write rules of reference §4.2. */
@ServerTest
class ApiAuthTest {
    private static final String UNKNOWN_KEY = "hcw_" + "x".repeat(28);
    private static final String MISSING = "{\"error\":\"missing api key\"}";
    private static final String WRONG = "{\"error\":\"wrong api key\"}";

    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void newProject() {
        project = server.createProject("auth");
    }

    @Test
    void requestWithoutKeyIsMissingApiKey() {
        var res = server.get("/api/v3/checks/");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 31, 33, 64})
    void keyWhoseLengthIsNot32IsMissingApiKey(int length) {
        String key = (project.apiKey() + "y".repeat(64)).substring(0, length);
        var res = server.get("/api/v3/checks/", key);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void unknownKeyOfRightLengthIsWrongApiKey() {
        var res = server.get("/api/v3/checks/", UNKNOWN_KEY);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(WRONG);
    }

    @Test
    void keyInQueryStringIsNotAccepted() {
        var res = server.get("/api/v3/checks/?api_key=" + project.apiKey());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void readWriteKeyListsChecks() {
        assertThat(server.get("/api/v3/checks/", project.apiKey()).statusCode()).isEqualTo(200);
    }

    @Test
    void readOnlyKeyListsAndGetsChecks() {
        String uuid = server.createCheck(project.apiKey(), "{}").get("uuid").asText();
        assertThat(server.get("/api/v3/checks/", project.apiKeyReadonly()).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v3/checks/" + uuid, project.apiKeyReadonly()).statusCode()).isEqualTo(200);
    }

    @Test
    void readOnlyKeyCannotCreateCheck() {
        var res = server.post("/api/v3/checks/", project.apiKeyReadonly(), "{\"name\":\"x\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(WRONG);
        assertThat(server.get("/api/v3/checks/", project.apiKey()).body()).isEqualTo("{\"checks\":[]}");
    }

    @Test
    void readOnlyKeyCannotListPingsOrReadPingBodies() {
        String uuid = server.createCheck(project.apiKey(), "{}").get("uuid").asText();
        server.post("/ping/" + uuid, "body");
        var pings = server.get("/api/v3/checks/" + uuid + "/pings/", project.apiKeyReadonly());
        var body = server.get("/api/v3/checks/" + uuid + "/pings/1/body", project.apiKeyReadonly());
        assertThat(pings.statusCode()).isEqualTo(401);
        assertThat(pings.body()).isEqualTo(WRONG);
        assertThat(body.statusCode()).isEqualTo(401);
        assertThat(body.body()).isEqualTo(WRONG);
    }

    @Test
    void invalidJsonIsRejectedBeforeAuthentication() {
        var res = server.post("/api/v3/checks/", "{not json");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
    }

    /** Python's json.loads rejects all of these, so Healthchecks answers 400 before looking at keys. */
    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "{\"name\":\"a\"} trailing", "{} {}", "{'name':'a'}", "{\"a\":1,}"})
    void bodyThatPythonCannotParseIsRejected(String body) {
        var res = server.post("/api/v3/checks/", project.apiKey(), body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
    }

    @Test
    void bodyThatIsNotUtf8IsRejected() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        var res = server.send(server.request("/api/v3/checks/").header("X-Api-Key", project.apiKey())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"could not parse request body\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"api_key\":\"x\"}]", "\"text\"", "42", "true", "null"})
    void jsonThatIsNotAnObjectIsRejectedBeforeAuthentication(String body) {
        var res = server.post("/api/v3/checks/", body);
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).isEqualTo("{\"error\":\"json validation error: value is not an object\"}");
    }

    @Test
    void emptyPostBodyWithoutHeaderIsMissingApiKey() {
        var res = server.post("/api/v3/checks/", "");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void apiKeyInPostBodyIsUsedWhenHeaderIsAbsent() {
        var res = server.post("/api/v3/checks/", "{\"api_key\":\"" + project.apiKey() + "\",\"name\":\"from body\"}");
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(TestServer.json(res.body()).get("name").asText()).isEqualTo("from body");
    }

    @Test
    void readOnlyKeyInPostBodyIsWrongApiKey() {
        var res = server.post("/api/v3/checks/", "{\"api_key\":\"" + project.apiKeyReadonly() + "\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(WRONG);
    }

    @Test
    void headerKeyWinsOverBodyKey() {
        var wrongHeader = server.post("/api/v3/checks/", UNKNOWN_KEY, "{\"api_key\":\"" + project.apiKey() + "\"}");
        var goodHeader = server.post("/api/v3/checks/", project.apiKey(), "{\"api_key\":\"" + UNKNOWN_KEY + "\"}");
        assertThat(wrongHeader.statusCode()).isEqualTo(401);
        assertThat(wrongHeader.body()).isEqualTo(WRONG);
        assertThat(goodHeader.statusCode()).isEqualTo(201);
    }

    @Test
    void emptyHeaderStillWinsOverBodyKey() {
        var res = server.post("/api/v3/checks/", "", "{\"api_key\":\"" + project.apiKey() + "\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void shortBodyKeyIsMissingApiKey() {
        var res = server.post("/api/v3/checks/", "{\"api_key\":\"hcw_short\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void getIgnoresAnyRequestBodyKey() {
        HttpRequest req = server.request("/api/v3/checks/")
            .method("GET", HttpRequest.BodyPublishers.ofString("{\"api_key\":\"" + project.apiKey() + "\"}")).build();
        HttpResponse<String> res = server.send(req);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo(MISSING);
    }

    @Test
    void keyOfOneProjectDoesNotSeeAnotherProjectsChecks() {
        CreatedProject other = server.createProject("other");
        server.createCheck(other.apiKey(), "{\"name\":\"theirs\"}");
        assertThat(server.get("/api/v3/checks/", project.apiKey()).body()).isEqualTo("{\"checks\":[]}");
    }
}
