package io.cronkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.ServerTest;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Key rules of reference §7: only a read-only key of the same project reads its metrics. */
@ServerTest
class MetricsAuthTest {
    private static final String UNKNOWN_PROJECT = "00000000-0000-4000-8000-000000000000";

    static TestServer server;
    CreatedProject project;
    CreatedProject other;

    @BeforeEach
    void projects() {
        project = server.createProject("mine");
        other = server.createProject("other");
    }

    @Test
    void readOnlyKeyInThePathIs200WithThePrometheusContentType() {
        HttpResponse<String> res = server.get(path(project.apiKeyReadonly()));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(res.body()).startsWith("# HELP hc_check_up ");
    }

    @Test
    void readOnlyKeyAsBearerIs200() {
        HttpResponse<String> res = bearer("Bearer " + project.apiKeyReadonly());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo(server.get(path(project.apiKeyReadonly())).body());
        assertThat(bearer("bearer " + project.apiKeyReadonly()).statusCode()).isEqualTo(200);
    }

    @Test
    void keyThatIsNot32CharactersIs400() {
        for (String key : new String[] {"short", project.apiKeyReadonly() + "x", project.apiKeyReadonly().substring(1)}) {
            HttpResponse<String> res = server.get(path(key));
            assertThat(res.statusCode()).as(key).isEqualTo(400);
            assertThat(res.body()).isEqualTo("an API key is 32 characters");
            assertThat(bearer("Bearer " + key).statusCode()).as(key).isEqualTo(400);
        }
        // Header values lose trailing blanks on the way, so this is a scheme without credentials.
        assertThat(bearer("Bearer ").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongKeyIs403() {
        String wrong = "hcr_" + "x".repeat(28);
        assertForbidden(server.get(path(wrong)));
        assertForbidden(bearer("Bearer " + wrong));
    }

    @Test
    void readWriteKeyIs403() {
        assertForbidden(server.get(path(project.apiKey())));
        assertForbidden(bearer("Bearer " + project.apiKey()));
    }

    @Test
    void readOnlyKeyOfAnotherProjectIs403() {
        assertForbidden(server.get(path(other.apiKeyReadonly())));
        assertForbidden(bearer("Bearer " + other.apiKeyReadonly()));
    }

    @Test
    void unknownProjectIs403LikeAWrongKeySoProjectUuidsCannotBeProbed() {
        assertForbidden(server.get("/projects/" + UNKNOWN_PROJECT + "/metrics/" + project.apiKeyReadonly()));
        assertForbidden(server.send(server.request("/projects/" + UNKNOWN_PROJECT + "/metrics/")
            .header("Authorization", "Bearer " + project.apiKeyReadonly()).GET().build()));
    }

    @Test
    void projectThatIsNotAUuidIs404() {
        assertThat(server.get("/projects/" + project.uuid().toUpperCase() + "/metrics/" + project.apiKeyReadonly())
            .statusCode()).isEqualTo(404);
        assertThat(server.get("/projects/mine/metrics/" + project.apiKeyReadonly()).statusCode()).isEqualTo(404);
    }

    @Test
    void missingOrNonBearerAuthorizationIs401() {
        HttpResponse<String> none = server.get("/projects/" + project.uuid() + "/metrics/");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(none.body()).contains("Authorization: Bearer <key>");
        assertThat(bearer("Basic " + project.apiKeyReadonly()).statusCode()).isEqualTo(401);
        assertThat(bearer(project.apiKeyReadonly()).statusCode()).isEqualTo(401);
    }

    @Test
    void apiKeyHeaderDoesNotCountAsBearer() {
        assertThat(server.get("/projects/" + project.uuid() + "/metrics/", project.apiKeyReadonly()).statusCode())
            .isEqualTo(401);
    }

    @Test
    void otherMethodsAre405() {
        HttpResponse<String> res = server.post(path(project.apiKeyReadonly()), "");
        assertThat(res.statusCode()).isEqualTo(405);
        assertThat(res.headers().firstValue("Allow")).hasValue("GET");
        assertThat(server.post("/projects/" + project.uuid() + "/metrics/", "").statusCode()).isEqualTo(405);
    }

    @Test
    void pathsAroundTheEndpointAre404() {
        assertThat(server.get(path(project.apiKeyReadonly()) + "/").statusCode()).isEqualTo(404);
        assertThat(server.get(path(project.apiKeyReadonly()) + "/x").statusCode()).isEqualTo(404);
        assertThat(server.get("/projects/" + project.uuid() + "/metrics").statusCode()).isEqualTo(404);
    }

    private String path(String key) {
        return "/projects/" + project.uuid() + "/metrics/" + key;
    }

    private HttpResponse<String> bearer(String authorization) {
        return server.send(server.request("/projects/" + project.uuid() + "/metrics/")
            .header("Authorization", authorization).GET().build());
    }

    private static void assertForbidden(HttpResponse<String> res) {
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).isEqualTo("not a read-only API key of this project");
    }
}
