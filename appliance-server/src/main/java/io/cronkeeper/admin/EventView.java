package io.cronkeeper.admin;

import io.cronkeeper.check.CheckService;
import io.cronkeeper.events.Event;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectAdmin;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An event as the stream sends it: its data, plus the project's UUID and, for an event about a
 * check, its UUID and the check object as it is now. So a {@code ping} or {@code flip} event published with
 * only the ping's or flip's facts still lets the app redraw the check's row (status, last ping,
 * next ping) without asking.
 */
final class EventView {
    private static final System.Logger LOG = System.getLogger(EventView.class.getName());

    private final ProjectAdmin projects;
    private final CheckService checks;
    private final CheckView checkView;
    /** Project UUIDs never change; most events would otherwise cost a query for them. */
    private final Map<Long, String> projectUuids = new ConcurrentHashMap<>();

    EventView(ProjectAdmin projects, CheckService checks, CheckView checkView) {
        this.projects = projects;
        this.checks = checks;
        this.checkView = checkView;
    }

    Map<String, Object> render(Event event) {
        var m = new LinkedHashMap<String, Object>();
        if (!event.data().containsKey("project")) {
            projectUuid(event.projectId()).ifPresent(uuid -> m.put("project", uuid));
        }
        if (event.checkUuid() != null) {
            // Kept even when the check object is there: a deleted check has none to add.
            m.put("check_uuid", event.checkUuid());
        }
        m.putAll(event.data());
        if (event.checkUuid() != null && !(m.get("check") instanceof Map)) {
            currentCheck(event.checkUuid()).ifPresent(c -> m.put("check", c));
        }
        return m;
    }

    private Optional<String> projectUuid(long projectId) {
        String cached = projectUuids.get(projectId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> uuid = projects.byId(projectId).map(Project::uuid);
        uuid.ifPresent(u -> projectUuids.put(projectId, u));
        return uuid;
    }

    /** Best effort: a check deleted meanwhile is announced by its own event. */
    private Optional<Map<String, Object>> currentCheck(String uuid) {
        try {
            return checks.byUuid(uuid).map(checkView::of);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event for check " + uuid + " sent without its current state", e);
            return Optional.empty();
        }
    }
}
