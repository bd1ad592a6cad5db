package io.cronkeeper.api;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import java.util.regex.Pattern;

/**
 * The {@code <code>} segment of check paths, matched as Django's URL converters match it: a
 * lower-case UUID, or where a route allows it a 40-character unique key. Anything else is not a
 * route at all, so it is a 404 before methods or keys are looked at.
 */
final class CheckRoutes {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern UNIQUE_KEY = Pattern.compile("[A-Za-z0-9]{40}");

    private CheckRoutes() {
    }

    static Handler byUuid(Handler uuidRoute) {
        return (req, res) -> {
            if (!isUuid(code(req))) {
                throw new ApiException.NotFound();
            }
            uuidRoute.handle(req, res);
        };
    }

    /** A path served for both forms, each with its own allowed methods. */
    static Handler byUuidOrUniqueKey(Handler uuidRoute, Handler uniqueKeyRoute) {
        return (req, res) -> {
            String code = code(req);
            if (isUuid(code)) {
                uuidRoute.handle(req, res);
            } else if (UNIQUE_KEY.matcher(code).matches()) {
                uniqueKeyRoute.handle(req, res);
            } else {
                throw new ApiException.NotFound();
            }
        };
    }

    static String code(ServerRequest req) {
        return req.path().pathParameters().get("code");
    }

    private static boolean isUuid(String code) {
        return UUID.matcher(code).matches();
    }
}
