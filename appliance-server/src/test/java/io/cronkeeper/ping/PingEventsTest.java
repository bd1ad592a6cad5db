package io.cronkeeper.ping;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.TestServer;
import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Committed pings are published for live updates; unknown checks publish nothing. */
class PingEventsTest {
    @TempDir
    Path dir;

    @Test
    void failPingPublishesPingThenFlipWithTheNewStatus() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            EventBus.Subscription sub = server.events().subscribe();
            assertThat(server.get("/ping/" + uuid + "/fail").statusCode()).isEqualTo(200);

            Event ping = sub.poll(5, TimeUnit.SECONDS);
            Event flip = sub.poll(5, TimeUnit.SECONDS);
            assertThat(ping.type()).isEqualTo("ping");
            assertThat(ping.checkUuid()).isEqualTo(uuid);
            @SuppressWarnings("unchecked")
            var pingData = (java.util.Map<String, Object>) ping.data().get("ping");
            assertThat(pingData).containsEntry("kind", "fail").containsEntry("n", 1L)
                .containsEntry("remote_addr", "127.0.0.1").containsEntry("method", "GET").containsEntry("body_size", 0);
            assertThat(flip.type()).isEqualTo("flip");
            @SuppressWarnings("unchecked")
            var flipData = (java.util.Map<String, Object>) flip.data().get("flip");
            assertThat(flipData).containsEntry("old_status", "new").containsEntry("new_status", "down")
                .containsEntry("reason", "fail");
        }
    }

    @Test
    void unknownCheckPublishesNothing() throws Exception {
        try (TestServer server = TestServer.start(dir); EventBus.Subscription sub = server.events().subscribe()) {
            assertThat(server.get("/ping/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
            assertThat(sub.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
