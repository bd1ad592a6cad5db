package io.cronkeeper.check;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(CheckMapper.class)
public interface CheckDao {
    @SqlQuery("SELECT * FROM check_ WHERE uuid = :uuid")
    Optional<Check> byUuid(@Bind("uuid") String uuid);

    @SqlQuery("SELECT * FROM check_ WHERE badge_key = :badgeKey")
    Optional<Check> byBadgeKey(@Bind("badgeKey") String badgeKey);

    @SqlQuery("SELECT * FROM check_ WHERE id = :id")
    Optional<Check> byId(@Bind("id") long id);

    /** At most two rows: enough to tell a unique slug from an ambiguous one. */
    @SqlQuery("""
        SELECT c.* FROM check_ c JOIN project p ON p.id = c.project_id
        WHERE p.ping_key = :pingKey AND c.slug = :slug ORDER BY c.id LIMIT 2""")
    List<Check> bySlug(@Bind("pingKey") String pingKey, @Bind("slug") String slug);

    /** Orders the {@code unique} creates of a project: each sees the checks the others made. */
    @SqlQuery("SELECT id FROM project WHERE id = :projectId <lockForUpdate>")
    Optional<Long> lockProject(@Bind("projectId") long projectId);

    @SqlQuery("SELECT * FROM check_ WHERE project_id = :projectId ORDER BY id")
    List<Check> byProject(@Bind("projectId") long projectId);

    @SqlQuery("SELECT count(*) FROM check_")
    long countAll();

    /**
     * Callers read the row back by its UUID: the ping writer's connection does not fetch
     * generated keys, so one insert serves both.
     */
    @SqlUpdate("""
        INSERT INTO check_ (uuid, project_id, name, slug, tags, description, kind, timeout, grace, schedule, tz,
            methods, manual_resume, filter_subject, filter_body, filter_http_body, filter_default_fail,
            start_kw, success_kw, failure_kw, badge_key, created,
            start_grace, min_run_time, fail_threshold, repeat_every, snoozed_until)
        VALUES (:uuid, :projectId, :name, :slug, :tags, :description, :kind, :timeout, :grace, :schedule, :tz,
            :methods, :manualResume, :filterSubject, :filterBody, :filterHttpBody, :filterDefaultFail,
            :startKw, :successKw, :failureKw, :badgeKey, :created,
            :startGrace, :minRunTime, :failThreshold, :repeatEvery, :snoozedUntil)""")
    void insert(@BindMethods NewCheck check);

    /** Writes the settable fields; status and ping state are left alone. */
    @SqlUpdate("""
        UPDATE check_ SET name = :name, slug = :slug, tags = :tags, description = :description, kind = :kind,
            timeout = :timeout, grace = :grace, schedule = :schedule, tz = :tz, methods = :methods,
            manual_resume = :manualResume, filter_subject = :filterSubject, filter_body = :filterBody,
            filter_http_body = :filterHttpBody, filter_default_fail = :filterDefaultFail,
            start_kw = :startKw, success_kw = :successKw, failure_kw = :failureKw,
            start_grace = :startGrace, min_run_time = :minRunTime, fail_threshold = :failThreshold,
            repeat_every = :repeatEvery, snoozed_until = :snoozedUntil
        WHERE uuid = :uuid""")
    void updateConfig(@BindMethods NewCheck check);

    @SqlUpdate("DELETE FROM check_ WHERE id = :id")
    void delete(@Bind("id") long id);

    /** Pause and resume: a new stored status, no running start, and (resume) no last ping. */
    @SqlUpdate("""
        UPDATE check_ SET status = :status, last_start = NULL, last_start_rid = NULL, alert_after = NULL,
            next_nag = NULL, fail_streak = 0, last_ping = CASE WHEN :clearLastPing = 1 THEN NULL ELSE last_ping END
        WHERE id = :id""")
    void setPausedState(@Bind("id") long id, @Bind("status") String status, @Bind("clearLastPing") boolean clearLastPing);

    @SqlQuery("SELECT * FROM check_ ORDER BY id")
    List<Check> all();

    @SqlUpdate("UPDATE check_ SET next_nag = :nextNag WHERE id = :id")
    void setNextNag(@Bind("id") long id, @Bind("nextNag") Long nextNag);

    /** The new deadline may be earlier than the old: {@code sweep_at} follows it exactly (migration V4). */
    @SqlUpdate("UPDATE check_ SET alert_after = :alertAfter, sweep_at = :alertAfter WHERE id = :id")
    void setAlertAfter(@Bind("id") long id, @Bind("alertAfter") Long alertAfter);
}
