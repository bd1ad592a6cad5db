package io.cronkeeper.admin;

import io.cronkeeper.events.EventBus;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The live event stream the desktop app listens to instead of polling. */
final class EventRoutes implements HttpService {
    /** nginx buffers responses unless told not to, which would hold events back. */
    private static final HeaderName ACCEL_BUFFERING = HeaderNames.create("X-Accel-Buffering");

    private final EventBus bus;
    private final EventStream stream;

    EventRoutes(EventBus bus, EventStream stream) {
        this.bus = bus;
        this.stream = stream;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/events", Methods.allow().get(this::events));
    }

    private void events(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "text/event-stream")
            .header(HeaderNames.CACHE_CONTROL, "no-cache")
            .header(ACCEL_BUFFERING, "no");
        try (EventBus.Subscription subscription = bus.subscribe(); OutputStream out = res.outputStream()) {
            stream.pump(subscription, out);
        } catch (IOException | UncheckedIOException e) {
            // The client went away: the normal end of a stream.
        } catch (InterruptedException e) {
            // The server is stopping.
            Thread.currentThread().interrupt();
        }
    }
}
