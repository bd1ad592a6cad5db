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
        try (TestServer server = TestServer.start(dir); EventBus.Subscription sub = server.events().subscribe()) {
            var project = server.createProject("P");
            String uuid = server.createCheck(project.apiKey(), "{\"name\":\"job\"}").get("uuid").asText();
            assertThat(server.get("/ping/" + uuid + "/fail").statusCode()).isEqualTo(200);

            Event ping = sub.poll(5, TimeUnit.SECONDS);
            Event flip = sub.poll(5, TimeUnit.SECONDS);
            assertThat(ping.type()).isEqualTo("ping");
            assertThat(ping.checkUuid()).isEqualTo(uuid);
            assertThat(ping.data()).containsEntry("kind", "fail").containsEntry("n", 1L).containsEntry("status", "down")
                .containsEntry("remote_addr", "127.0.0.1");
            assertThat(flip.type()).isEqualTo("flip");
            assertThat(flip.data()).containsEntry("old", "new").containsEntry("new", "down").containsEntry("reason", "fail");
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
