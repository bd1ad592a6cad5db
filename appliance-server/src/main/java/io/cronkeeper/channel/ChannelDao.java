package io.cronkeeper.channel;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(Channel.class)
public interface ChannelDao {
    @SqlQuery("SELECT * FROM channel WHERE project_id = :projectId ORDER BY id")
    List<Channel> byProject(@Bind("projectId") long projectId);

    @SqlQuery("SELECT * FROM channel ORDER BY id")
    List<Channel> all();

    @SqlQuery("SELECT * FROM channel WHERE uuid = :uuid")
    Optional<Channel> byUuid(@Bind("uuid") String uuid);

    @SqlQuery("SELECT * FROM channel WHERE id = :id")
    Optional<Channel> byId(@Bind("id") long id);

    @SqlUpdate("""
        INSERT INTO channel (uuid, project_id, name, kind, config, created)
        VALUES (:uuid, :projectId, :name, :kind, :config, :created)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("uuid") String uuid, @Bind("projectId") long projectId, @Bind("name") String name,
                @Bind("kind") String kind, @Bind("config") String config, @Bind("created") long created);

    /** A config that differs from the stored one was validated for its kind: the channel is complete now. */
    @SqlUpdate("""
        UPDATE channel SET name = :name, config = :config,
            needs_settings = CASE WHEN config = :config THEN needs_settings ELSE 0 END
        WHERE id = :id""")
    void update(@Bind("id") long id, @Bind("name") String name, @Bind("config") String config);

    @SqlUpdate("DELETE FROM channel WHERE id = :id")
    void delete(@Bind("id") long id);

    /** The check's channel UUIDs, sorted, as the API's {@code channels} field lists them. */
    @SqlQuery("""
        SELECT ch.uuid FROM channel ch JOIN check_channel cc ON cc.channel_id = ch.id
        WHERE cc.check_id = :checkId ORDER BY ch.uuid""")
    List<String> uuidsOfCheck(@Bind("checkId") long checkId);

    /** Every assignment in a project, for listing many checks with one query. */
    @SqlQuery("""
        SELECT cc.check_id, ch.uuid FROM channel ch JOIN check_channel cc ON cc.channel_id = ch.id
        WHERE ch.project_id = :projectId ORDER BY cc.check_id, ch.uuid""")
    @RegisterConstructorMapper(Assignment.class)
    List<Assignment> assignmentsOfProject(@Bind("projectId") long projectId);

    /** One check-to-channel assignment, by the channel's UUID. */
    record Assignment(long checkId, String uuid) {
    }

    @SqlQuery("""
        SELECT ch.* FROM channel ch JOIN check_channel cc ON cc.channel_id = ch.id
        WHERE cc.check_id = :checkId ORDER BY ch.id""")
    List<Channel> ofCheck(@Bind("checkId") long checkId);

    @SqlQuery("SELECT check_id FROM check_channel WHERE channel_id = :channelId ORDER BY check_id")
    List<Long> checkIdsOf(@Bind("channelId") long channelId);

    @SqlUpdate("DELETE FROM check_channel WHERE check_id = :checkId")
    void clearCheck(@Bind("checkId") long checkId);

    @SqlUpdate("INSERT INTO check_channel (check_id, channel_id) VALUES (:checkId, :channelId) ON CONFLICT DO NOTHING")
    void assign(@Bind("checkId") long checkId, @Bind("channelId") long channelId);

    @SqlUpdate("DELETE FROM check_channel WHERE check_id = :checkId AND channel_id = :channelId")
    void unassign(@Bind("checkId") long checkId, @Bind("channelId") long channelId);

    @SqlUpdate("INSERT INTO check_channel (check_id, channel_id) SELECT :checkId, id FROM channel WHERE project_id = :projectId ON CONFLICT DO NOTHING")
    void assignAllOfProject(@Bind("checkId") long checkId, @Bind("projectId") long projectId);

    /** The checks of the project that do not alert the channel yet. */
    @SqlQuery("""
        SELECT id FROM check_ WHERE project_id = :projectId
        AND id NOT IN (SELECT check_id FROM check_channel WHERE channel_id = :channelId) ORDER BY id""")
    List<Long> checksWithout(@Bind("channelId") long channelId, @Bind("projectId") long projectId);

    @SqlUpdate("INSERT INTO check_channel (check_id, channel_id) SELECT id, :channelId FROM check_ WHERE project_id = :projectId ON CONFLICT DO NOTHING")
    void assignToAllChecks(@Bind("channelId") long channelId, @Bind("projectId") long projectId);

    /** Replaces a check's assignments. */
    @Transaction
    default void setForCheck(long checkId, List<Long> channelIds) {
        clearCheck(checkId);
        channelIds.forEach(id -> assign(checkId, id));
    }

    @SqlQuery("SELECT count(*) FROM channel WHERE id IN (<ids>)")
    int countIds(@BindList("ids") List<Long> ids);
}
