package io.cronkeeper.admin;

import io.cronkeeper.api.ApiShapes;
import io.cronkeeper.channel.ChannelService;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.StatusRules;
import io.cronkeeper.ping.PingHistory;
import io.cronkeeper.ping.StoredPing;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectAdmin;
import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin check object: everything v3 shows to a read-write key, plus what the desktop app
 * needs to draw a row without asking again (project, status with {@code started}, deadline,
 * slug URL, assigned channels).
 */
final class CheckView {
    private final String siteRoot;
    private final String pingEndpoint;
    private final Clock clock;
    private final ProjectAdmin projects;
    private final ChannelService channels;

    CheckView(String siteRoot, String pingEndpoint, Clock clock, ProjectAdmin projects, ChannelService channels) {
        this.siteRoot = siteRoot;
        this.pingEndpoint = pingEndpoint;
        this.clock = clock;
        this.projects = projects;
        this.channels = channels;
    }

    Map<String, Object> of(Check check) {
        Project project = projects.byId(check.projectId()).orElseThrow(() -> Lookup.gone("check", check.uuid()));
        return of(check, project, clock.instant());
    }

    List<Map<String, Object>> of(List<Check> checks) {
        Map<Long, Project> byId = projects.list().stream().collect(Collectors.toMap(Project::id, Function.identity()));
        Instant now = clock.instant();
        return checks.stream().filter(c -> byId.containsKey(c.projectId()))
            .map(c -> of(c, byId.get(c.projectId()), now)).toList();
    }

    private Map<String, Object> of(Check c, Project project, Instant now) {
        var m = new LinkedHashMap<>(ApiShapes.checkJson(siteRoot, pingEndpoint, c, now,
            String.join(",", channels.uuidsOfCheck(c))));
        m.put("project", project.uuid());
        m.put("status_with_started", StatusRules.status(c, now, true).wire());
        m.put("alert_after", c.alertAfterAt().map(ApiShapes::isoSeconds).orElse(null));
        boolean slugUrl = project.pingKey() != null && !c.slug().isEmpty();
        m.put("ping_url_slug", slugUrl ? pingEndpoint + project.pingKey() + "/" + c.slug() : null);
        m.put("created", ApiShapes.isoSeconds(Micros.toInstant(c.created())));
        return m;
    }

    /** v3's ping object with {@code body_url} pointing into the admin API, plus stored details. */
    Map<String, Object> ping(Check check, PingHistory.Entry entry) {
        var m = new LinkedHashMap<>(ApiShapes.pingJson(entry, checkUrl(check)));
        StoredPing p = entry.ping();
        m.put("kind", p.pingKind().wire());
        m.put("exitstatus", p.exitstatus());
        m.put("body_size", p.bodySize());
        m.put("body_received", p.bodyReceivedSize());
        return m;
    }

    private String checkUrl(Check check) {
        return siteRoot + AdminApi.PATH + "/checks/" + check.uuid();
    }
}
