package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.TestServer;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads {@code GET /events} line by line on its own thread; tests wait for frames with a timeout. */
final class SseClient implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 10;

    /** One event of the stream. */
    record Frame(String id, String event, JsonNode data) {
    }

    final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    SseClient(AdminClient admin) throws Exception {
        this.response = admin.server.client()
            .sendAsync(admin.request("/events").GET().build(), HttpResponse.BodyHandlers.ofLines())
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Thread.ofPlatform().daemon().name("sse-reader").start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // close() ends the stream under the reader.
            }
        });
    }

    /** The next line, comments and {@code retry:} included. */
    String nextLine() throws InterruptedException {
        String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line from the event stream within " + TIMEOUT_SECONDS + " s");
        }
        return line;
    }

    /** The next event frame, skipping comments and the {@code retry:} hint. */
    Frame next() throws InterruptedException {
        String id = null;
        String event = null;
        String data = null;
        while (true) {
            String line = nextLine();
            if (line.isEmpty()) {
                if (event != null) {
                    return new Frame(id, event, TestServer.json(data));
                }
                continue;
            }
            if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            }
        }
    }

    /** The next frame of the given type; others (e.g. from other tests' changes) are skipped. */
    Frame next(String type) throws InterruptedException {
        Frame f = next();
        while (!f.event().equals(type)) {
            f = next();
        }
        return f;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
