package io.cronkeeper.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made through v3 reach the desktop app's event stream. */
class V3EventsTest {
    @TempDir
    Path dir;

    @Test
    void createPauseResumeUpdateAndDeleteAreAnnounced() throws Exception {
        try (TestServer server = TestServer.start(dir); EventBus.Subscription sub = server.events().subscribe()) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            String check = "/api/v3/checks/" + uuid;
            assertThat(server.post(check + "/pause", project.apiKey(), "").statusCode()).isEqualTo(200);
            assertThat(server.post(check + "/resume", project.apiKey(), "").statusCode()).isEqualTo(200);
            assertThat(server.post(check, project.apiKey(), "{\"tags\":\"a\"}").statusCode()).isEqualTo(200);
            assertThat(server.send(server.request(check).header("X-Api-Key", project.apiKey()).DELETE().build())
                .statusCode()).isEqualTo(200);

            List<String> actions = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Event e = sub.poll(5, TimeUnit.SECONDS);
                assertThat(e).isNotNull();
                assertThat(e.type()).isEqualTo("check");
                assertThat(e.checkUuid()).isEqualTo(uuid);
                actions.add((String) e.data().get("action"));
            }
            assertThat(actions).containsExactly("created", "paused", "resumed", "updated", "deleted");
        }
    }
}
