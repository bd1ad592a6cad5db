package io.cronkeeper.metrics;

import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectService;
import io.cronkeeper.project.ProjectService.Grant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Prometheus metrics of one project, for its read-only API keys only. */
public final class MetricsService {
    private final ProjectService projects;
    private final CheckService checks;
    private final Clock clock;

    public MetricsService(ProjectService projects, CheckService checks, Clock clock) {
        this.projects = projects;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * The metrics text, or empty when the key is not a read-only key of this project. An unknown
     * project is refused the same way, so the answer does not tell which project uuids exist.
     */
    Optional<String> scrape(String projectUuid, String readOnlyKey) {
        Optional<Grant> grant = projects.authenticate(readOnlyKey);
        Optional<Project> project = projects.byUuid(projectUuid);
        if (grant.isEmpty() || project.isEmpty() || !grant.get().readOnly()
            || grant.get().projectId() != project.get().id()) {
            return Optional.empty();
        }
        return Optional.of(CheckMetrics.render(checks.list(project.get().id(), List.of(), Optional.empty()),
            clock.instant()));
    }
}
