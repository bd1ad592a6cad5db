package io.cronkeeper.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cronkeeper.api.Json;
import io.cronkeeper.events.Event;
import io.cronkeeper.events.EventBus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Writes a subscription as Server-Sent Events until the client goes away (a write fails:
 * {@link IOException}) or the thread is interrupted ({@link InterruptedException}). A comment line after each quiet {@code heartbeat} keeps proxies from
 * closing the connection and finds dead clients, whose writes then fail.
 */
final class EventStream {
    /** How long a client waits before reconnecting, in milliseconds. */
    static final int RETRY_MILLIS = 5000;
    private final Function<Event, Map<String, Object>> render;
    private final Duration heartbeat;

    EventStream(Function<Event, Map<String, Object>> render, Duration heartbeat) {
        this.render = render;
        this.heartbeat = heartbeat;
    }

    void pump(EventBus.Subscription subscription, OutputStream out) throws IOException, InterruptedException {
        // Sent at once so the client sees the response (and its headers) before the first event.
        send(out, "retry: " + RETRY_MILLIS + "\n\n");
        long id = 0;
        // Ends only by exception: a failed write, or poll() seeing the thread interrupted.
        while (true) {
            Optional<String> missed = subscription.takeMissed();
            if (missed.isPresent()) {
                send(out, frame(++id, "overflow", json(Map.of("reason", missed.get()))));
            }
            Event event = subscription.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            if (event != null) {
                send(out, frame(++id, event.type(), json(render.apply(event))));
            } else if (!subscription.missedPending()) {
                send(out, ": heartbeat\n\n");
            }
        }
    }

    /** Jackson escapes line breaks inside strings, so the JSON always fits one {@code data:} line. */
    private static String frame(long id, String type, String data) {
        return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }

    private static String json(Map<String, Object> data) {
        try {
            return Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
