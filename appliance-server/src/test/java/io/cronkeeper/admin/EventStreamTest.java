package io.cronkeeper.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SSE framing, heartbeats, overflow notice and the ends of a stream, without a server. */
class EventStreamTest {
    private final EventBus bus = new EventBus();

    @Test
    void eventsAreFramedWithIdTypeAndOneLineOfJson() throws Exception {
        var out = new ClosingAfter(3);
        EventStream stream = new EventStream(e -> Map.of("text", e.data().get("text")), Duration.ofMinutes(1));
        try (EventBus.Subscription sub = bus.subscribe()) {
            bus.publish(new Event("check", 1, "u", Map.of("text", "two\nlines")));
            bus.publish(new Event("ping", 1, "u", Map.of("text", "é")));
            bus.publish(new Event("ping", 1, "u", Map.of("text", "not written: the connection is gone")));
            assertThatThrownBy(() -> stream.pump(sub, out)).isInstanceOf(IOException.class);
        }
        assertThat(out.text()).isEqualTo("retry: 5000\n\n"
            + "id: 1\nevent: check\ndata: {\"text\":\"two\\nlines\"}\n\n"
            + "id: 2\nevent: ping\ndata: {\"text\":\"é\"}\n\n");
    }

    @Test
    void quietStreamSendsHeartbeats() {
        var out = new ClosingAfter(3);
        EventStream stream = new EventStream(Event::data, Duration.ofMillis(10));
        try (EventBus.Subscription sub = bus.subscribe()) {
            assertThatThrownBy(() -> stream.pump(sub, out)).isInstanceOf(IOException.class);
        }
        assertThat(out.text()).isEqualTo("retry: 5000\n\n: heartbeat\n\n: heartbeat\n\n");
    }

    @Test
    void droppedEventsAreAnnouncedAsOverflow() {
        var out = new ClosingAfter(2);
        EventStream stream = new EventStream(Event::data, Duration.ofMinutes(1));
        try (EventBus.Subscription sub = bus.subscribe()) {
            for (int i = 0; i <= 10_000; i++) {
                bus.publish(new Event("ping", 1, "u", Map.of()));
            }
            assertThatThrownBy(() -> stream.pump(sub, out)).isInstanceOf(IOException.class);
        }
        assertThat(out.text()).startsWith("retry: 5000\n\nid: 1\nevent: overflow\ndata: {\"reason\":");
    }

    @Test
    void interruptEndsTheStream() throws Exception {
        var out = new ClosingAfter(Integer.MAX_VALUE);
        EventStream stream = new EventStream(Event::data, Duration.ofMinutes(1));
        var ended = new CompletableFuture<Throwable>();
        try (EventBus.Subscription sub = bus.subscribe()) {
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    stream.pump(sub, out);
                    ended.complete(null);
                } catch (Exception e) {
                    ended.complete(e);
                }
            });
            t.interrupt();
            assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        }
    }

    /** Collects what was written; the write after {@code writes} writes fails, as to a closed socket. */
    private static final class ClosingAfter extends ByteArrayOutputStream {
        private int left;

        ClosingAfter(int writes) {
            this.left = writes;
        }

        @Override
        public void write(byte[] b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("connection reset");
            }
            super.write(b);
        }

        String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }
}
