package io.cronkeeper.admin;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/** The one place admin API errors become responses. */
public final class AdminErrors {
    private AdminErrors() {
    }

    public static void handle(ServerRequest req, ServerResponse res, AdminException e) {
        res.status(Status.create(e.status()));
        if (e.status() == Status.UNAUTHORIZED_401.code()) {
            // RFC 6750: a 401 names the scheme the client should use.
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"cronkeeper-admin\"");
        }
        AdminJson.send(res, Map.of("error", e.getMessage()));
    }
}
