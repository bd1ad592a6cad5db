package io.cronkeeper.project;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link ProjectAdmin}: renaming, deleting, rotating and revoking. */
@RegisterConstructorMapper(Project.class)
@RegisterConstructorMapper(ApiKey.class)
public interface ProjectAdminDao {
    @SqlQuery("SELECT * FROM project WHERE uuid = :uuid")
    Optional<Project> byUuid(@Bind("uuid") String uuid);

    @SqlQuery("SELECT * FROM project WHERE id = :id")
    Optional<Project> byId(@Bind("id") long id);

    @SqlUpdate("UPDATE project SET name = :name WHERE id = :id")
    int rename(@Bind("id") long id, @Bind("name") String name);

    /** Checks, their pings and flips, channels and API keys go with it (ON DELETE CASCADE). */
    @SqlUpdate("DELETE FROM project WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("UPDATE project SET ping_key = :pingKey WHERE id = :id")
    int setPingKey(@Bind("id") long id, @Bind("pingKey") String pingKey);

    @SqlQuery("SELECT * FROM api_key WHERE project_id = :projectId ORDER BY id")
    List<ApiKey> apiKeys(@Bind("projectId") long projectId);

    @SqlQuery("SELECT * FROM api_key WHERE id = :id AND project_id = :projectId")
    Optional<ApiKey> apiKey(@Bind("projectId") long projectId, @Bind("id") long id);

    @SqlUpdate("""
        INSERT INTO api_key (project_id, prefix, hash, read_only, name, created)
        VALUES (:projectId, :prefix, :hash, :readOnly, :name, :created)""")
    @GetGeneratedKeys("id")
    long insertApiKey(@Bind("projectId") long projectId, @Bind("prefix") String prefix, @Bind("hash") String hash,
                      @Bind("readOnly") boolean readOnly, @Bind("name") String name, @Bind("created") long created);

    @SqlUpdate("DELETE FROM api_key WHERE id = :id")
    int deleteApiKey(@Bind("id") long id);
}
