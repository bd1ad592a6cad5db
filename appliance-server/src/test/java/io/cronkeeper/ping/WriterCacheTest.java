package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's check cache never hides a change another connection committed. */
class WriterCacheTest {
    @TempDir
    Path dir;

    private static List<String> flips(TestServer server, String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT f.old_status || '>' || f.new_status FROM flip f JOIN check_ c ON c.id = f.check_id
                WHERE c.uuid = ? ORDER BY f.id""").bind(0, uuid).mapTo(String.class).list());
    }

    @Test
    void pauseThroughTheApiIsSeenByTheNextPing() {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
            assertThat(server.post("/api/v3/checks/" + uuid + "/pause", project.apiKey(), "").statusCode()).isEqualTo(200);
            assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
            assertThat(flips(server, uuid)).containsExactly("new>up", "up>paused", "paused>up");
        }
    }

    @Test
    void settingsChangedByAnotherConnectionApplyToTheNextPing() {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
            server.jdbi().useHandle(h -> h.execute("UPDATE check_ SET methods = 'POST' WHERE uuid = ?", uuid));
            assertThat(server.get("/ping/" + uuid).statusCode()).isEqualTo(200);
            String kind = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT p.kind FROM ping p JOIN check_ c ON c.id = p.check_id WHERE c.uuid = ? AND p.n = 2")
                .bind(0, uuid).mapTo(String.class).one());
            assertThat(kind).isEqualTo("ign");
        }
    }

    @Test
    void slugRenamedThroughTheApiMovesTheSlugUrl() {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\",\"slug\":\"old\"}").get("uuid").asText();
            String base = "/ping/" + project.pingKey() + "/";
            assertThat(server.get(base + "old").statusCode()).isEqualTo(200);
            assertThat(server.post("/api/v3/checks/" + uuid, project.apiKey(), "{\"slug\":\"new\"}").statusCode())
                .isEqualTo(200);
            assertThat(server.get(base + "old").statusCode()).isEqualTo(404);
            assertThat(server.get(base + "new").statusCode()).isEqualTo(200);
        }
    }
}
