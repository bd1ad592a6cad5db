package io.cronkeeper.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The admin event stream of one node, read on its own thread; tests wait for frames with a deadline. */
final class EventStreamReader implements AutoCloseable {
    /** One event of the stream. */
    record Frame(String event, JsonNode data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /** Returns once the stream is open (its {@code retry:} line read): events from then on reach it. */
    EventStreamReader(Nodes nodes, TestServer node) throws Exception {
        response = node.client()
            .sendAsync(nodes.admin(node, "/events").GET().build(), HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /events answered " + response.statusCode());
        }
        Thread.ofPlatform().daemon().name("sse-reader").start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // close() ends the stream under the reader.
            }
        });
        String first = lines.poll(10, TimeUnit.SECONDS);
        if (first == null || !first.startsWith("retry:")) {
            throw new AssertionError("the stream did not start with retry: but " + first);
        }
    }

    /** The next frame of this type within the patience; frames of other types are skipped. */
    Frame next(String type, Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        String event = null;
        String data = null;
        while (true) {
            String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no '" + type + "' event within " + patience);
            }
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            } else if (line.isEmpty() && event != null) {
                if (event.equals(type)) {
                    return new Frame(event, TestServer.json(data));
                }
                event = null;
                data = null;
            }
        }
    }

    /** Fails if a frame of this type arrives within the wait. */
    void assertNone(String type, Duration wait) throws InterruptedException {
        try {
            Frame extra = next(type, wait);
            throw new IllegalStateException("unexpected '" + type + "' event: " + extra.data());
        } catch (AssertionError expected) {
            // none came
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
