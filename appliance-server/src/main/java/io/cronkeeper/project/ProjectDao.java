package io.cronkeeper.project;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Project.class)
@RegisterConstructorMapper(ApiKey.class)
public interface ProjectDao {
    @SqlUpdate("""
        INSERT INTO project (uuid, name, ping_key, badge_key, created)
        VALUES (:uuid, :name, :pingKey, :badgeKey, :created)""")
    @GetGeneratedKeys("id")
    long insertProject(@Bind("uuid") String uuid, @Bind("name") String name, @Bind("pingKey") String pingKey,
                       @Bind("badgeKey") String badgeKey, @Bind("created") long created);

    @SqlQuery("SELECT * FROM project ORDER BY id")
    List<Project> listProjects();

    @SqlQuery("SELECT * FROM project WHERE id = :id")
    Optional<Project> projectById(@Bind("id") long id);

    @SqlQuery("SELECT * FROM project WHERE uuid = :uuid")
    Optional<Project> projectByUuid(@Bind("uuid") String uuid);

    @SqlQuery("SELECT * FROM project WHERE badge_key = :badgeKey")
    Optional<Project> projectByBadgeKey(@Bind("badgeKey") String badgeKey);

    @SqlQuery("SELECT * FROM project WHERE ping_key = :pingKey")
    Optional<Project> projectByPingKey(@Bind("pingKey") String pingKey);

    @SqlQuery("SELECT count(*) FROM project")
    int countProjects();

    @SqlUpdate("""
        INSERT INTO api_key (project_id, prefix, hash, read_only, name, created)
        VALUES (:projectId, :prefix, :hash, :readOnly, :name, :created)""")
    void insertApiKey(@Bind("projectId") long projectId, @Bind("prefix") String prefix, @Bind("hash") String hash,
                      @Bind("readOnly") boolean readOnly, @Bind("name") String name, @Bind("created") long created);

    @SqlQuery("SELECT * FROM api_key WHERE prefix = :prefix")
    List<ApiKey> apiKeysByPrefix(@Bind("prefix") String prefix);
}
