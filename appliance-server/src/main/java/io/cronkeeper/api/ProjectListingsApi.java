package io.cronkeeper.api;

import io.cronkeeper.badge.BadgeUrls;
import io.cronkeeper.check.Check;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code channels/} (read-write keys) and {@code badges/} (any key), for the key's project only (§4.8). */
final class ProjectListingsApi {
    private final ApiContext ctx;

    ProjectListingsApi(ApiContext ctx) {
        this.ctx = ctx;
    }

    void channels(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, true);
        var list = ctx.deps.channels().byProject(grant.projectId()).stream()
            .map(ch -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("id", ch.uuid());
                m.put("name", ch.name());
                m.put("kind", ch.kind());
                return m;
            })
            .toList();
        Json.send(res, Map.of("channels", list));
    }

    /** One entry per tag used by the project's checks, plus {@code "*"} for all of them. */
    void badges(ServerRequest req, ServerResponse res) {
        Grant grant = ctx.auth.require(req, false);
        Project project = ctx.deps.projects().byId(grant.projectId()).orElseThrow(ApiException.NotFound::new);
        List<Check> checks = ctx.deps.checks().list(grant.projectId(), List.of(), Optional.empty());
        Json.send(res, Map.of("badges", BadgeUrls.of(project, checks, ctx.deps.badgeSecret(), ctx.deps.siteRoot())));
    }
}
