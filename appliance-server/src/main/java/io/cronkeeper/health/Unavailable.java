package io.cronkeeper.health;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The answer when the server cannot take a request now (the database cannot write, or no room is
 * left in the body budget): {@code 503} with {@code Retry-After}, never a {@code 500}, so clients
 * such as {@code curl --retry} try again. API paths get the APIs' {@code {"error": …}} shape.
 */
public final class Unavailable {
    public static final String RETRY_AFTER_SECONDS = "5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Unavailable() {
    }

    public static void send(ServerRequest req, ServerResponse res, String message) {
        res.status(Status.SERVICE_UNAVAILABLE_503).header(HeaderNames.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (req.path().absolute().path().contains("/api/")) {
            byte[] json;
            try {
                json = JSON.writeValueAsBytes(Map.of("error", message));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            res.header(HeaderNames.CONTENT_TYPE, "application/json").send(json);
        } else {
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8").send(message);
        }
    }

    /** For a failure from the database: the message SQLite gave, e.g. "database or disk is full". */
    public static void store(ServerRequest req, ServerResponse res, Throwable e) {
        send(req, res, "the database cannot write right now (" + StoreErrors.describe(e) + "); try again shortly");
    }
}
