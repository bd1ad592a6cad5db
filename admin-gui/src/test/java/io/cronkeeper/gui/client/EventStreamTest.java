package io.cronkeeper.gui.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cronkeeper.gui.testing.LiveServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live stream against the real server: events arrive parsed, and a restart is survived. */
class EventStreamTest {
    @TempDir
    Path dir;

    private final BlockingQueue<Object> seen = new LinkedBlockingQueue<>();

    private final EventStream.Listener listener = new EventStream.Listener() {
        @Override
        public void connected() {
            seen.add("connected");
        }

        @Override
        public void disconnected(ClientException why) {
            seen.add(why);
        }

        @Override
        public void event(ServerEvent event) {
            seen.add(event);
        }
    };

    @Test
    void pingsAndFlipsArriveWithTheCheckAsItIsNow() throws Exception {
        try (LiveServer server = LiveServer.start(dir)) {
            var client = new HttpAdminClient(server.endpoint());
            try (EventStream stream = client.events(listener).start()) {
                assertThat(next()).isEqualTo("connected");
                Project project = client.createProject("Live");
                Check check = client.createCheck(project.uuid(), Map.of("name", "live"));
                assertThat(next()).isInstanceOf(ServerEvent.ProjectChanged.class);
                var created = (ServerEvent.CheckChanged) next();
                assertThat(created.action()).isEqualTo("created");
                assertThat(created.check()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("live"));

                server.ping(check.uuid(), "/fail", "boom");
                var ping = (ServerEvent.PingReceived) next();
                assertThat(ping.ping().kind()).isEqualTo(PingKind.FAIL);
                assertThat(ping.ping().bodySize()).isEqualTo(4);
                var flip = (ServerEvent.Flipped) next();
                assertThat(flip.flip().newStatus()).isEqualTo("down");
                assertThat(flip.check()).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CheckStatus.DOWN));
            }
        }
    }

    @Test
    void reconnectsWhenTheServerComesBack() throws Exception {
        try (LiveServer server = LiveServer.start(dir)) {
            var client = new HttpAdminClient(server.endpoint());
            try (EventStream stream = client.events(listener).start()) {
                assertThat(next()).isEqualTo("connected");
                server.stop();
                assertThat(next()).isInstanceOf(ClientException.Unreachable.class);
                server.restart();
                Object event;
                do {
                    event = next();
                } while (event instanceof ClientException);
                assertThat(event).isEqualTo("connected");
            }
        }
    }

    private Object next() throws InterruptedException {
        Object item = seen.poll(15, TimeUnit.SECONDS);
        assertThat(item).as("an event within 15 s").isNotNull();
        return item;
    }
}
