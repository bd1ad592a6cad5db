package io.cronkeeper.check;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Flip.class)
public interface FlipDao {
    /** Newest first, {@code from <= created < until} (epoch micros). */
    @SqlQuery("""
        SELECT * FROM flip WHERE check_id = :checkId AND created >= :from AND created < :until
        ORDER BY created DESC, id DESC""")
    List<Flip> between(@Bind("checkId") long checkId, @Bind("from") long from, @Bind("until") long until);

    @SqlQuery("SELECT * FROM flip WHERE id = :id")
    java.util.Optional<Flip> byId(@Bind("id") long id);

    /** A flip that never notifies (pause and resume), so it is stored as already processed. */
    @SqlUpdate("""
        INSERT INTO flip (check_id, created, old_status, new_status, reason, processed)
        VALUES (:checkId, :created, :oldStatus, :newStatus, '', :created)""")
    void insertProcessed(@Bind("checkId") long checkId, @Bind("created") long created,
                         @Bind("oldStatus") String oldStatus, @Bind("newStatus") String newStatus);
}
