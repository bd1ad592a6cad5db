package io.cronkeeper.admin;

import static io.cronkeeper.admin.AdminClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /projects/{uuid}/badges}: the same badge URLs as v3's {@code badges/}, and they work. */
class AdminBadgesTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static AdminClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        admin = new AdminClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsEveryTagAndFormatAsTheV3ApiDoesAndEachUrlAnswers() {
        var project = server.createProject("Badged");
        server.createCheck(project.apiKey(), "{\"name\":\"db dump\",\"tags\":\"db nightly\"}");
        server.createCheck(project.apiKey(), "{\"name\":\"web\",\"tags\":\"web\"}");

        JsonNode listed = ok(admin.get("/projects/" + project.uuid() + "/badges"), 200);
        JsonNode v3 = TestServer.json(server.get("/api/v3/badges/", project.apiKey()).body());

        assertThat(listed.path("project").asText()).isEqualTo(project.uuid());
        assertThat(listed.path("badges")).isEqualTo(v3.path("badges"));
        List<String> tags = new ArrayList<>();
        listed.path("badges").fieldNames().forEachRemaining(tags::add);
        assertThat(tags).containsExactly("*", "db", "nightly", "web");
        JsonNode all = listed.path("badges").path("*");
        assertThat(all.path("svg").asText()).startsWith(server.settings.siteRoot() + "/badge/").endsWith(".svg");
        assertThat(all.path("shields3").asText()).endsWith(".shields");

        HttpResponse<String> svg = fetch(all.path("svg").asText());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("svg"));
        HttpResponse<String> json = fetch(listed.path("badges").path("db").path("json").asText());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(json.body()).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void unknownProjectIs404AndNoTokenIs401() {
        assertThat(admin.get("/projects/00000000-0000-0000-0000-000000000000/badges").statusCode()).isEqualTo(404);
        assertThat(server.get(AdminClient.BASE + "/projects/x/badges").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> fetch(String url) {
        String path = URI.create(url).getRawPath();
        return server.get(path);
    }
}
