package io.cronkeeper.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;

/**
 * Helidon's own HTTP errors raised in routing (no such route, a bad query, ...), answered without
 * reading the request body first. Helidon's default reads all of an unread body before answering,
 * without a bound; answered here, what is left is skipped by Helidon after the answer, which the
 * {@link RequestFramer} bounds (see issue 14, item 5).
 */
public final class HttpErrors {
    private static final System.Logger LOG = System.getLogger(HttpErrors.class.getName());

    private HttpErrors() {
    }

    public static void handle(ServerRequest req, ServerResponse res, HttpException e) {
        int code = e.status().code();
        if (code >= 500) {
            // req.path() is null when no route matched; the prologue always has the path
            LOG.log(Level.ERROR, "server error " + code + ": " + req.prologue().method().text() + " "
                + RequestLog.redact(req.prologue().uriPath().rawPath()), e);
        }
        res.status(e.status()).header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        if (!e.keepAlive()) {
            res.header(HeaderValues.CONNECTION_CLOSE);
        }
        res.send(code >= 500 ? "internal server error\n" : e.getMessage() + "\n");
    }
}
