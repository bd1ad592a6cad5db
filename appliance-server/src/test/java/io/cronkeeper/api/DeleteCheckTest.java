package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.delete;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.check.UniqueKey;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code DELETE /api/v3/checks/<uuid>}: read-write keys, answers with the deleted check (§4.1). */
@ServerTest
class DeleteCheckTest {
    static TestServer server;
    CreatedProject project;
    String uuid;
    String path;

    @BeforeEach
    void newCheck() {
        server.clock.set(TestServer.T0);
        project = server.createProject("delete");
        uuid = server.createCheck(project.apiKey(), "{\"name\":\"doomed\",\"tags\":\"a\"}").get("uuid").asText();
        path = "/api/v3/checks/" + uuid;
        server.post("/ping/" + uuid, "last words");
    }

    @Test
    void answersWithTheCheckAsItWasAndRemovesIt() {
        String channel = ApiFixtures.channel(server, project, "mail", "email");
        server.post(path, project.apiKey(), "{\"channels\":\"*\"}");
        JsonNode before = ApiFixtures.getJson(server, path, project.apiKey());

        var res = delete(server, path, project.apiKey());

        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode deleted = TestServer.json(res.body());
        assertThat(deleted).isEqualTo(before);
        assertThat(deleted.get("uuid").asText()).isEqualTo(uuid);
        assertThat(deleted.get("channels").asText()).isEqualTo(channel);
        assertThat(deleted.get("n_pings").asInt()).isEqualTo(1);
        assertThat(server.get(path, project.apiKey()).statusCode()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM check_ WHERE uuid = '" + uuid + "'")).isZero();
    }

    @Test
    void pingsFlipsAndAssignmentsGoWithTheCheck() {
        ApiFixtures.channel(server, project, "mail", "email");
        server.post(path, project.apiKey(), "{\"channels\":\"*\"}");
        long before = count("SELECT count(*) FROM ping");
        delete(server, path, project.apiKey());
        assertThat(count("SELECT count(*) FROM ping")).isEqualTo(before - 1);
        assertThat(count("SELECT count(*) FROM check_channel")).isZero();
        assertThat(count("SELECT count(*) FROM channel WHERE project_id = (SELECT id FROM project WHERE uuid = '"
            + project.uuid() + "')")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM flip f WHERE NOT EXISTS (SELECT 1 FROM check_ c WHERE c.id = f.check_id)"))
            .isZero();
    }

    @Test
    void pingingADeletedCheckIsNotFound() {
        delete(server, path, project.apiKey());
        assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingTwiceIs404TheSecondTime() {
        assertThat(delete(server, path, project.apiKey()).statusCode()).isEqualTo(200);
        var again = delete(server, path, project.apiKey());
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void readOnlyKeyCannotDelete() {
        var res = delete(server, path, project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"wrong api key\"}");
        assertThat(server.get(path, project.apiKey()).statusCode()).isEqualTo(200);
    }

    @Test
    void keyIsTakenFromTheHeaderOnly() {
        var res = server.send(server.request(path)
            .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"api_key\":\"" + project.apiKey() + "\"}"))
            .build());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"missing api key\"}");
        assertThat(server.get(path, project.apiKey()).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherProjectsCheckIsForbiddenAndKept() {
        CreatedProject other = server.createProject("other");
        var res = delete(server, path, other.apiKey());
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEmpty();
        assertThat(server.get(path, project.apiKey()).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownCheckIs404() {
        assertThat(delete(server, "/api/v3/checks/" + UUID.randomUUID(), project.apiKey()).statusCode()).isEqualTo(404);
    }

    @Test
    void uniqueKeyCannotBeUsedToDelete() {
        var res = delete(server, "/api/v3/checks/" + UniqueKey.of(uuid), project.apiKey());
        assertThat(res.statusCode()).isEqualTo(405);
        assertThat(server.get(path, project.apiKey()).statusCode()).isEqualTo(200);
    }

    @Test
    void trailingSlashIsNotTheDeleteRoute() {
        assertThat(delete(server, path + "/", project.apiKey()).statusCode()).isEqualTo(404);
        assertThat(server.get(path, project.apiKey()).statusCode()).isEqualTo(200);
    }

    private long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
