package io.cronkeeper.project;

import io.cronkeeper.store.Micros;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * What the admin app changes about projects: creating them (with a ping key, without API keys),
 * renaming, deleting, rotating the ping key, and making and revoking API keys.
 */
public final class ProjectAdmin {
    private final Jdbi jdbi;
    private final KeyHasher hasher;
    private final Clock clock;

    public ProjectAdmin(Jdbi jdbi, KeyHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** A new API key; {@code secret} exists only in this value, the database keeps a hash. */
    public record NewApiKey(ApiKey key, String secret) {
    }

    /**
     * API keys are made on purpose, one at a time, so that each can be named after the script
     * that uses it and revoked alone.
     */
    public Project create(String name) {
        return jdbi.inTransaction(h -> {
            long id = h.attach(ProjectDao.class).insertProject(UUID.randomUUID().toString(), name, Tokens.pingKey(),
                UUID.randomUUID().toString(), Micros.of(clock.instant()));
            return h.attach(ProjectAdminDao.class).byId(id).orElseThrow();
        });
    }

    public List<Project> list() {
        return jdbi.withExtension(ProjectDao.class, ProjectDao::listProjects);
    }

    public Optional<Project> byId(long id) {
        return jdbi.withExtension(ProjectAdminDao.class, dao -> dao.byId(id));
    }

    public Optional<Project> byUuid(String uuid) {
        return jdbi.withExtension(ProjectAdminDao.class, dao -> dao.byUuid(uuid));
    }

    public Optional<Project> rename(Project project, String name) {
        return jdbi.inTransaction(h -> {
            ProjectAdminDao dao = h.attach(ProjectAdminDao.class);
            dao.rename(project.id(), name);
            return dao.byId(project.id());
        });
    }

    /** Returns whether the project still existed. */
    public boolean delete(Project project) {
        return jdbi.withExtension(ProjectAdminDao.class, dao -> dao.delete(project.id()) > 0);
    }

    /** A new ping key; slug URLs made with the old one stop working at once. */
    public Optional<Project> rotatePingKey(Project project) {
        return jdbi.inTransaction(h -> {
            ProjectAdminDao dao = h.attach(ProjectAdminDao.class);
            dao.setPingKey(project.id(), Tokens.pingKey());
            return dao.byId(project.id());
        });
    }

    public List<ApiKey> apiKeys(Project project) {
        return jdbi.withExtension(ProjectAdminDao.class, dao -> dao.apiKeys(project.id()));
    }

    public NewApiKey createApiKey(Project project, String name, boolean readOnly) {
        String secret = Tokens.apiKey(readOnly);
        return jdbi.inTransaction(h -> {
            ProjectAdminDao dao = h.attach(ProjectAdminDao.class);
            long id = dao.insertApiKey(project.id(), KeyHasher.prefix(secret), hasher.hash(secret), readOnly, name,
                Micros.of(clock.instant()));
            return new NewApiKey(dao.apiKey(project.id(), id).orElseThrow(), secret);
        });
    }

    /** Keys are checked on every request, so a revoked key is refused from the next one on. */
    public Optional<ApiKey> revokeApiKey(Project project, long keyId) {
        return jdbi.inTransaction(h -> {
            ProjectAdminDao dao = h.attach(ProjectAdminDao.class);
            Optional<ApiKey> key = dao.apiKey(project.id(), keyId);
            key.ifPresent(k -> dao.deleteApiKey(k.id()));
            return key;
        });
    }
}
