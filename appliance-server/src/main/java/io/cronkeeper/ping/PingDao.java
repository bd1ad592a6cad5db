package io.cronkeeper.ping;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(StoredPing.class)
public interface PingDao {
    /** Newest first, with bodies: the API computes durations from this window. */
    @SqlQuery("SELECT * FROM ping WHERE check_id = :checkId ORDER BY id DESC LIMIT :limit")
    List<StoredPing> newest(@Bind("checkId") long checkId, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM ping WHERE check_id = :checkId AND n = :n")
    Optional<StoredPing> byNumber(@Bind("checkId") long checkId, @Bind("n") long n);

    @SqlQuery("SELECT count(*) FROM ping WHERE check_id = :checkId")
    long countFor(@Bind("checkId") long checkId);
}
