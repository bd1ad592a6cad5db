package io.cronkeeper.ping;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StoredPing.class)
public interface PingDao {
    @SqlUpdate("""
        INSERT INTO ping (check_id, n, created, kind, scheme, remote_addr, method, ua, body, exitstatus, rid)
        VALUES (:checkId, :n, :created, :kind, :scheme, :remoteAddr, :method, :ua, :body, :exitstatus, :rid)""")
    void insert(@Bind("checkId") long checkId, @Bind("n") long n, @Bind("created") long created,
                @Bind("kind") String kind, @Bind("scheme") String scheme, @Bind("remoteAddr") String remoteAddr,
                @Bind("method") String method, @Bind("ua") String ua, @Bind("body") byte[] body,
                @Bind("exitstatus") Integer exitstatus, @Bind("rid") String rid);

    @SqlUpdate("""
        INSERT INTO flip (check_id, created, old_status, new_status, reason)
        VALUES (:checkId, :created, :oldStatus, :newStatus, :reason)""")
    void insertFlip(@Bind("checkId") long checkId, @Bind("created") long created, @Bind("oldStatus") String oldStatus,
                    @Bind("newStatus") String newStatus, @Bind("reason") String reason);

    /** Flips are kept as far back as the oldest ping, and at least {@code keepSince}. */
    @SqlUpdate("""
        DELETE FROM flip WHERE check_id = :checkId
          AND created < min(:keepSince, coalesce((SELECT min(created) FROM ping WHERE check_id = :checkId), :keepSince))""")
    void pruneFlips(@Bind("checkId") long checkId, @Bind("keepSince") long keepSince);

    /** Newest first, with bodies: the API computes durations from this window. */
    @SqlQuery("SELECT * FROM ping WHERE check_id = :checkId ORDER BY id DESC LIMIT :limit")
    List<StoredPing> newest(@Bind("checkId") long checkId, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM ping WHERE check_id = :checkId AND n = :n")
    Optional<StoredPing> byNumber(@Bind("checkId") long checkId, @Bind("n") long n);

    @SqlQuery("SELECT count(*) FROM ping WHERE check_id = :checkId")
    long countFor(@Bind("checkId") long checkId);
}
