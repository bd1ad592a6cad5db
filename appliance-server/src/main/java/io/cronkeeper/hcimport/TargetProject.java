package io.cronkeeper.hcimport;

import io.cronkeeper.project.ProjectAdminDao;
import io.cronkeeper.check.Check;
import io.cronkeeper.project.Project;
import io.cronkeeper.project.ProjectDao;
import io.cronkeeper.project.Tokens;
import io.cronkeeper.store.Micros;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Which project the checks go to: the one named by {@code --project}, else the one that holds them
 * from an earlier run, else a new one named after the instance. A check that is here already in
 * another project is refused: moving it would silently take it from that project.
 */
final class TargetProject {
    private static final Pattern PING_KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private TargetProject() {
    }

    record Chosen(Project project, boolean created) {
    }

    static Chosen choose(Handle h, String wanted, String host, Map<String, Check> existing, String pingKey,
                         Instant now) {
        ProjectDao dao = h.attach(ProjectDao.class);
        List<Project> projects = dao.listProjects();
        Map<Long, Project> byId = projects.stream().collect(Collectors.toMap(Project::id, p -> p));
        String name = wanted.strip();
        if (name.isEmpty()) {
            List<Long> holding = existing.values().stream().map(Check::projectId).distinct().toList();
            if (holding.size() > 1) {
                throw new HcImportException(HcImportException.Reason.CONFLICT, "the checks are here already, spread over projects "
                    + names(holding.stream().map(byId::get).toList()) + "; pass --project to say which one to update");
            }
            name = holding.isEmpty() ? "Healthchecks (" + host + ")" : byId.get(holding.getFirst()).name();
        }
        String target = name;
        Project project = projects.stream().filter(p -> p.name().equals(target)).findFirst().orElse(null);
        for (Check c : existing.values()) {
            if (project == null || c.projectId() != project.id()) {
                throw new HcImportException(HcImportException.Reason.CONFLICT, "check " + c.uuid() + " (" + ImportReport.display(c.name())
                    + ") already exists here in project \"" + byId.get(c.projectId()).name() + "\"; import into that "
                    + "project (--project \"" + byId.get(c.projectId()).name() + "\") or delete the check there first");
            }
        }
        if (!pingKey.isEmpty()) {
            if (!PING_KEY.matcher(pingKey).matches()) {
                throw new HcImportException(HcImportException.Reason.INPUT, "the ping key must be letters, digits, - and _, as Healthchecks shows it");
            }
            dao.projectByPingKey(pingKey).filter(p -> project == null || p.id() != project.id()).ifPresent(p -> {
                throw new HcImportException(HcImportException.Reason.CONFLICT, "ping key " + pingKey + " is already the ping key of project \""
                    + p.name() + "\" here; slug URLs must name one project");
            });
        }
        if (project != null) {
            if (!pingKey.isEmpty()) {
                h.attach(ProjectAdminDao.class).setPingKey(project.id(), pingKey);
            }
            return new Chosen(dao.projectById(project.id()).orElseThrow(), false);
        }
        long id = dao.insertProject(UUID.randomUUID().toString(), name, pingKey.isEmpty() ? Tokens.pingKey() : pingKey,
            UUID.randomUUID().toString(), Micros.of(now));
        return new Chosen(dao.projectById(id).orElseThrow(), true);
    }

    private static String names(Collection<Project> projects) {
        return projects.stream().map(p -> "\"" + p.name() + "\"").collect(Collectors.joining(", "));
    }
}
