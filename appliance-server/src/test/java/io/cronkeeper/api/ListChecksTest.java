package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v3/checks/} with its {@code tag} and {@code slug} filters. */
@ServerTest
class ListChecksTest {
    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void projectWithChecks() {
        project = server.createProject("list");
        server.createCheck(project.apiKey(), "{\"name\":\"db-prod\",\"slug\":\"db-prod\",\"tags\":\"prod db\"}");
        server.createCheck(project.apiKey(), "{\"name\":\"web-prod\",\"slug\":\"web-prod\",\"tags\":\"prod  web\"}");
        server.createCheck(project.apiKey(), "{\"name\":\"db-staging\",\"slug\":\"db-staging\",\"tags\":\"staging db\"}");
        server.createCheck(project.apiKey(), "{\"name\":\"production\",\"slug\":\"db-prod\",\"tags\":\"production\"}");
    }

    @Test
    void listsAllOfTheProjectsChecksInCreationOrder() {
        assertThat(names("")).containsExactly("db-prod", "web-prod", "db-staging", "production");
    }

    @Test
    void responseIsAnObjectWithChecksArray() {
        var res = server.get("/api/v3/checks/", server.createProject("empty").apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo("{\"checks\":[]}");
    }

    @Test
    void tagFilterKeepsChecksCarryingTheTag() {
        assertThat(names("?tag=prod")).containsExactly("db-prod", "web-prod");
        assertThat(names("?tag=db")).containsExactly("db-prod", "db-staging");
    }

    @Test
    void repeatedTagFiltersMustAllMatch() {
        assertThat(names("?tag=prod&tag=db")).containsExactly("db-prod");
        assertThat(names("?tag=db&tag=staging")).containsExactly("db-staging");
        assertThat(names("?tag=prod&tag=staging")).isEmpty();
    }

    @Test
    void tagFilterMatchesWholeTagsNotSubstrings() {
        assertThat(names("?tag=prod")).doesNotContain("production");
        assertThat(names("?tag=product")).isEmpty();
        assertThat(names("?tag=production")).containsExactly("production");
    }

    @Test
    void unknownTagGivesEmptyList() {
        assertThat(names("?tag=nope")).isEmpty();
    }

    @Test
    void slugFilterKeepsChecksWithThatSlug() {
        assertThat(names("?slug=db-prod")).containsExactly("db-prod", "production");
        assertThat(names("?slug=web-prod")).containsExactly("web-prod");
        assertThat(names("?slug=nope")).isEmpty();
    }

    @Test
    void emptySlugParameterDoesNotFilter() {
        assertThat(names("?slug=")).hasSize(4);
    }

    @Test
    void repeatedSlugParameterCountsByItsLastValue() {
        assertThat(names("?slug=nope&slug=web-prod")).containsExactly("web-prod");
    }

    @Test
    void slugAndTagFiltersCombine() {
        assertThat(names("?slug=db-prod&tag=prod")).containsExactly("db-prod");
    }

    @Test
    void encodedTagIsDecoded() {
        server.createCheck(project.apiKey(), "{\"name\":\"plus\",\"tags\":\"a+b c&d\"}");
        assertThat(names("?tag=a%2Bb")).containsExactly("plus");
        assertThat(names("?tag=c%26d")).containsExactly("plus");
    }

    @Test
    void readOnlyKeySeesUniqueKeysInsteadOfUuids() {
        JsonNode checks = TestServer.json(server.get("/api/v3/checks/", project.apiKeyReadonly()).body()).get("checks");
        assertThat(checks).hasSize(4);
        for (JsonNode c : checks) {
            assertThat(c.has("uuid")).isFalse();
            assertThat(c.has("ping_url")).isFalse();
            assertThat(c.get("unique_key").asText()).matches("[0-9a-f]{40}");
        }
    }

    private List<String> names(String query) {
        var res = server.get("/api/v3/checks/" + query, project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        TestServer.json(res.body()).get("checks").forEach(c -> out.add(c.get("name").asText()));
        return out;
    }
}
