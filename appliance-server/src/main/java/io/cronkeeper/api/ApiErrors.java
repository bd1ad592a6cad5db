package io.cronkeeper.api;

import io.cronkeeper.http.RequestLog;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.util.Map;

/** The one place API errors become responses. Unknown failures are a bare 500. */
public final class ApiErrors {
    private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());

    private ApiErrors() {
    }

    public static void handle(ServerRequest req, ServerResponse res, ApiException e) {
        res.status(Status.create(e.status()));
        Cors.addHeaders(req, res);
        switch (e) {
            case ApiException.BadRequest b -> Json.send(res, Map.of("error", b.getMessage()));
            case ApiException.Unauthorized u -> Json.send(res, Map.of("error", u.getMessage()));
            case ApiException.PayloadTooLarge p -> Json.send(res, Map.of("error", p.getMessage()));
            case ApiException.Conflict c -> res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .send(c.getMessage());
            default -> res.send();
        }
    }

    public static void internal(ServerRequest req, ServerResponse res, Throwable e) {
        // The path may hold a ping key or check UUID: those stay out of the journal (issue 14).
        LOG.log(Level.ERROR, "request failed: " + req.prologue().method().text() + " "
            + RequestLog.redact(req.prologue().uriPath().rawPath()), e);
        res.status(Status.INTERNAL_SERVER_ERROR_500)
            .header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
            .send("internal server error");
    }
}
