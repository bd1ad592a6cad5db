package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.UniqueKey;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-cutting rules every endpoint keeps: read-only keys never write or see ping bodies and
 * integrations; no answer shows another project's data; bad bodies are client errors, never 500.
 */
@ServerTest
class ApiSecurityTest {
    static TestServer server;
    CreatedProject project;
    CreatedProject other;
    String uuid;
    String foreign;

    @BeforeEach
    void twoProjects() {
        project = server.createProject("mine");
        other = server.createProject("theirs");
        uuid = server.createCheck(project.apiKey(), "{\"name\":\"mine\",\"desc\":\"kept\"}").get("uuid").asText();
        foreign = server.createCheck(other.apiKey(), "{\"name\":\"theirs\",\"tags\":\"theirs\",\"desc\":\"kept\"}")
            .get("uuid").asText();
        server.post("/ping/" + uuid, "secret body");
        server.post("/ping/" + foreign, "their secret");
        ApiFixtures.channel(server, project, "mine", "email");
        ApiFixtures.channel(server, other, "theirs", "email");
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v3/checks/", "POST, /api/v3/checks/{uuid}", "DELETE, /api/v3/checks/{uuid}",
        "POST, /api/v3/checks/{uuid}/pause", "POST, /api/v3/checks/{uuid}/resume",
        "GET, /api/v3/checks/{uuid}/pings/", "GET, /api/v3/checks/{uuid}/pings/1/body", "GET, /api/v3/channels/",
        "POST, /api/v1/checks/{uuid}", "GET, /api/v2/channels/"})
    void readOnlyKeyNeverReachesWritesPingBodiesOrIntegrations(String method, String path) {
        String body = method.equals("POST") ? "{\"desc\":\"changed\"}" : null;
        var res = send(server, method, resolve(path), project.apiKeyReadonly(), body);
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"wrong api key\"}");
        assertUnchanged();
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v3/checks/", "POST, /api/v3/checks/{uuid}", "POST, /api/v3/checks/{uuid}/pause"})
    void readOnlyKeyInTheBodyIsRefusedToo(String method, String path) {
        var res = send(server, method, resolve(path), null,
            "{\"api_key\":\"" + project.apiKeyReadonly() + "\",\"desc\":\"changed\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertUnchanged();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v3/checks/{foreign}", "POST, /api/v3/checks/{foreign}", "DELETE, /api/v3/checks/{foreign}",
        "POST, /api/v3/checks/{foreign}/pause", "POST, /api/v3/checks/{foreign}/resume",
        "GET, /api/v3/checks/{foreign}/pings/", "GET, /api/v3/checks/{foreign}/pings/1/body",
        "GET, /api/v3/checks/{foreign}/flips/", "GET, /api/v1/checks/{foreign}"})
    void anotherProjectsCheckIsForbiddenWithAnEmptyBody(String method, String path) {
        String body = method.equals("POST") ? "{\"desc\":\"changed\"}" : null;
        var res = send(server, method, resolve(path), project.apiKey(), body);
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v3/checks/{foreignKey}", "/api/v3/checks/{foreignKey}/flips/"})
    void anotherProjectsUniqueKeyIsNotFound(String path) {
        var res = server.get(resolve(path), project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v3/checks/", "/api/v3/channels/", "/api/v3/badges/"})
    void listingsShowOnlyTheKeysProject(String path) {
        String body = server.get(path, project.apiKey()).body();
        assertThat(body).doesNotContain("theirs").doesNotContain(foreign);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/v3/checks/|{", "/api/v3/checks/|{\"a\":1}x", "/api/v3/checks/|nul", "/api/v3/checks/|'[1, 2'",
        "/api/v3/checks/{uuid}|{\"name\":", "/api/v3/checks/{uuid}|{\"timeout\":1e999999}",
        "/api/v3/checks/{uuid}|{\"timeout\":123456789012345678901234567890}", "/api/v3/checks/{uuid}|NaN",
        "/api/v3/checks/{uuid}/pause|{'", "/api/v3/checks/{uuid}/resume|\"text\""})
    void malformedBodiesAreClientErrors(String path, String body) {
        var res = send(server, "POST", resolve(path), project.apiKey(), body);
        assertThat(res.statusCode()).isBetween(400, 499);
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "null", "{\"k\":1}", "true"})
    void keyInTheBodyThatIsNotAStringIsAMissingKey(String key) {
        var res = send(server, "POST", resolve("/api/v3/checks/{uuid}"), null, "{\"api_key\":" + key + ",\"desc\":\"x\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"missing api key\"}");
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v3/checks/", "/api/v3/checks/{uuid}", "/api/v3/checks/{uuid}/pause"})
    void deeplyNestedOrInvalidUtf8BodiesAre400(String path) {
        var nested = send(server, "POST", resolve(path), project.apiKey(), "[".repeat(100_000));
        var utf8 = server.send(server.request(resolve(path)).header("X-Api-Key", project.apiKey())
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}))
            .build());
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(utf8.statusCode()).isEqualTo(400);
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v3/checks/", "/api/v3/checks/{uuid}", "/api/v3/checks/{uuid}/pause",
        "/api/v3/checks/{uuid}/resume", "/api/v1/checks/{uuid}"})
    void bodiesOverOneMebibyteAre413(String path) {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        byte[] json = "{\"desc\":\"changed\"}".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(json, 0, big, 0, json.length);
        var res = server.send(server.request(resolve(path)).header("X-Api-Key", project.apiKey())
            .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertThat(res.statusCode()).isEqualTo(413);
        assertUnchanged();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v3/checks", "GET, /api/v3/checks/{uuid}/", "POST, /api/v3/checks/{uuid}/",
        "DELETE, /api/v3/checks/{uuid}/", "POST, /api/v3/checks/{uuid}/pause/", "POST, /api/v3/checks/{uuid}/resume/",
        "GET, /api/v3/checks/{uuid}/pings", "GET, /api/v3/checks/{uuid}/pings/1/body/",
        "GET, /api/v3/checks/{uuid}/flips", "GET, /api/v3/channels", "GET, /api/v3/badges", "GET, /api/v3/status",
        "GET, /api/v3/checks/{UUID}", "GET, /api/v3/checks/{uuid}/pings/x/body", "GET, /api/v3/checks/{uuid}/pings/+1/body"})
    void otherSpellingsOfAPathAreNotFound(String method, String path) {
        String body = method.equals("POST") ? "{\"desc\":\"changed\"}" : null;
        var res = send(server, method, resolve(path), project.apiKey(), body);
        assertThat(res.statusCode()).isEqualTo(404);
        assertUnchanged();
    }

    private String resolve(String path) {
        return path.replace("{uuid}", uuid).replace("{UUID}", uuid.toUpperCase()).replace("{foreign}", foreign)
            .replace("{foreignKey}", UniqueKey.of(foreign)).replace("+", "%2B");
    }

    /** Both checks still exist with their settings and stored state. */
    private void assertUnchanged() {
        for (String check : new String[] {uuid, foreign}) {
            assertThat(ApiFixtures.textColumn(server, check, "description")).isEqualTo("kept");
            assertThat(ApiFixtures.textColumn(server, check, "status")).isEqualTo("up");
        }
        int count = TestServer.json(server.get("/api/v3/checks/", project.apiKey()).body()).get("checks").size();
        assertThat(count).isEqualTo(1);
    }
}
