package io.cronkeeper.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.cronkeeper.check.Check;
import io.cronkeeper.check.CheckService;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectAdmin;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Projects and their ping key. */
final class ProjectRoutes implements HttpService {
    private final ProjectAdmin projects;
    private final CheckService checks;
    private final Lookup lookup;
    private final AdminEvents events;
    private final String pingEndpoint;
    private final Clock clock;

    ProjectRoutes(ProjectAdmin projects, CheckService checks, Lookup lookup, AdminEvents events, String pingEndpoint,
                  Clock clock) {
        this.projects = projects;
        this.checks = checks;
        this.lookup = lookup;
        this.events = events;
        this.pingEndpoint = pingEndpoint;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any("/projects", Methods.allow().get(this::list).post(this::create))
            .any("/projects/{project}", Methods.allow().get(this::show).patch(this::rename).delete(this::delete))
            .any("/projects/{project}/ping-key", Methods.allow().get(this::showPingKey).post(this::rotatePingKey));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Map<Long, List<Check>> byProject = checks.all().stream().collect(Collectors.groupingBy(Check::projectId));
        var list = projects.list().stream()
            .map(p -> AdminJson.project(p, pingEndpoint, byProject.getOrDefault(p.id(), List.of()), clock.instant()))
            .toList();
        AdminJson.send(res, Map.of("projects", list));
    }

    private void create(ServerRequest req, ServerResponse res) throws IOException {
        String name = Requests.name(Requests.body(req));
        Project project = projects.create(name);
        changed(res, Status.CREATED_201, "created", project);
    }

    private void show(ServerRequest req, ServerResponse res) {
        AdminJson.send(res, json(lookup.project(req)));
    }

    private void rename(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = Requests.body(req);
        Project project = lookup.project(req);
        Optional<String> name = Requests.optionalName(body);
        Project renamed = name.isEmpty() ? project
            : projects.rename(project, name.get()).orElseThrow(() -> Lookup.gone("project", project.uuid()));
        changed(res, Status.OK_200, "updated", renamed);
    }

    /** Its checks, their pings and flips, its channels and API keys are deleted with it. */
    private void delete(ServerRequest req, ServerResponse res) {
        Project project = lookup.project(req);
        Map<String, Object> json = json(project);
        if (!projects.delete(project)) {
            throw Lookup.gone("project", project.uuid());
        }
        events.project("deleted", project, json);
        AdminJson.send(res, json);
    }

    private void showPingKey(ServerRequest req, ServerResponse res) {
        AdminJson.send(res, AdminJson.pingKey(lookup.project(req), pingEndpoint));
    }

    /** Creates the key, or replaces it: slug ping URLs with the old key answer 404 from now on. */
    private void rotatePingKey(ServerRequest req, ServerResponse res) throws IOException {
        Requests.body(req);
        Project project = lookup.project(req);
        Project rotated = projects.rotatePingKey(project).orElseThrow(() -> Lookup.gone("project", project.uuid()));
        events.project("updated", rotated, json(rotated));
        AdminJson.send(res, AdminJson.pingKey(rotated, pingEndpoint));
    }

    private void changed(ServerResponse res, Status status, String action, Project project) {
        Map<String, Object> json = json(project);
        events.project(action, project, json);
        res.status(status);
        AdminJson.send(res, json);
    }

    private Map<String, Object> json(Project p) {
        return AdminJson.project(p, pingEndpoint, checks.list(p.id(), List.of(), Optional.empty()), clock.instant());
    }
}
