package io.cronkeeper.hcimport;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The writes of an import that the features' own DAOs do not offer. */
interface ImportDao {
    /** Keeps Healthchecks' id as the UUID, so the checks' {@code channels} fields stay the same. */
    @SqlUpdate("""
        INSERT INTO channel (uuid, project_id, name, kind, config, created, needs_settings)
        VALUES (:uuid, :projectId, :name, :kind, '{}', :created, 1)""")
    void insertChannelNeedingSettings(@Bind("uuid") String uuid, @Bind("projectId") long projectId,
                                      @Bind("name") String name, @Bind("kind") String kind, @Bind("created") long created);

    @SqlUpdate("UPDATE check_ SET status = 'paused' WHERE id = :id")
    void markPaused(@Bind("id") long id);

    /** New pings continue the numbering after the imported ones, as they would have there. */
    @SqlUpdate("UPDATE check_ SET n_pings = CASE WHEN n_pings > :n THEN n_pings ELSE :n END WHERE id = :id")
    void raisePingCount(@Bind("id") long id, @Bind("n") long n);

    @SqlUpdate("""
        INSERT INTO ping (check_id, n, created, kind, scheme, remote_addr, method, ua, body, rid)
        VALUES (:checkId, :n, :created, :kind, :scheme, :remoteAddr, :method, :ua, :body, :rid)
        ON CONFLICT DO NOTHING""")
    int insertPing(@Bind("checkId") long checkId, @Bind("n") long n, @Bind("created") long created,
                   @Bind("kind") String kind, @Bind("scheme") String scheme, @Bind("remoteAddr") String remoteAddr,
                   @Bind("method") String method, @Bind("ua") String ua, @Bind("body") byte[] body,
                   @Bind("rid") String rid);

    @SqlQuery("SELECT count(*) FROM flip WHERE check_id = :checkId AND created = :created AND new_status = :newStatus")
    int countFlips(@Bind("checkId") long checkId, @Bind("created") long created, @Bind("newStatus") String newStatus);

    /** Stored as processed: history never notifies. */
    @SqlUpdate("""
        INSERT INTO flip (check_id, created, old_status, new_status, reason, processed)
        VALUES (:checkId, :created, :oldStatus, :newStatus, '', :created)""")
    void insertFlip(@Bind("checkId") long checkId, @Bind("created") long created, @Bind("oldStatus") String oldStatus,
                    @Bind("newStatus") String newStatus);
}
