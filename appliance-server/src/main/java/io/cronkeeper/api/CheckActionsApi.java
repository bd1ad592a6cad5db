package io.cronkeeper.api;

import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;

/** {@code checks/<uuid>/pause} and {@code /resume} (reference §3.5). */
final class CheckActionsApi {
    private final ApiContext ctx;
    private final CheckService checks;

    CheckActionsApi(ApiContext ctx) {
        this.ctx = ctx;
        this.checks = ctx.deps.checks();
    }

    /** Pausing a paused check changes nothing and still answers 200. */
    void pause(ServerRequest req, ServerResponse res) throws IOException {
        Grant grant = ctx.auth.requirePost(req, true).grant();
        Check check = ctx.ownCheckByUuid(req, grant);
        Check paused = checks.pause(check).orElseThrow(ApiException.NotFound::new);
        ctx.announce(paused, "paused");
        Json.send(res, ctx.view(paused, grant));
    }

    void resume(ServerRequest req, ServerResponse res) throws IOException {
        Grant grant = ctx.auth.requirePost(req, true).grant();
        Check check = ctx.ownCheckByUuid(req, grant);
        Check resumed;
        try {
            resumed = checks.resume(check).orElseThrow(ApiException.NotFound::new);
        } catch (CheckService.NotPaused e) {
            throw new ApiException.Conflict("check is not paused");
        }
        ctx.announce(resumed, "resumed");
        Json.send(res, ctx.view(resumed, grant));
    }
}
