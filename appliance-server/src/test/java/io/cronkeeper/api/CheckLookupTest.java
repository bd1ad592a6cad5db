package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding one check: by UUID (403 across projects), by unique key (own project only), 404 otherwise. */
@ServerTest
class CheckLookupTest {
    static TestServer server;
    CreatedProject project;
    CreatedProject other;
    String uuid;
    String otherUuid;

    @BeforeEach
    void twoProjects() {
        project = server.createProject("mine");
        other = server.createProject("theirs");
        uuid = server.createCheck(project.apiKey(), "{\"name\":\"mine\"}").get("uuid").asText();
        otherUuid = server.createCheck(other.apiKey(), "{\"name\":\"theirs\"}").get("uuid").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/pings/", "/pings/1/body"})
    void anotherProjectsCheckIsForbiddenWithEmptyBody(String suffix) {
        server.get("/ping/" + otherUuid);
        var res = server.get("/api/v3/checks/" + otherUuid + suffix, project.apiKey());
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void anotherProjectsCheckIsForbiddenForReadOnlyKeyToo() {
        var res = server.get("/api/v3/checks/" + otherUuid, project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/pings/", "/pings/1/body"})
    void unknownUuidIsNotFound(String suffix) {
        var res = server.get("/api/v3/checks/" + UUID.randomUUID() + suffix, project.apiKey());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "12345", "0000000000000000000000000000000000000000x"})
    void malformedIdentifierIsNotFound(String code) {
        assertThat(server.get("/api/v3/checks/" + code, project.apiKey()).statusCode()).isEqualTo(404);
    }

    @Test
    void authenticationComesBeforeLookup() {
        var res = server.get("/api/v3/checks/" + UUID.randomUUID());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"missing api key\"}");
    }

    @Test
    void uniqueKeyFindsCheckForBothKeys() {
        String uniqueKey = CheckObjectTest.sha1Hex(uuid.replace("-", "").substring(0, 16));
        JsonNode ro = TestServer.json(server.get("/api/v3/checks/" + uniqueKey, project.apiKeyReadonly()).body());
        JsonNode rw = TestServer.json(server.get("/api/v3/checks/" + uniqueKey, project.apiKey()).body());
        assertThat(ro.get("name").asText()).isEqualTo("mine");
        assertThat(ro.get("unique_key").asText()).isEqualTo(uniqueKey);
        assertThat(rw.get("uuid").asText()).isEqualTo(uuid);
    }

    @Test
    void uniqueKeyOfAnotherProjectsCheckIsNotFound() {
        String theirKey = CheckObjectTest.sha1Hex(otherUuid.replace("-", "").substring(0, 16));
        var res = server.get("/api/v3/checks/" + theirKey, project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void unknownUniqueKeyIsNotFound() {
        assertThat(server.get("/api/v3/checks/" + "a".repeat(40), project.apiKey()).statusCode()).isEqualTo(404);
    }

    @Test
    void uniqueKeyShownToReadOnlyKeyLeadsBackToTheCheck() {
        JsonNode listed = TestServer.json(server.get("/api/v3/checks/", project.apiKeyReadonly()).body())
            .get("checks").get(0);
        var res = server.get("/api/v3/checks/" + listed.get("unique_key").asText(), project.apiKeyReadonly());
        assertThat(TestServer.json(res.body())).isEqualTo(listed);
    }
}
