package io.cronkeeper.project;

import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Creating projects with their keys, and resolving API keys back to projects. */
public final class ProjectService {
    private final Jdbi jdbi;
    private final KeyHasher hasher;
    private final Clock clock;

    public ProjectService(Jdbi jdbi, KeyHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The project and its freshly made secrets: the only time the API keys are visible. */
    public record CreatedProject(String uuid, String name, String pingKey, String apiKey, String apiKeyReadonly) {
    }

    /** What a valid API key grants. */
    public record Grant(long projectId, boolean readOnly) {
    }

    public CreatedProject create(String name) {
        String rw = Tokens.apiKey(false);
        String ro = Tokens.apiKey(true);
        String uuid = UUID.randomUUID().toString();
        String pingKey = Tokens.pingKey();
        long now = Micros.of(clock.instant());
        jdbi.useTransaction(h -> {
            ProjectDao dao = h.attach(ProjectDao.class);
            long id = dao.insertProject(uuid, name, pingKey, UUID.randomUUID().toString(), now);
            dao.insertApiKey(id, KeyHasher.prefix(rw), hasher.hash(rw), false, "default", now);
            dao.insertApiKey(id, KeyHasher.prefix(ro), hasher.hash(ro), true, "default (read-only)", now);
        });
        return new CreatedProject(uuid, name, pingKey, rw, ro);
    }

    /** On an empty database: project {@code Default} with a ping key. Returns whether it was made. */
    public boolean ensureDefaultProject() {
        return jdbi.inTransaction(h -> {
            ProjectDao dao = h.attach(ProjectDao.class);
            if (dao.countProjects() > 0) {
                return false;
            }
            dao.insertProject(UUID.randomUUID().toString(), "Default", Tokens.pingKey(),
                UUID.randomUUID().toString(), Micros.of(clock.instant()));
            return true;
        });
    }

    public List<Project> list() {
        return jdbi.withExtension(ProjectDao.class, ProjectDao::listProjects);
    }

    public Optional<Project> byId(long id) {
        return jdbi.withExtension(ProjectDao.class, dao -> dao.projectById(id));
    }

    public Optional<Project> byUuid(String uuid) {
        return jdbi.withExtension(ProjectDao.class, dao -> dao.projectByUuid(uuid));
    }

    public Optional<Project> byBadgeKey(String badgeKey) {
        return jdbi.withExtension(ProjectDao.class, dao -> dao.projectByBadgeKey(badgeKey));
    }

    /** Looks the key up by its prefix and compares hashes in constant time. */
    public Optional<Grant> authenticate(String key) {
        List<ApiKey> candidates = jdbi.withExtension(ProjectDao.class, dao -> dao.apiKeysByPrefix(KeyHasher.prefix(key)));
        Grant found = null;
        for (ApiKey candidate : candidates) {
            if (hasher.matches(key, candidate.hash()) && found == null) {
                found = new Grant(candidate.projectId(), candidate.readOnly());
            }
        }
        return Optional.ofNullable(found);
    }
}
