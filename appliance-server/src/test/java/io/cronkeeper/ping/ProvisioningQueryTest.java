package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import io.cronkeeper.project.ProjectService.CreatedProject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?create=1} with the new check's settings in the same query. */
class ProvisioningQueryTest {
    @TempDir
    Path dir;
    TestServer server;
    CreatedProject project;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        project = server.createProject("provisioning");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode check(String slug) {
        JsonNode list = TestServer.json(server.get("/api/v3/checks/?slug=" + slug, project.apiKey()).body());
        return list.get("checks").get(0);
    }

    @Test
    void timeoutGraceAndZoneComeFromTheQuery() {
        var res = server.get("/ping/" + project.pingKey() + "/nightly?create=1&timeout=7200&grace=300&tz=Europe/Kiev");
        assertThat(res.statusCode()).isEqualTo(201);
        JsonNode c = check("nightly");
        assertThat(c.get("timeout").asInt()).isEqualTo(7200);
        assertThat(c.get("grace").asInt()).isEqualTo(300);
        String tz = server.jdbi().withHandle(h -> h.createQuery("SELECT tz FROM check_ WHERE slug = 'nightly'")
            .mapTo(String.class).one());
        assertThat(tz).isEqualTo("Europe/Kyiv");
    }

    @Test
    void absentSettingsKeepTheDefaults() {
        server.get("/ping/" + project.pingKey() + "/plain?create=1");
        JsonNode c = check("plain");
        assertThat(c.get("timeout").asInt()).isEqualTo(86400);
        assertThat(c.get("grace").asInt()).isEqualTo(3600);
    }

    @Test
    void settingsDoNotChangeAnExistingCheck() {
        server.get("/ping/" + project.pingKey() + "/kept?create=1");
        var res = server.get("/ping/" + project.pingKey() + "/kept?create=1&timeout=600");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(check("kept").get("timeout").asInt()).isEqualTo(86400);
    }

    @Test
    void settingsWithoutCreateAreIgnored() {
        var res = server.get("/ping/" + project.pingKey() + "/ghost?timeout=5");
        assertThat(res.statusCode()).isEqualTo(404);
    }

    @Test
    void badSettingIsRefusedWithItsNameAndCreatesNothing() {
        var tooSmall = server.get("/ping/" + project.pingKey() + "/bad?create=1&timeout=5");
        assertThat(tooSmall.statusCode()).isEqualTo(400);
        assertThat(tooSmall.body()).isEqualTo("invalid create parameter: timeout is too small");
        assertThat(tooSmall.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        var notNumber = server.get("/ping/" + project.pingKey() + "/bad?create=1&grace=1h");
        assertThat(notNumber.body()).isEqualTo("invalid create parameter: grace is not a number");
        var zone = server.get("/ping/" + project.pingKey() + "/bad?create=1&tz=Mars/Olympus");
        assertThat(zone.body()).isEqualTo("invalid create parameter: tz is not a valid timezone");
        long checks = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM check_ WHERE slug = 'bad'")
            .mapTo(Long.class).one());
        assertThat(checks).isZero();
    }
}
