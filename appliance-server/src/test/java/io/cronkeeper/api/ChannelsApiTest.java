package io.cronkeeper.api;

import static io.cronkeeper.api.ApiFixtures.channel;
import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v3/channels/}: the key's project's integrations, read-write keys only (§4.8). */
@ServerTest
class ChannelsApiTest {
    static TestServer server;
    CreatedProject project;

    @BeforeEach
    void newProject() {
        project = server.createProject("channels");
    }

    @Test
    void listsTheProjectsIntegrationsWithIdNameAndKind() {
        String mail = channel(server, project, "Ops mail", "email");
        String hook = channel(server, project, "", "webhook");
        var res = server.get("/api/v3/channels/", project.apiKey());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.body()).isEqualTo("{\"channels\":[{\"id\":\"" + mail + "\",\"name\":\"Ops mail\",\"kind\":\"email\"},"
            + "{\"id\":\"" + hook + "\",\"name\":\"\",\"kind\":\"webhook\"}]}");
    }

    @Test
    void anotherProjectsIntegrationsAreNotListed() {
        CreatedProject other = server.createProject("other");
        channel(server, other, "theirs", "slack");
        String mine = channel(server, project, "mine", "email");
        var list = TestServer.json(server.get("/api/v3/channels/", project.apiKey()).body()).get("channels");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo(mine);
    }

    @Test
    void projectWithoutIntegrationsListsNone() {
        assertThat(server.get("/api/v3/channels/", project.apiKey()).body()).isEqualTo("{\"channels\":[]}");
    }

    @Test
    void readOnlyKeyIsRefused() {
        channel(server, project, "secret hook", "webhook");
        var res = server.get("/api/v3/channels/", project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"wrong api key\"}");
    }

    @Test
    void missingKeyIs401() {
        var res = server.get("/api/v3/channels/");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.body()).isEqualTo("{\"error\":\"missing api key\"}");
    }

    @Test
    void withoutTrailingSlashIs404() {
        assertThat(server.get("/api/v3/channels", project.apiKey()).statusCode()).isEqualTo(404);
    }
}
