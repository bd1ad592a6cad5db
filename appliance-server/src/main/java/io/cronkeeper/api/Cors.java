package io.cronkeeper.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;

/** CORS for the API as Healthchecks' decorator does it: every response, preflight without auth. */
final class Cors {
    private static final String ALLOWED = "cors.allowed";

    private Cors() {
    }

    /** Marks the request with the methods its route allows; used by the headers and the 405. */
    static void allow(ServerRequest req, Set<String> methods) {
        req.context().register(ALLOWED, String.join(", ", methods) + ", OPTIONS");
    }

    static void addHeaders(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "X-Api-Key")
            .header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS,
                req.context().get(ALLOWED, String.class).orElse("GET, POST, DELETE, OPTIONS"))
            .header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
    }

    static void preflight(ServerRequest req, ServerResponse res) {
        addHeaders(req, res);
        res.status(Status.NO_CONTENT_204).send();
    }
}
