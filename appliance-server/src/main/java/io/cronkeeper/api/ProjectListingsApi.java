package io.cronkeeper.api;

import io.cronkeeper.badge.BadgeSigner;
import io.cronkeeper.check.Check;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectService.Grant;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code channels/} (read-write keys) and {@code badges/} (any key), for the key's project only (§4.8). */
final class ProjectListingsApi {
    private static final List<String> FORMATS = List.of("svg", "json", "shields");

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
        var tags = new TreeSet<String>();
        tags.add("*");
        for (Check check : ctx.deps.checks().list(grant.projectId(), List.of(), Optional.empty())) {
            for (String tag : check.tags().split(" ")) {
                // Python's str.strip(): a tag never carries surrounding whitespace.
                if (!tag.strip().isEmpty()) {
                    tags.add(tag.strip());
                }
            }
        }
        var badges = new TreeMap<String, Object>();
        for (String tag : tags) {
            var urls = new LinkedHashMap<String, String>();
            for (String format : FORMATS) {
                urls.put(format, url(project, tag, true, format));
                urls.put(format + "3", url(project, tag, false, format));
            }
            badges.put(tag, urls);
        }
        Json.send(res, Map.of("badges", badges));
    }

    private String url(Project project, String tag, boolean twoState, String format) {
        return BadgeSigner.url(ctx.deps.badgeSecret(), ctx.deps.siteRoot(), project.badgeKey(), tag, twoState, format);
    }
}
