package io.cronkeeper.admin;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One admin path and the methods it allows, e.g. {@code allow().get(this::list).post(this::create)}:
 * OPTIONS lists them in {@code Allow}, any other method is a 405.
 */
final class Methods implements Handler {
    private final Map<String, Handler> byMethod = new LinkedHashMap<>();

    private Methods() {
    }

    static Methods allow() {
        return new Methods();
    }

    Methods get(Handler handler) {
        return and("GET", handler);
    }

    Methods post(Handler handler) {
        return and("POST", handler);
    }

    Methods put(Handler handler) {
        return and("PUT", handler);
    }

    Methods patch(Handler handler) {
        return and("PATCH", handler);
    }

    Methods delete(Handler handler) {
        return and("DELETE", handler);
    }

    private Methods and(String method, Handler handler) {
        byMethod.put(method, handler);
        return this;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) throws Exception {
        String method = req.prologue().method().text();
        String allowed = String.join(", ", byMethod.keySet()) + ", OPTIONS";
        if (method.equals("OPTIONS")) {
            res.status(Status.NO_CONTENT_204).header(HeaderNames.ALLOW, allowed).send();
            return;
        }
        Handler handler = byMethod.get(method);
        if (handler == null) {
            res.header(HeaderNames.ALLOW, allowed);
            throw AdminException.methodNotAllowed("method " + method + " is not allowed here; allowed: " + allowed);
        }
        handler.handle(req, res);
    }
}
