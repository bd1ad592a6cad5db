package io.cronkeeper.api;

import io.cronkeeper.check.Check;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/** {@code checks/<uuid>/pings/} and a ping's body: read-write keys only (reference §4.6). */
final class PingsApi {
    private final ApiContext ctx;

    PingsApi(ApiContext ctx) {
        this.ctx = ctx;
    }

    void list(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, true);
        Check check = ctx.ownCheckByUuid(req, grant);
        String checkUrl = ctx.checkUrl(check);
        var list = ctx.deps.pings().list(check).stream().map(e -> PingJson.toMap(e, checkUrl)).toList();
        Json.send(res, Map.of("pings", list));
    }

    void body(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, true);
        Check check = ctx.ownCheckByUuid(req, grant);
        String raw = req.path().pathParameters().get("n");
        // Django's <int:n> is [0-9]+; anything longer than a long matches no stored ping either.
        if (!raw.matches("[0-9]{1,18}")) {
            throw new ApiException.NotFound();
        }
        long n = Long.parseLong(raw);
        byte[] body = ctx.deps.pings().body(check, n).orElseThrow(ApiException.NotFound::new);
        res.header(HeaderNames.CONTENT_TYPE, "text/plain").send(body);
    }
}
