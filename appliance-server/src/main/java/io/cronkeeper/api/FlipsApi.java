package io.cronkeeper.api;

import io.cronkeeper.store.IsoTime;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.Flip;
import io.cronkeeper.project.ProjectService.Grant;
import io.cronkeeper.store.Micros;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code checks/<uuid|unique_key>/flips/}: read-only keys too (reference §4.7). */
final class FlipsApi {
    private final ApiContext ctx;

    FlipsApi(ApiContext ctx) {
        this.ctx = ctx;
    }

    void byUuid(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, false);
        send(req, res, ctx.ownCheckByUuid(req, grant));
    }

    void byUniqueKey(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, false);
        send(req, res, ctx.ownCheckByUniqueKey(req, grant));
    }

    /** The check is found (or refused) before the filters are validated, as in Healthchecks. */
    private void send(ServerRequest req, ServerResponse res, Check check) {
        FlipFilters.Window window = FlipFilters.parse(req.query(), ctx.deps.clock().instant());
        var flips = ctx.deps.checks().flips(check, window.from(), window.until()).stream()
            .map(FlipsApi::toMap)
            .toList();
        Json.send(res, Map.of("flips", flips));
    }

    /** {@code up} is 1 only for a flip to up: flips to paused or new show as 0, as upstream. */
    private static Map<String, Object> toMap(Flip flip) {
        var m = new LinkedHashMap<String, Object>();
        m.put("timestamp", IsoTime.seconds(Micros.toInstant(flip.created())));
        m.put("up", flip.newStatus().equals("up") ? 1 : 0);
        return m;
    }
}
