package io.cronkeeper.api;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One API path and the methods it allows: {@code OPTIONS} is a preflight without auth, other
 * methods are 405, and every answer carries the CORS headers (reference §4.3).
 */
final class MethodRouter implements Handler {
    private final Map<String, Handler> byMethod = new LinkedHashMap<>();

    private MethodRouter() {
    }

    static MethodRouter get(Handler handler) {
        return new MethodRouter().with("GET", handler);
    }

    static MethodRouter post(Handler handler) {
        return new MethodRouter().with("POST", handler);
    }

    MethodRouter andPost(Handler handler) {
        return with("POST", handler);
    }

    MethodRouter andDelete(Handler handler) {
        return with("DELETE", handler);
    }

    private MethodRouter with(String method, Handler handler) {
        byMethod.put(method, handler);
        return this;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) throws Exception {
        Cors.allow(req, byMethod.keySet());
        String method = req.prologue().method().text();
        if (method.equals("OPTIONS")) {
            Cors.preflight(req, res);
            return;
        }
        Handler handler = byMethod.get(method);
        if (handler == null) {
            throw new ApiException.MethodNotAllowed();
        }
        Cors.addHeaders(req, res);
        handler.handle(req, res);
    }
}
